terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_kms_key" "aes" {
  description            = "AES key"
  key_spec               = "Aliyun_AES_256"
  automatic_rotation     = "Enabled"
  rotation_interval      = "365d"
  pending_window_in_days = 30
}

# key_spec is Optional+Computed: unset, the service picks Aliyun_AES_256 and the plan cannot say.
resource "alicloud_kms_key" "unspecified" {
  description            = "key spec not set"
  automatic_rotation     = "Enabled"
  rotation_interval      = "365d"
  pending_window_in_days = 30
}

resource "alicloud_oss_bucket" "registry" {
  bucket          = "gov-portal-registry"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
  server_side_encryption_rule {
    sse_algorithm = "AES256"
  }
}

# SSE-KMS without kms_data_encryption = SM4 encrypts data with AES-256.
resource "alicloud_oss_bucket" "identities" {
  bucket          = "gov-portal-identities"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
  server_side_encryption_rule {
    sse_algorithm     = "KMS"
    kms_master_key_id = alicloud_kms_key.aes.id
  }
}

# The algorithm is chosen on the standalone SSE resource: that is what must change.
resource "alicloud_oss_bucket" "forms" {
  bucket          = "gov-portal-forms"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
  lifecycle {
    ignore_changes = [server_side_encryption_rule]
  }
}

resource "alicloud_oss_bucket_server_side_encryption" "forms" {
  bucket        = alicloud_oss_bucket.forms.bucket
  sse_algorithm = "AES256"
}

resource "alicloud_ecs_disk" "ledger" {
  zone_id           = "cn-hangzhou-h"
  category          = "cloud_essd"
  size              = 500
  encrypted         = true
  encrypt_algorithm = "aes-256"
  tags              = { "data-classification" = "sensitive" }
}

# encrypt_algorithm unset: the default is aes-256.
resource "alicloud_disk" "legacy_scans" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_efficiency"
  size      = 100
  encrypted = true
  tags      = { "data-classification" = "internal" }
}

resource "alicloud_log_project" "portal" {
  project_name = "gov-portal-logs"
  tags         = { "data-classification" = "internal" }
}

resource "alicloud_log_store" "access" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "access"
  retention_period = 365
  encrypt_conf {
    enable       = true
    encrypt_type = "default"
  }
}

# encrypt_type is Optional+Computed: unset it is unknown at plan time.
resource "alicloud_log_store" "audit" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "audit"
  retention_period = 365
  encrypt_conf {
    enable = true
  }
}

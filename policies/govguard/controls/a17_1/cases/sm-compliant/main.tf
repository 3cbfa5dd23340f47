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

resource "alicloud_kms_key" "sm4" {
  description            = "gov portal SM4 key"
  key_spec               = "Aliyun_SM4"
  key_usage              = "ENCRYPT/DECRYPT"
  protection_level       = "HSM"
  automatic_rotation     = "Enabled"
  rotation_interval      = "365d"
  pending_window_in_days = 30
}

# SSE-OSS with SM4.
resource "alicloud_oss_bucket" "registry" {
  bucket          = "gov-portal-registry"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
  server_side_encryption_rule {
    sse_algorithm = "SM4"
  }
}

# SSE-KMS with SM4 data encryption under an SM4 key.
resource "alicloud_oss_bucket" "identities" {
  bucket          = "gov-portal-identities"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "core" }
  server_side_encryption_rule {
    sse_algorithm       = "KMS"
    kms_master_key_id   = alicloud_kms_key.sm4.id
    kms_data_encryption = "SM4"
  }
}

# Standalone SSE resource with SM4.
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
  sse_algorithm = "SM4"
}

resource "alicloud_ecs_disk" "ledger" {
  zone_id           = "cn-hangzhou-h"
  category          = "cloud_essd"
  size              = 500
  encrypted         = true
  kms_key_id        = alicloud_kms_key.sm4.id
  encrypt_algorithm = "sm4-128"
  tags              = { "data-classification" = "important" }
}

resource "alicloud_disk" "legacy_scans" {
  zone_id           = "cn-hangzhou-h"
  category          = "cloud_efficiency"
  size              = 100
  encrypted         = true
  encrypt_algorithm = "sm4-128"
  tags              = { "data-classification" = "internal" }
}

resource "alicloud_log_project" "portal" {
  project_name = "gov-portal-logs"
  tags         = { "data-classification" = "internal" }
}

resource "alicloud_log_store" "audit" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "audit"
  retention_period = 365
  encrypt_conf {
    enable       = true
    encrypt_type = "m4"
  }
}

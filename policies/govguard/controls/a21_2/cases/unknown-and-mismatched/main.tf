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

# encrypted is Optional+Computed: left unset it is unknown at plan time.
resource "alicloud_ecs_disk" "scans" {
  zone_id  = "cn-hangzhou-h"
  category = "cloud_essd"
  size     = 200
  tags     = { "data-classification" = "sensitive" }
}

resource "alicloud_disk" "legacy_scans" {
  zone_id  = "cn-hangzhou-h"
  category = "cloud_efficiency"
  size     = 100
  tags     = { "data-classification" = "internal" }
}

resource "alicloud_log_project" "portal" {
  project_name = "gov-portal-logs"
  tags         = { "data-classification" = "internal" }
}

# Encryption block present but switched off.
resource "alicloud_log_store" "access" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "access"
  retention_period = 365
  encrypt_conf {
    enable       = false
    encrypt_type = "default"
  }
}

# Encryption block present, enable left unset (Optional+Computed): cannot be verified.
resource "alicloud_log_store" "audit" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "audit"
  retention_period = 365
  encrypt_conf {
    encrypt_type = "default"
  }
}

# The standalone encryption resource belongs to "forms"; "drafts" has none.
resource "alicloud_oss_bucket" "forms" {
  bucket          = "gov-portal-forms"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
  lifecycle {
    ignore_changes = [server_side_encryption_rule]
  }
}

resource "alicloud_oss_bucket" "drafts" {
  bucket          = "gov-portal-drafts"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

resource "alicloud_oss_bucket_server_side_encryption" "forms" {
  bucket        = alicloud_oss_bucket.forms.bucket
  sse_algorithm = "AES256"
}

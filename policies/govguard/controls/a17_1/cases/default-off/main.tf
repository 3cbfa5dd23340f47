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

# crypto.require_sm is off (the default): international algorithms are acceptable.

resource "alicloud_kms_key" "data" {
  description            = "gov portal data key"
  key_spec               = "Aliyun_AES_256"
  automatic_rotation     = "Enabled"
  rotation_interval      = "365d"
  pending_window_in_days = 30
}

resource "alicloud_oss_bucket" "reports" {
  bucket          = "gov-portal-reports"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
  server_side_encryption_rule {
    sse_algorithm = "AES256"
  }
}

resource "alicloud_ecs_disk" "attachments" {
  zone_id           = "cn-hangzhou-h"
  category          = "cloud_essd"
  size              = 200
  encrypted         = true
  kms_key_id        = alicloud_kms_key.data.id
  encrypt_algorithm = "aes-256"
  tags              = { "data-classification" = "sensitive" }
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

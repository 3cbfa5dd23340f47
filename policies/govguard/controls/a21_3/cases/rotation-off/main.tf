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

resource "alicloud_kms_key" "manual" {
  description            = "rotated by hand"
  key_spec               = "Aliyun_AES_256"
  automatic_rotation     = "Disabled"
  pending_window_in_days = 30
}

# automatic_rotation is Optional+Computed: unset is unknown at plan time.
resource "alicloud_kms_key" "unset" {
  description            = "rotation not configured"
  key_spec               = "Aliyun_AES_256"
  pending_window_in_days = 30
}

resource "alicloud_kms_key" "good" {
  description            = "rotates yearly"
  key_spec               = "Aliyun_AES_256"
  automatic_rotation     = "Enabled"
  rotation_interval      = "365d"
  pending_window_in_days = 30
}

# References a CMK, so the bucket itself meets the control; the key's rotation is reported on the key.
resource "alicloud_oss_bucket" "registry" {
  bucket          = "gov-portal-registry"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
  server_side_encryption_rule {
    sse_algorithm     = "KMS"
    kms_master_key_id = alicloud_kms_key.manual.id
  }
}

resource "alicloud_ecs_disk" "ledger" {
  zone_id    = "cn-hangzhou-h"
  category   = "cloud_essd"
  size       = 500
  encrypted  = true
  kms_key_id = alicloud_kms_key.good.id
  tags       = { "data-classification" = "core" }
}

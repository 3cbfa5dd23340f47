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

# The organisation classifies with the tag key "classification" (data.tag_key).

resource "alicloud_oss_bucket" "archive" {
  bucket          = "gov-portal-archive"
  redundancy_type = "ZRS"
  tags = {
    "classification" = "internal"
  }
}

# Carries only the default key, which is not the configured one.
resource "alicloud_ecs_disk" "scans" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 200
  encrypted = true
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_hbr_vault" "backup" {
  vault_name = "gov-portal-backup"
  tags = {
    "classification" = "important"
  }
}

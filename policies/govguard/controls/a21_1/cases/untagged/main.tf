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

# A bucket with no tags at all, a disk whose tags do not include the classification key,
# a NAS file system with no tags, and an HBR vault with an empty classification value.

resource "alicloud_oss_bucket" "uploads" {
  bucket          = "gov-portal-uploads"
  redundancy_type = "ZRS"
}

resource "alicloud_ecs_disk" "scans" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 200
  encrypted = true
  tags = {
    "env"   = "prod"
    "owner" = "records-office"
  }
}

resource "alicloud_nas_file_system" "shared" {
  protocol_type = "NFS"
  storage_type  = "Performance"
}

resource "alicloud_hbr_vault" "backup" {
  vault_name = "gov-portal-backup"
  tags = {
    "data-classification" = ""
  }
}

# Correctly classified: no finding.
resource "alicloud_log_project" "portal" {
  project_name = "gov-portal-logs"
  tags = {
    "data-classification" = "internal"
  }
}

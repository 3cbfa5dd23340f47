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

# Every data-bearing resource type of the catalogue, each carrying an allowed classification.

resource "alicloud_oss_bucket" "notices" {
  bucket          = "gov-portal-notices"
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "public"
    "owner"               = "portal-team"
  }
}

resource "alicloud_db_instance" "cases" {
  engine                   = "MySQL"
  engine_version           = "8.0"
  instance_type            = "mysql.n2.medium.2c"
  instance_storage         = 100
  db_instance_storage_type = "cloud_essd"
  vswitch_id               = "vsw-bp1portal0000000001"
  tags = {
    "data-classification" = "sensitive"
  }
}

resource "alicloud_polardb_cluster" "registry" {
  db_type       = "MySQL"
  db_version    = "8.0"
  db_node_class = "polar.mysql.x4.large"
  pay_type      = "PostPaid"
  vswitch_id    = "vsw-bp1portal0000000001"
  tags = {
    "data-classification" = "important"
  }
}

resource "alicloud_kvstore_instance" "sessions" {
  db_instance_name = "gov-portal-sessions"
  instance_class   = "redis.master.small.default"
  engine_version   = "7.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portal0000000001"
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_mongodb_instance" "forms" {
  engine_version      = "6.0"
  db_instance_class   = "dds.mongo.mid"
  db_instance_storage = 20
  vswitch_id          = "vsw-bp1portal0000000001"
  tags = {
    "data-classification" = "core"
  }
}

resource "alicloud_log_project" "portal" {
  project_name = "gov-portal-logs"
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_ecs_disk" "attachments" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 200
  encrypted = true
  tags = {
    "data-classification" = "sensitive"
  }
}

resource "alicloud_disk" "legacy_scans" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_efficiency"
  size      = 100
  encrypted = true
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_nas_file_system" "shared" {
  protocol_type = "NFS"
  storage_type  = "Performance"
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_hbr_vault" "backup" {
  vault_name = "gov-portal-backup"
  tags = {
    "data-classification" = "sensitive"
  }
}

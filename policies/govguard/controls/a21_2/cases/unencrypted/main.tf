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

# No server-side encryption, neither inline nor standalone.
resource "alicloud_oss_bucket" "uploads" {
  bucket          = "gov-portal-uploads"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

resource "alicloud_ecs_disk" "scans" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 200
  encrypted = false
  tags      = { "data-classification" = "sensitive" }
}

# Neither tde_status nor encryption_key is set (both Optional+Computed: unknown at plan time).
resource "alicloud_db_instance" "cases" {
  engine                   = "MySQL"
  engine_version           = "8.0"
  instance_type            = "mysql.n2.medium.2c"
  instance_storage         = 100
  db_instance_storage_type = "cloud_essd"
  vswitch_id               = "vsw-bp1portal0000000001"
  tags                     = { "data-classification" = "sensitive" }
}

resource "alicloud_kvstore_instance" "sessions" {
  db_instance_name = "gov-portal-sessions"
  instance_class   = "redis.master.small.default"
  engine_version   = "7.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portal0000000001"
  tags             = { "data-classification" = "internal" }
}

resource "alicloud_log_project" "portal" {
  project_name = "gov-portal-logs"
  tags         = { "data-classification" = "internal" }
}

# No encrypt_conf block.
resource "alicloud_log_store" "access" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "access"
  retention_period = 365
}

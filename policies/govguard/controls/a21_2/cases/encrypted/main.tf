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

resource "alicloud_kms_key" "data" {
  description            = "gov portal data key"
  key_spec               = "Aliyun_AES_256"
  automatic_rotation     = "Enabled"
  rotation_interval      = "365d"
  pending_window_in_days = 30
}

# Inline server-side encryption.
resource "alicloud_oss_bucket" "reports" {
  bucket          = "gov-portal-reports"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
  server_side_encryption_rule {
    sse_algorithm = "AES256"
  }
}

# Standalone encryption resource correlated by reference.
resource "alicloud_oss_bucket" "evidence" {
  bucket          = "gov-portal-evidence"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
  lifecycle {
    ignore_changes = [server_side_encryption_rule]
  }
}

resource "alicloud_oss_bucket_server_side_encryption" "evidence" {
  bucket            = alicloud_oss_bucket.evidence.bucket
  sse_algorithm     = "KMS"
  kms_master_key_id = alicloud_kms_key.data.id
}

# Standalone encryption resource correlated by the literal bucket name.
resource "alicloud_oss_bucket" "minutes" {
  bucket          = "gov-portal-minutes"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
  lifecycle {
    ignore_changes = [server_side_encryption_rule]
  }
}

resource "alicloud_oss_bucket_server_side_encryption" "minutes" {
  bucket        = "gov-portal-minutes"
  sse_algorithm = "AES256"
  depends_on    = [alicloud_oss_bucket.minutes]
}

# RDS with TDE.
resource "alicloud_db_instance" "cases" {
  engine                   = "MySQL"
  engine_version           = "8.0"
  instance_type            = "mysql.n2.medium.2c"
  instance_storage         = 100
  db_instance_storage_type = "cloud_essd"
  vswitch_id               = "vsw-bp1portal0000000001"
  tde_status               = "Enabled"
  tags                     = { "data-classification" = "sensitive" }
}

# RDS with cloud-disk encryption under a KMS key (encryption_key) instead of TDE.
resource "alicloud_db_instance" "permits" {
  engine                   = "PostgreSQL"
  engine_version           = "14.0"
  instance_type            = "pg.n2.2c.2m"
  instance_storage         = 100
  db_instance_storage_type = "cloud_essd"
  vswitch_id               = "vsw-bp1portal0000000001"
  encryption_key           = alicloud_kms_key.data.id
  tags                     = { "data-classification" = "sensitive" }
}

resource "alicloud_kvstore_instance" "sessions" {
  db_instance_name = "gov-portal-sessions"
  instance_class   = "redis.master.small.default"
  engine_version   = "7.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portal0000000001"
  tde_status       = "Enabled"
  tags             = { "data-classification" = "internal" }
}

resource "alicloud_ecs_disk" "attachments" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 200
  encrypted = true
  tags      = { "data-classification" = "sensitive" }
}

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

# Government service portal, data tier: documents, citizen uploads, static site, exports,
# application logs, databases, cache, ECS data disks, shared files and backups.

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

variable "redundancy" {
  type    = string
  default = "ZRS"
}

# ---------------------------------------------------------------- keys

resource "alicloud_kms_key" "data" {
  description            = "gov portal data key (SM4)"
  key_spec               = "Aliyun_SM4"
  key_usage              = "ENCRYPT/DECRYPT"
  protection_level       = "HSM"
  automatic_rotation     = "Enabled"
  rotation_interval      = "365d"
  pending_window_in_days = 30
  deletion_protection    = "Enabled"
}

# Imported for the legacy scratch volumes: AES, never rotated.
resource "alicloud_kms_key" "legacy" {
  description            = "legacy batch key"
  key_spec               = "Aliyun_AES_256"
  automatic_rotation     = "Disabled"
  pending_window_in_days = 30
}

# ---------------------------------------------------------------- object storage

module "portal_docs" {
  source           = "./modules/replicated-bucket"
  name             = "gov-portal-docs"
  classification   = "important"
  kms_key_id       = alicloud_kms_key.data.id
  replica_location = "oss-cn-shanghai"
}

# Misconfigured: the "replica" lands in the source region.
module "portal_uploads" {
  source           = "./modules/replicated-bucket"
  name             = "gov-portal-uploads"
  classification   = "core"
  kms_key_id       = alicloud_kms_key.data.id
  replica_location = "oss-cn-hangzhou"
}

resource "alicloud_oss_bucket" "static_site" {
  bucket          = "gov-portal-static"
  redundancy_type = var.redundancy
  tags            = { "data-classification" = "public" }

  server_side_encryption_rule {
    sse_algorithm = "SM4"
  }

  lifecycle {
    ignore_changes = [acl]
  }
}

resource "alicloud_oss_bucket_acl" "static_site" {
  bucket = alicloud_oss_bucket.static_site.bucket
  acl    = "public-read"
}

resource "alicloud_oss_bucket_public_access_block" "static_site" {
  bucket              = alicloud_oss_bucket.static_site.bucket
  block_public_access = false
}

# Legacy data exports shared with a partner agency.
resource "alicloud_oss_bucket" "exports" {
  bucket = "gov-portal-exports"
  tags   = { "data-classification" = "important" }

  server_side_encryption_rule {
    sse_algorithm = "AES256"
  }

  lifecycle {
    ignore_changes = [policy]
  }
}

resource "alicloud_oss_bucket_public_access_block" "exports" {
  bucket              = "gov-portal-exports"
  block_public_access = true
  depends_on          = [alicloud_oss_bucket.exports]
}

resource "alicloud_oss_bucket_policy" "exports" {
  bucket = alicloud_oss_bucket.exports.bucket
  policy = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": ["*"],
          "Action": ["oss:GetObject"],
          "Resource": ["acs:oss:*:*:gov-portal-exports/*"]
        }
      ]
    }
  JSON
}

# ---------------------------------------------------------------- logs

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

# ---------------------------------------------------------------- databases

resource "alicloud_db_instance" "portal" {
  engine                   = "MySQL"
  engine_version           = "8.0"
  instance_type            = "mysql.n2.medium.2c"
  instance_storage         = 100
  db_instance_storage_type = "cloud_essd"
  vswitch_id               = "vsw-bp1portal0000000001"
  tde_status               = "Enabled"
  encryption_key           = alicloud_kms_key.data.id
  tags                     = { "data-classification" = "important" }
}

resource "alicloud_db_instance" "reporting" {
  engine                   = "MySQL"
  engine_version           = "8.0"
  instance_type            = "mysql.n2.medium.2c"
  instance_storage         = 50
  db_instance_storage_type = "cloud_essd"
  vswitch_id               = "vsw-bp1portal0000000001"
  tags                     = { "data-classification" = "sensitive" }
}

resource "alicloud_kvstore_instance" "session" {
  db_instance_name = "gov-portal-session"
  instance_class   = "redis.master.small.default"
  engine_version   = "7.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portal0000000001"
  tags             = { "data-classification" = "internal" }
}

# ---------------------------------------------------------------- ECS data disks

resource "alicloud_ecs_auto_snapshot_policy" "cross_region" {
  auto_snapshot_policy_name       = "gov-portal-daily-dr"
  repeat_weekdays                 = ["1", "2", "3", "4", "5", "6", "7"]
  time_points                     = ["2"]
  retention_days                  = 30
  enable_cross_region_copy        = true
  target_copy_regions             = ["cn-shanghai"]
  copied_snapshots_retention_days = 30
}

resource "alicloud_ecs_auto_snapshot_policy" "local_only" {
  auto_snapshot_policy_name = "gov-portal-daily"
  repeat_weekdays           = ["1", "2", "3", "4", "5", "6", "7"]
  time_points               = ["3"]
  retention_days            = 7
  enable_cross_region_copy  = false
}

resource "alicloud_ecs_disk" "app_data" {
  zone_id           = "cn-hangzhou-h"
  category          = "cloud_essd"
  size              = 500
  encrypted         = true
  kms_key_id        = alicloud_kms_key.data.id
  encrypt_algorithm = "sm4-128"
  tags              = { "data-classification" = "important" }
}

resource "alicloud_ecs_auto_snapshot_policy_attachment" "app_data" {
  auto_snapshot_policy_id = alicloud_ecs_auto_snapshot_policy.cross_region.id
  disk_id                 = alicloud_ecs_disk.app_data.id
}

resource "alicloud_ecs_disk" "search_index" {
  zone_id           = "cn-hangzhou-h"
  category          = "cloud_essd"
  size              = 200
  encrypted         = true
  kms_key_id        = alicloud_kms_key.data.id
  encrypt_algorithm = "sm4-128"
  tags              = { "data-classification" = "core" }
}

resource "alicloud_ecs_auto_snapshot_policy_attachment" "search_index" {
  auto_snapshot_policy_id = alicloud_ecs_auto_snapshot_policy.local_only.id
  disk_id                 = alicloud_ecs_disk.search_index.id
}

resource "alicloud_ecs_disk" "scratch" {
  count             = 2
  disk_name         = "gov-portal-scratch-${count.index}"
  zone_id           = "cn-hangzhou-h"
  category          = "cloud_essd"
  size              = 100
  encrypted         = true
  kms_key_id        = alicloud_kms_key.legacy.id
  encrypt_algorithm = "aes-256"
  tags              = { "data-classification" = "sensitive" }
}

# ---------------------------------------------------------------- shared files and backup

resource "alicloud_nas_file_system" "shared" {
  protocol_type = "NFS"
  storage_type  = "Performance"
  encrypt_type  = 2
  kms_key_id    = alicloud_kms_key.data.id
}

resource "alicloud_hbr_vault" "backup" {
  vault_name   = "gov-portal-backup"
  encrypt_type = "KMS"
  kms_key_id   = alicloud_kms_key.data.id
  tags         = { "data-classification" = "confidential" }
}

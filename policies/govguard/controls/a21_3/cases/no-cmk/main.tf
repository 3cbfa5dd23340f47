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
  description            = "gov portal data key (not used below)"
  key_spec               = "Aliyun_AES_256"
  automatic_rotation     = "Enabled"
  rotation_interval      = "365d"
  pending_window_in_days = 30
}

# SSE-KMS without kms_master_key_id uses the OSS-managed default key, not a CMK.
resource "alicloud_oss_bucket" "registry" {
  bucket          = "gov-portal-registry"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
  server_side_encryption_rule {
    sse_algorithm = "KMS"
  }
}

# Service-managed AES256.
resource "alicloud_oss_bucket" "identities" {
  bucket          = "gov-portal-identities"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "core" }
  server_side_encryption_rule {
    sse_algorithm = "AES256"
  }
}

# Encrypted with the default service key (kms_key_id unset).
resource "alicloud_ecs_disk" "ledger" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 500
  encrypted = true
  tags      = { "data-classification" = "important" }
}

# TDE with the service-managed key; no encryption_key.
resource "alicloud_db_instance" "citizens" {
  engine                   = "MySQL"
  engine_version           = "8.0"
  instance_type            = "mysql.n2.medium.2c"
  instance_storage         = 100
  db_instance_storage_type = "cloud_essd"
  vswitch_id               = "vsw-bp1portal0000000001"
  tde_status               = "Enabled"
  tags                     = { "data-classification" = "important" }
}

# NAS-managed key (encrypt_type 1), no kms_key_id.
resource "alicloud_nas_file_system" "archive" {
  protocol_type = "NFS"
  storage_type  = "Capacity"
  encrypt_type  = 1
  tags          = { "data-classification" = "core" }
}

# HBR-managed key.
resource "alicloud_hbr_vault" "backup" {
  vault_name   = "gov-portal-backup"
  encrypt_type = "HBR_PRIVATE"
  tags         = { "data-classification" = "important" }
}

# Sensitive but not important: outside this control.
resource "alicloud_oss_bucket" "notices" {
  bucket          = "gov-portal-notices"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
  server_side_encryption_rule {
    sse_algorithm = "AES256"
  }
}

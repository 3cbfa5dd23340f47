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
  description            = "gov portal important-data key"
  key_spec               = "Aliyun_AES_256"
  protection_level       = "HSM"
  automatic_rotation     = "Enabled"
  rotation_interval      = "365d"
  pending_window_in_days = 30
  deletion_protection    = "Enabled"
}

# Important bucket, inline SSE under the customer-managed key.
resource "alicloud_oss_bucket" "registry" {
  bucket          = "gov-portal-registry"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
  server_side_encryption_rule {
    sse_algorithm     = "KMS"
    kms_master_key_id = alicloud_kms_key.data.id
  }
}

# Core bucket, standalone SSE resource under the customer-managed key.
resource "alicloud_oss_bucket" "identities" {
  bucket          = "gov-portal-identities"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "core" }
  lifecycle {
    ignore_changes = [server_side_encryption_rule]
  }
}

resource "alicloud_oss_bucket_server_side_encryption" "identities" {
  bucket            = alicloud_oss_bucket.identities.bucket
  sse_algorithm     = "KMS"
  kms_master_key_id = alicloud_kms_key.data.id
}

resource "alicloud_ecs_disk" "ledger" {
  zone_id    = "cn-hangzhou-h"
  category   = "cloud_essd"
  size       = 500
  encrypted  = true
  kms_key_id = alicloud_kms_key.data.id
  tags       = { "data-classification" = "important" }
}

resource "alicloud_db_instance" "citizens" {
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

resource "alicloud_kvstore_instance" "tokens" {
  db_instance_name = "gov-portal-tokens"
  instance_class   = "redis.master.small.default"
  engine_version   = "7.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portal0000000001"
  tde_status       = "Enabled"
  encryption_key   = alicloud_kms_key.data.id
  tags             = { "data-classification" = "core" }
}

resource "alicloud_polardb_cluster" "registry" {
  db_type        = "MySQL"
  db_version     = "8.0"
  db_node_class  = "polar.mysql.x4.large"
  pay_type       = "PostPaid"
  vswitch_id     = "vsw-bp1portal0000000001"
  tde_status     = "Enabled"
  encryption_key = alicloud_kms_key.data.id
  tags           = { "data-classification" = "important" }
}

# Not important data: a service-managed SSE is enough for this control.
resource "alicloud_oss_bucket" "notices" {
  bucket          = "gov-portal-notices"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
  server_side_encryption_rule {
    sse_algorithm = "AES256"
  }
}

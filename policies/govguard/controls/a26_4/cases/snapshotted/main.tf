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

resource "alicloud_ecs_auto_snapshot_policy" "cross_region" {
  auto_snapshot_policy_name       = "gov-portal-daily-dr"
  repeat_weekdays                 = ["1", "2", "3", "4", "5", "6", "7"]
  time_points                     = ["2"]
  retention_days                  = 30
  enable_cross_region_copy        = true
  target_copy_regions             = ["cn-shanghai"]
  copied_snapshots_retention_days = 30
}

resource "alicloud_ecs_auto_snapshot_policy" "local" {
  auto_snapshot_policy_name = "gov-portal-daily"
  repeat_weekdays           = ["1", "2", "3", "4", "5", "6", "7"]
  time_points               = ["3"]
  retention_days            = 7
}

resource "alicloud_ecs_disk" "ledger" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 500
  encrypted = true
  tags      = { "data-classification" = "important" }
}

resource "alicloud_ecs_auto_snapshot_policy_attachment" "ledger" {
  auto_snapshot_policy_id = alicloud_ecs_auto_snapshot_policy.cross_region.id
  disk_id                 = alicloud_ecs_disk.ledger.id
}

resource "alicloud_ecs_disk" "registry_index" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 200
  encrypted = true
  tags      = { "data-classification" = "core" }
}

resource "alicloud_ecs_auto_snapshot_policy_attachment" "registry_index" {
  auto_snapshot_policy_id = alicloud_ecs_auto_snapshot_policy.cross_region.id
  disk_id                 = alicloud_ecs_disk.registry_index.id
}

# Not important data: a local snapshot policy, or none, is outside this control.
resource "alicloud_ecs_disk" "cache" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 100
  encrypted = true
  tags      = { "data-classification" = "sensitive" }
}

resource "alicloud_ecs_auto_snapshot_policy_attachment" "cache" {
  auto_snapshot_policy_id = alicloud_ecs_auto_snapshot_policy.local.id
  disk_id                 = alicloud_ecs_disk.cache.id
}

resource "alicloud_ecs_disk" "scratch" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 100
  encrypted = true
  tags      = { "data-classification" = "internal" }
}

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

resource "alicloud_ecs_auto_snapshot_policy" "local" {
  auto_snapshot_policy_name = "gov-portal-daily"
  repeat_weekdays           = ["1", "2", "3", "4", "5", "6", "7"]
  time_points               = ["3"]
  retention_days            = 7
  enable_cross_region_copy  = false
}

# enable_cross_region_copy left unset: no copy is made.
resource "alicloud_ecs_auto_snapshot_policy" "weekly" {
  auto_snapshot_policy_name = "gov-portal-weekly"
  repeat_weekdays           = ["7"]
  time_points               = ["1"]
  retention_days            = 30
}

# Important disk with no snapshot policy at all.
resource "alicloud_ecs_disk" "ledger" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 500
  encrypted = true
  tags      = { "data-classification" = "important" }
}

# Core disk on a policy that never copies to another region.
resource "alicloud_ecs_disk" "registry_index" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 200
  encrypted = true
  tags      = { "data-classification" = "core" }
}

resource "alicloud_ecs_auto_snapshot_policy_attachment" "registry_index" {
  auto_snapshot_policy_id = alicloud_ecs_auto_snapshot_policy.local.id
  disk_id                 = alicloud_ecs_disk.registry_index.id
}

resource "alicloud_ecs_disk" "case_files" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 300
  encrypted = true
  tags      = { "data-classification" = "important" }
}

resource "alicloud_ecs_auto_snapshot_policy_attachment" "case_files" {
  auto_snapshot_policy_id = alicloud_ecs_auto_snapshot_policy.weekly.id
  disk_id                 = alicloud_ecs_disk.case_files.id
}

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
  target_copy_regions             = ["cn-beijing"]
  copied_snapshots_retention_days = 30
}

# Important system: its second data disk has no snapshot policy.
resource "alicloud_instance" "records" {
  instance_name     = "gov-portal-records"
  image_id          = "aliyun_3_x64_20G_alibase_20240528.vhd"
  instance_type     = "ecs.g7.large"
  availability_zone = "cn-hangzhou-h"
  vswitch_id        = "vsw-bp1portal0000000001"
  security_groups   = ["sg-bp1portal000000000001"]
  tags              = { "data-classification" = "important" }
  volume_tags       = { "data-classification" = "important" }

  data_disks {
    name                    = "records-db"
    category                = "cloud_essd"
    size                    = 200
    encrypted               = true
    auto_snapshot_policy_id = alicloud_ecs_auto_snapshot_policy.cross_region.id
  }

  data_disks {
    name      = "records-files"
    category  = "cloud_essd"
    size      = 500
    encrypted = true
  }
}

# Core system: every data disk is on the cross-region policy.
resource "alicloud_instance" "identity" {
  instance_name     = "gov-portal-identity"
  image_id          = "aliyun_3_x64_20G_alibase_20240528.vhd"
  instance_type     = "ecs.g7.large"
  availability_zone = "cn-hangzhou-h"
  vswitch_id        = "vsw-bp1portal0000000001"
  security_groups   = ["sg-bp1portal000000000001"]
  tags              = { "data-classification" = "core" }
  volume_tags       = { "data-classification" = "core" }

  data_disks {
    name                    = "identity-db"
    category                = "cloud_essd"
    size                    = 200
    encrypted               = true
    auto_snapshot_policy_id = alicloud_ecs_auto_snapshot_policy.cross_region.id
  }
}

# Internal system without snapshot policies: outside the control.
resource "alicloud_instance" "web" {
  instance_name     = "gov-portal-web"
  image_id          = "aliyun_3_x64_20G_alibase_20240528.vhd"
  instance_type     = "ecs.g7.large"
  availability_zone = "cn-hangzhou-h"
  vswitch_id        = "vsw-bp1portal0000000001"
  security_groups   = ["sg-bp1portal000000000001"]
  tags              = { "data-classification" = "internal" }
  volume_tags       = { "data-classification" = "internal" }

  data_disks {
    name      = "web-cache"
    category  = "cloud_essd"
    size      = 100
    encrypted = true
  }
}

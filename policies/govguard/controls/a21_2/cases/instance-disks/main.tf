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

# System disk and the inline data disk encrypted: passes.
resource "alicloud_instance" "records" {
  instance_name         = "gov-portal-records"
  image_id              = "aliyun_3_x64_20G_alibase_20240528.vhd"
  instance_type         = "ecs.g7.large"
  availability_zone     = "cn-hangzhou-h"
  vswitch_id            = "vsw-bp1portal0000000001"
  security_groups       = ["sg-bp1portal000000000001"]
  system_disk_category  = "cloud_essd"
  system_disk_encrypted = true
  tags                  = { "data-classification" = "sensitive" }

  data_disks {
    name      = "records-db"
    category  = "cloud_essd"
    size      = 200
    encrypted = true
  }
}

# system_disk_encrypted unset (optional and computed: cannot be verified); one data disk with
# encrypted = false and one without encrypted (the provider's default is false).
resource "alicloud_instance" "web" {
  instance_name        = "gov-portal-web"
  image_id             = "aliyun_3_x64_20G_alibase_20240528.vhd"
  instance_type        = "ecs.g7.large"
  availability_zone    = "cn-hangzhou-h"
  vswitch_id           = "vsw-bp1portal0000000001"
  security_groups      = ["sg-bp1portal000000000001"]
  system_disk_category = "cloud_essd"
  tags                 = { "data-classification" = "internal" }

  data_disks {
    name      = "web-cache"
    category  = "cloud_essd"
    size      = 100
    encrypted = false
  }

  data_disks {
    name     = "web-logs"
    category = "cloud_essd"
    size     = 100
  }
}

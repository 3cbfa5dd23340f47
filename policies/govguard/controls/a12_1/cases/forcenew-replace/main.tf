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

# Renamed from hz-zwfw-applogs: project_name is ForceNew, so the project and its stores are replaced.
resource "alicloud_log_project" "app" {
  project_name = "hz-zwfw-app-logs"
  description  = "Portal application logs"
  tags         = { "data-classification" = "internal" }
}

# Moved from zone cn-hangzhou-h to cn-hangzhou-i: zone_id is ForceNew, so the disk is replaced.
resource "alicloud_ecs_disk" "scans" {
  disk_name = "hz-zwfw-scans"
  zone_id   = "cn-hangzhou-i"
  category  = "cloud_essd"
  size      = 200
  encrypted = true
  tags      = { "data-classification" = "sensitive" }
}

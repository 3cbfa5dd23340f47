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

# Classifications are supplied per environment in terraform.tfvars.

variable "records_level" {
  type = string
}

variable "scans_level" {
  type = string
}

resource "alicloud_oss_bucket" "records" {
  bucket          = "gov-portal-records"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = var.records_level }
}

resource "alicloud_ecs_disk" "scans" {
  zone_id   = "cn-hangzhou-h"
  category  = "cloud_essd"
  size      = 200
  encrypted = true
  tags      = { "data-classification" = var.scans_level }
}

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

# redundancy_type unset: the schema default is LRS.
resource "alicloud_oss_bucket" "uploads" {
  bucket = "gov-portal-uploads"
  tags   = { "data-classification" = "sensitive" }
}

resource "alicloud_oss_bucket" "minutes" {
  bucket          = "gov-portal-minutes"
  redundancy_type = "LRS"
  tags            = { "data-classification" = "internal" }
}

resource "alicloud_oss_bucket" "registry" {
  bucket          = "gov-portal-registry"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
}

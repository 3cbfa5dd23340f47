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

# An existing LRS bucket converted to ZRS by the standalone transition resource.
resource "alicloud_oss_bucket" "archive" {
  bucket          = "gov-portal-archive"
  redundancy_type = "LRS"
  tags            = { "data-classification" = "sensitive" }
  lifecycle {
    ignore_changes = [redundancy_type]
  }
}

resource "alicloud_oss_bucket_data_redundancy_transition" "archive" {
  bucket = alicloud_oss_bucket.archive.bucket
}

# The same conversion, the transition naming the bucket literally.
resource "alicloud_oss_bucket" "letters" {
  bucket = "gov-portal-letters"
  tags   = { "data-classification" = "internal" }
  lifecycle {
    ignore_changes = [redundancy_type]
  }
}

resource "alicloud_oss_bucket_data_redundancy_transition" "letters" {
  bucket     = "gov-portal-letters"
  depends_on = [alicloud_oss_bucket.letters]
}

# LRS with no transition.
resource "alicloud_oss_bucket" "scratch" {
  bucket          = "gov-portal-scratch"
  redundancy_type = "LRS"
  tags            = { "data-classification" = "internal" }
}

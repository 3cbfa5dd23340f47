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

resource "alicloud_oss_bucket" "logs" {
  bucket = "gov-portal-logs"
  tags   = { "data-classification" = "internal" }

}

resource "alicloud_oss_bucket" "oldlogs" {
  bucket = "gov-portal-oldlogs"
  tags   = { "data-classification" = "internal" }

  versioning {
    status = "Suspended"
  }
}

resource "alicloud_oss_bucket" "cdnlogs" {
  bucket = "gov-portal-cdnlogs"
  tags   = { "data-classification" = "internal" }

  lifecycle {
    ignore_changes = [versioning]
  }
}

resource "alicloud_oss_bucket_versioning" "cdnlogs" {
  bucket = alicloud_oss_bucket.cdnlogs.bucket
  status = "Suspended"
}

resource "alicloud_oss_bucket" "app" {
  bucket = "gov-portal-app"
  tags   = { "data-classification" = "internal" }

  logging {
    target_bucket = alicloud_oss_bucket.logs.bucket
    target_prefix = "app/"
  }
}

resource "alicloud_oss_bucket" "docs" {
  bucket = "gov-portal-docs"
  tags   = { "data-classification" = "internal" }

  logging {
    target_bucket = "gov-portal-oldlogs"
    target_prefix = "docs/"
  }
}

resource "alicloud_oss_bucket" "media" {
  bucket = "gov-portal-media"
  tags   = { "data-classification" = "internal" }

  logging {
    target_bucket = alicloud_oss_bucket.cdnlogs.bucket
    target_prefix = "media/"
  }
}

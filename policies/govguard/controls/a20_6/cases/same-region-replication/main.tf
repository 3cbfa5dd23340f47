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

resource "alicloud_oss_bucket" "cdnlogs" {
  bucket = "gov-portal-cdnlogs"
  tags   = { "data-classification" = "internal" }

  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket" "cdnlogs_copy" {
  bucket = "gov-portal-cdnlogs-copy"
  tags   = { "data-classification" = "internal" }

  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_replication" "cdnlogs" {
  bucket                        = alicloud_oss_bucket.cdnlogs.bucket
  action                        = "ALL"
  historical_object_replication = "enabled"

  destination {
    bucket   = alicloud_oss_bucket.cdnlogs_copy.bucket
    location = "oss-cn-hangzhou"
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

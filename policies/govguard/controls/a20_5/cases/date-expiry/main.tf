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

  lifecycle_rule {
    id      = "expire-at-date"
    prefix  = ""
    enabled = true

    expiration {
      date = "2035-12-31"
    }
  }
}

resource "alicloud_oss_bucket" "oldlogs" {
  bucket = "gov-portal-oldlogs"
  tags   = { "data-classification" = "internal" }

  versioning {
    status = "Enabled"
  }

  lifecycle_rule {
    id      = "expire-created-before"
    prefix  = ""
    enabled = true

    expiration {
      created_before_date = "2024-01-01"
    }
  }
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
    target_bucket = alicloud_oss_bucket.oldlogs.bucket
    target_prefix = "docs/"
  }
}

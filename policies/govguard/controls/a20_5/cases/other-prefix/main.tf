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
    id      = "purge-tmp"
    prefix  = "tmp/"
    enabled = true

    expiration {
      days = 7
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

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

# The access-log archive logs its own access under a separate prefix.
resource "alicloud_oss_bucket" "logs" {
  bucket = "gov-portal-access-logs"
  tags   = { "data-classification" = "internal" }

  versioning {
    status = "Enabled"
  }

  logging {
    target_bucket = "gov-portal-access-logs"
    target_prefix = "self/"
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
  tags   = { "data-classification" = "public" }

  lifecycle {
    ignore_changes = [logging]
  }
}

resource "alicloud_oss_bucket_logging" "docs" {
  bucket        = alicloud_oss_bucket.docs.bucket
  target_bucket = alicloud_oss_bucket.logs.bucket
  target_prefix = "docs/"
}

# Citizens' uploads with no access log.
resource "alicloud_oss_bucket" "uploads" {
  bucket = "gov-portal-uploads"
  tags   = { "data-classification" = "sensitive" }
}

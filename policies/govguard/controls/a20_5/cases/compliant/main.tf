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
    id      = "tier-and-expire"
    prefix  = ""
    enabled = true

    transitions {
      days          = 30
      storage_class = "IA"
    }

    transitions {
      days          = 180
      storage_class = "Archive"
    }

    expiration {
      days = 400
    }
  }

  # A switched-off rule does not expire anything.
  lifecycle_rule {
    id      = "old-cleanup"
    prefix  = ""
    enabled = false

    expiration {
      days = 30
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

resource "alicloud_oss_bucket" "cdnlogs" {
  bucket = "gov-portal-cdnlogs"
  tags   = { "data-classification" = "internal" }

  lifecycle {
    ignore_changes = [versioning]
  }
}

resource "alicloud_oss_bucket_versioning" "cdnlogs" {
  bucket = alicloud_oss_bucket.cdnlogs.bucket
  status = "Enabled"
}

resource "alicloud_oss_bucket" "media" {
  bucket = "gov-portal-media"
  tags   = { "data-classification" = "public" }

  lifecycle {
    ignore_changes = [logging]
  }
}

resource "alicloud_oss_bucket_logging" "media" {
  bucket        = alicloud_oss_bucket.media.bucket
  target_bucket = alicloud_oss_bucket.cdnlogs.bucket
  target_prefix = "media/"
}

# Not a logging target: short expiry and no versioning are out of A20.5's scope.
resource "alicloud_oss_bucket" "scratch" {
  bucket = "gov-portal-scratch"
  tags   = { "data-classification" = "internal" }

  lifecycle_rule {
    id      = "purge"
    enabled = true

    expiration {
      days = 7
    }
  }
}

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

resource "alicloud_oss_bucket" "trail" {
  bucket = "gov-portal-actiontrail"
  tags   = { "data-classification" = "important" }

  versioning {
    status = "Enabled"
  }

  logging {
    target_bucket = "gov-portal-actiontrail"
    target_prefix = "self-access/"
  }

  lifecycle_rule {
    id      = "archive-trail"
    prefix  = "actiontrail/"
    enabled = true

    transitions {
      days          = 90
      storage_class = "Archive"
    }

    expiration {
      days = 180
    }
  }
}

resource "alicloud_actiontrail_trail" "portal" {
  trail_name         = "gov-portal-trail"
  event_rw           = "All"
  trail_region       = "All"
  status             = "Enable"
  oss_bucket_name    = alicloud_oss_bucket.trail.bucket
  oss_key_prefix     = "actiontrail"
  oss_write_role_arn = "acs:ram::1234567890123456:role/aliyunserviceroleforactiontrail"
}

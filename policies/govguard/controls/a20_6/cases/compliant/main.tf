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
  bucket                   = alicloud_oss_bucket.logs.bucket
  retention_period_in_days = 365
  status                   = "Locked"
}

resource "alicloud_oss_bucket" "cdnlogs" {
  bucket = "gov-portal-cdnlogs"
  tags   = { "data-classification" = "internal" }

  versioning {
    status = "Enabled"
  }
}

provider "alicloud" {
  alias  = "dr"
  region = "cn-shanghai"
}

resource "alicloud_oss_bucket" "cdnlogs_replica" {
  provider = alicloud.dr
  bucket   = "gov-portal-cdnlogs-replica"
  tags     = { "data-classification" = "internal" }

  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_replication" "cdnlogs" {
  bucket                        = alicloud_oss_bucket.cdnlogs.bucket
  action                        = "ALL"
  historical_object_replication = "enabled"

  destination {
    bucket   = alicloud_oss_bucket.cdnlogs_replica.bucket
    location = "oss-cn-shanghai"
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

resource "alicloud_oss_bucket" "media" {
  bucket = "gov-portal-media"
  tags   = { "data-classification" = "internal" }

  logging {
    target_bucket = alicloud_oss_bucket.cdnlogs.bucket
    target_prefix = "media/"
  }
}

# Not a logging target: needs neither WORM nor replication for A20.6.
resource "alicloud_oss_bucket" "scratch" {
  bucket = "gov-portal-scratch"
  tags   = { "data-classification" = "internal" }
}

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

locals {
  bucket_name = "gov-portal-exports"
}

resource "alicloud_oss_bucket" "exports" {
  bucket          = local.bucket_name
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "internal"
  }
}

# The usual idiom: policy built with jsonencode(), resources interpolating the bucket name.
resource "alicloud_oss_bucket_policy" "exports" {
  bucket = alicloud_oss_bucket.exports.bucket
  policy = jsonencode({
    Version = "1"
    Statement = [{
      Effect    = "Deny"
      Principal = ["*"]
      Action    = ["oss:*"]
      Resource  = ["acs:oss:*:*:${local.bucket_name}", "acs:oss:*:*:${local.bucket_name}/*"]
      Condition = {
        Bool = {
          "acs:SecureTransport" = ["false"]
        }
      }
    }]
  })
}

# Same idiom, but without the deny: only an allow for the export job.
resource "alicloud_oss_bucket" "drafts" {
  bucket          = "gov-portal-drafts"
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_oss_bucket_policy" "drafts" {
  bucket = alicloud_oss_bucket.drafts.bucket
  policy = jsonencode({
    Version = "1"
    Statement = [{
      Effect    = "Allow"
      Principal = ["acs:ram::1234567890123456:role/export-job"]
      Action    = ["oss:GetObject"]
      Resource  = ["acs:oss:*:*:gov-portal-drafts/*"]
    }]
  })
}

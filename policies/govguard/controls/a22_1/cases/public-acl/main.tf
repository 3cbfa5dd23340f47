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

# Deprecated inline ACL: public-read.
resource "alicloud_oss_bucket" "notices" {
  bucket          = "gov-portal-notices"
  acl             = "public-read"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "public" }
}

resource "alicloud_oss_bucket_public_access_block" "notices" {
  bucket              = alicloud_oss_bucket.notices.bucket
  block_public_access = true
}

# Standalone ACL resource: public-read-write.
resource "alicloud_oss_bucket" "uploads" {
  bucket          = "gov-portal-uploads"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
  lifecycle {
    ignore_changes = [acl]
  }
}

resource "alicloud_oss_bucket_acl" "uploads" {
  bucket = alicloud_oss_bucket.uploads.bucket
  acl    = "public-read-write"
}

resource "alicloud_oss_bucket_public_access_block" "uploads" {
  bucket              = alicloud_oss_bucket.uploads.bucket
  block_public_access = true
}

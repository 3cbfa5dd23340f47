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

variable "block_public" {
  type    = bool
  default = true
}

# No public access block at all.
resource "alicloud_oss_bucket" "reports" {
  bucket          = "gov-portal-reports"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
}

# A block that is switched off.
resource "alicloud_oss_bucket" "minutes" {
  bucket          = "gov-portal-minutes"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
}

resource "alicloud_oss_bucket_public_access_block" "minutes" {
  bucket              = alicloud_oss_bucket.minutes.bucket
  block_public_access = false
}

# Block from a variable whose default is true: passes.
resource "alicloud_oss_bucket" "letters" {
  bucket          = "gov-portal-letters"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

resource "alicloud_oss_bucket_public_access_block" "letters" {
  bucket              = alicloud_oss_bucket.letters.bucket
  block_public_access = var.block_public
}

# Block correlated by literal bucket name: passes.
resource "alicloud_oss_bucket" "records" {
  bucket          = "gov-portal-records"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

resource "alicloud_oss_bucket_public_access_block" "records" {
  bucket              = "gov-portal-records"
  block_public_access = true
  depends_on          = [alicloud_oss_bucket.records]
}

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

resource "alicloud_oss_bucket" "records" {
  bucket          = "gov-portal-records"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

resource "alicloud_oss_bucket_public_access_block" "records" {
  bucket              = alicloud_oss_bucket.records.bucket
  block_public_access = true
}

# Private ACL through the standalone resource; block correlated by literal name.
resource "alicloud_oss_bucket" "forms" {
  bucket          = "gov-portal-forms"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
  lifecycle {
    ignore_changes = [acl]
  }
}

resource "alicloud_oss_bucket_acl" "forms" {
  bucket = alicloud_oss_bucket.forms.bucket
  acl    = "private"
}

resource "alicloud_oss_bucket_public_access_block" "forms" {
  bucket              = "gov-portal-forms"
  block_public_access = true
  depends_on          = [alicloud_oss_bucket.forms]
}

# Inline (deprecated) private ACL.
resource "alicloud_oss_bucket" "minutes" {
  bucket          = "gov-portal-minutes"
  acl             = "private"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
}

resource "alicloud_oss_bucket_public_access_block" "minutes" {
  bucket              = alicloud_oss_bucket.minutes.bucket
  block_public_access = true
}

# Bucket policy: a Deny for everyone over plain HTTP, an Allow for everyone restricted
# to the portal VPC, and an Allow for one named account.
resource "alicloud_oss_bucket" "exchange" {
  bucket          = "gov-portal-exchange"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
  lifecycle {
    ignore_changes = [policy]
  }
}

resource "alicloud_oss_bucket_public_access_block" "exchange" {
  bucket              = alicloud_oss_bucket.exchange.bucket
  block_public_access = true
}

resource "alicloud_oss_bucket_policy" "exchange" {
  bucket = alicloud_oss_bucket.exchange.bucket
  policy = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Deny",
          "Principal": ["*"],
          "Action": ["oss:*"],
          "Resource": ["acs:oss:*:*:gov-portal-exchange", "acs:oss:*:*:gov-portal-exchange/*"],
          "Condition": {"Bool": {"acs:SecureTransport": ["false"]}}
        },
        {
          "Effect": "Allow",
          "Principal": ["*"],
          "Action": ["oss:GetObject"],
          "Resource": ["acs:oss:*:*:gov-portal-exchange/*"],
          "Condition": {"StringEquals": {"acs:SourceVpc": ["vpc-bp1portal00000000001"]}}
        },
        {
          "Effect": "Allow",
          "Principal": ["1234567890123456"],
          "Action": ["oss:PutObject"],
          "Resource": ["acs:oss:*:*:gov-portal-exchange/inbox/*"]
        }
      ]
    }
  JSON
}

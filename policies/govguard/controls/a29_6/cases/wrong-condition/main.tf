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

# Deny statement with the condition inverted: it refuses HTTPS, not HTTP.
resource "alicloud_oss_bucket" "forms" {
  bucket          = "gov-portal-forms"
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "sensitive"
  }
}

resource "alicloud_oss_bucket_policy" "forms" {
  bucket = alicloud_oss_bucket.forms.bucket
  policy = <<POLICY
{"Version":"1","Statement":[{"Effect":"Deny","Principal":["*"],"Action":["oss:*"],"Resource":["acs:oss:*:*:gov-portal-forms","acs:oss:*:*:gov-portal-forms/*"],"Condition":{"Bool":{"acs:SecureTransport":["true"]}}}]}
POLICY
}

# Allow-only-over-HTTPS grant: it never denies plain HTTP to other principals or ACL grants.
resource "alicloud_oss_bucket" "media" {
  bucket          = "gov-portal-media"
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "public"
  }
}

resource "alicloud_oss_bucket_policy" "media" {
  bucket = alicloud_oss_bucket.media.bucket
  policy = <<POLICY
{"Version":"1","Statement":[{"Effect":"Allow","Principal":["acs:ram::1234567890123456:role/cdn-origin"],"Action":["oss:GetObject"],"Resource":["acs:oss:*:*:gov-portal-media/*"],"Condition":{"Bool":{"acs:SecureTransport":["true"]}}}]}
POLICY
}

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

# Inline (deprecated since 1.220.0, still valid) bucket policy with the HTTPS-only deny.
resource "alicloud_oss_bucket" "archive" {
  bucket          = "gov-portal-archive"
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "internal"
  }
  policy = <<POLICY
{"Version":"1","Statement":[{"Effect":"Deny","Principal":["*"],"Action":["oss:*"],"Resource":["acs:oss:*:*:gov-portal-archive","acs:oss:*:*:gov-portal-archive/*"],"Condition":{"Bool":{"acs:SecureTransport":["false"]}}}]}
POLICY
}

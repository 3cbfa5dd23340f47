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

resource "alicloud_oss_bucket" "portal_data" {
  bucket          = "gov-portal-data"
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "sensitive"
  }
}

# Correlated by reference.
resource "alicloud_oss_bucket_policy" "portal_data" {
  bucket = alicloud_oss_bucket.portal_data.bucket
  policy = <<POLICY
{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": ["acs:ram::1234567890123456:role/portal-app"],
      "Action": ["oss:GetObject", "oss:PutObject"],
      "Resource": ["acs:oss:*:1234567890123456:gov-portal-data/*"]
    },
    {
      "Effect": "Deny",
      "Principal": ["*"],
      "Action": ["oss:*"],
      "Resource": ["acs:oss:*:1234567890123456:gov-portal-data", "acs:oss:*:1234567890123456:gov-portal-data/*"],
      "Condition": {
        "Bool": {
          "acs:SecureTransport": ["false"]
        }
      }
    }
  ]
}
POLICY
}

resource "alicloud_oss_bucket" "portal_static" {
  bucket          = "gov-portal-static"
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "public"
  }
}

# Correlated by the bucket's literal name.
resource "alicloud_oss_bucket_policy" "portal_static" {
  bucket     = "gov-portal-static"
  depends_on = [alicloud_oss_bucket.portal_static]
  policy     = <<POLICY
{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Deny",
      "Principal": ["*"],
      "Action": ["oss:*"],
      "Resource": ["acs:oss:*:*:gov-portal-static", "acs:oss:*:*:gov-portal-static/*"],
      "Condition": {
        "Bool": {
          "acs:SecureTransport": ["false"]
        }
      }
    }
  ]
}
POLICY
}

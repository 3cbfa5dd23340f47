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

# No bucket policy at all.
resource "alicloud_oss_bucket" "uploads" {
  bucket          = "gov-portal-uploads"
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "sensitive"
  }
}

# A standalone policy that only grants access; nothing refuses plain HTTP.
resource "alicloud_oss_bucket" "reports" {
  bucket          = "gov-portal-reports"
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_oss_bucket_policy" "reports" {
  bucket = alicloud_oss_bucket.reports.bucket
  policy = <<POLICY
{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": ["acs:ram::1234567890123456:role/report-writer"],
      "Action": ["oss:PutObject", "oss:GetObject"],
      "Resource": ["acs:oss:*:1234567890123456:gov-portal-reports/*"]
    }
  ]
}
POLICY
}

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

# Standalone policy: anyone may read, no condition.
resource "alicloud_oss_bucket" "downloads" {
  bucket          = "gov-portal-downloads"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
  lifecycle {
    ignore_changes = [policy]
  }
}

resource "alicloud_oss_bucket_public_access_block" "downloads" {
  bucket              = alicloud_oss_bucket.downloads.bucket
  block_public_access = true
}

resource "alicloud_oss_bucket_policy" "downloads" {
  bucket = alicloud_oss_bucket.downloads.bucket
  policy = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": ["*"],
          "Action": ["oss:GetObject"],
          "Resource": ["acs:oss:*:*:gov-portal-downloads/*"]
        }
      ]
    }
  JSON
}

# Deprecated inline policy, Principal given as the bare string "*".
resource "alicloud_oss_bucket" "gallery" {
  bucket          = "gov-portal-gallery"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "public" }
  policy          = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": "*",
          "Action": ["oss:GetObject", "oss:ListObjects"],
          "Resource": ["acs:oss:*:*:gov-portal-gallery", "acs:oss:*:*:gov-portal-gallery/*"]
        }
      ]
    }
  JSON
}

resource "alicloud_oss_bucket_public_access_block" "gallery" {
  bucket              = alicloud_oss_bucket.gallery.bucket
  block_public_access = true
}

# A condition that only requires HTTPS does not restrict who may read: still public.
resource "alicloud_oss_bucket" "portal" {
  bucket          = "gov-portal-static"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "public" }
  lifecycle {
    ignore_changes = [policy]
  }
}

resource "alicloud_oss_bucket_public_access_block" "portal" {
  bucket              = alicloud_oss_bucket.portal.bucket
  block_public_access = true
}

resource "alicloud_oss_bucket_policy" "portal" {
  bucket = alicloud_oss_bucket.portal.bucket
  policy = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": ["*"],
          "Action": ["oss:GetObject"],
          "Resource": ["acs:oss:*:*:gov-portal-static/*"],
          "Condition": {"Bool": {"acs:SecureTransport": ["true"]}}
        }
      ]
    }
  JSON
}

# Principal * restricted to the office network and the portal VPC: not public.
resource "alicloud_oss_bucket" "partner" {
  bucket          = "gov-portal-partner"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
  lifecycle {
    ignore_changes = [policy]
  }
}

resource "alicloud_oss_bucket_public_access_block" "partner" {
  bucket              = alicloud_oss_bucket.partner.bucket
  block_public_access = true
}

resource "alicloud_oss_bucket_policy" "partner" {
  bucket = alicloud_oss_bucket.partner.bucket
  policy = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": ["*"],
          "Action": ["oss:GetObject"],
          "Resource": ["acs:oss:*:*:gov-portal-partner/*"],
          "Condition": {
            "IpAddress": {"acs:SourceIp": ["10.20.0.0/16"]},
            "StringEquals": {"acs:SourceVpc": ["vpc-bp1portal00000000001"]}
          }
        }
      ]
    }
  JSON
}

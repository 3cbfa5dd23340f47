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

resource "alicloud_oss_bucket" "materials" {
  bucket          = "hz-zwfw-materials"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
  versioning {
    status = "Enabled"
  }
}

# Compliant: a second copy in Shanghai.
resource "alicloud_oss_bucket_replication" "to_shanghai" {
  bucket = alicloud_oss_bucket.materials.bucket
  action = "ALL"
  destination {
    bucket   = "hz-zwfw-materials-sh"
    location = "oss-cn-shanghai"
  }
}

# Violation: a copy for the overseas liaison office in Singapore.
resource "alicloud_oss_bucket_replication" "to_singapore" {
  bucket = alicloud_oss_bucket.materials.bucket
  action = "PUT"
  destination {
    bucket   = "hz-zwfw-materials-sg"
    location = "oss-ap-southeast-1"
  }
}

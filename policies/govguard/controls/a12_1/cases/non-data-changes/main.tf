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

# The old test VPC and its security group were removed (not data stores); the bucket only gets
# a new tag value, an in-place update.
resource "alicloud_oss_bucket" "uploads" {
  bucket          = "hz-zwfw-uploads"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive", "owner" = "hz-dsj" }
}

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

# alicloud_oss_bucket.legacy_uploads (the 2019 portal's upload bucket) was removed from this
# configuration; it is still in terraform.tfstate, so the plan deletes it.
resource "alicloud_oss_bucket" "uploads" {
  bucket          = "hz-zwfw-uploads"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

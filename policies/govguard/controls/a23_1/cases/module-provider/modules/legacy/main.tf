terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

# A legacy module that configures its own provider and forgets the region.
provider "alicloud" {
  profile = "legacy-app"
}

resource "alicloud_oss_bucket" "attachments" {
  bucket          = "hz-zwfw-legacy-attachments"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
}

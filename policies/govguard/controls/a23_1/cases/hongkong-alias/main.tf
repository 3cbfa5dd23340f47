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

# cn-hongkong starts with "cn-" but is outside the mainland.
provider "alicloud" {
  alias  = "hk"
  region = "cn-hongkong"
}

resource "alicloud_oss_bucket" "notices" {
  bucket          = "hz-zwfw-notices"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "public" }
}

resource "alicloud_oss_bucket" "notices_hk" {
  provider        = alicloud.hk
  bucket          = "hz-zwfw-notices-hk"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "public" }
}

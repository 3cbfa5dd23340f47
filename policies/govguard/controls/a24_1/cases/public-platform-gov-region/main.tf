terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

provider "alicloud" {
  region = "cn-north-2-gov-1"
}

provider "alicloud" {
  alias  = "dr"
  region = "cn-zhangjiakou"
}

resource "alicloud_oss_bucket" "materials" {
  bucket          = "bj-zwfw-materials"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

resource "alicloud_oss_bucket" "materials_dr" {
  provider        = alicloud.dr
  bucket          = "bj-zwfw-materials-dr"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

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
  endpoints {
    ecs = "ecs.cn-north-2-gov-1.aliyuncs.com"
    oss = "oss-cn-north-2-gov-1.aliyuncs.com"
  }
}

resource "alicloud_oss_bucket" "materials" {
  bucket          = "bj-zwfw-materials"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

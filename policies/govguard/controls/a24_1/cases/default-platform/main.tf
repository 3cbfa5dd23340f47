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

provider "alicloud" {
  alias  = "finance"
  region = "cn-hangzhou-finance"
}

provider "alicloud" {
  alias  = "gov"
  region = "cn-north-2-gov-1"
}

resource "alicloud_oss_bucket" "materials" {
  bucket          = "hz-zwfw-materials"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

resource "alicloud_oss_bucket" "payments" {
  provider        = alicloud.finance
  bucket          = "hz-zwfw-payments"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
}

resource "alicloud_oss_bucket" "exchange" {
  provider        = alicloud.gov
  bucket          = "hz-zwfw-exchange"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
}

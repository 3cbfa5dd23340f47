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

resource "alicloud_vpc" "portal" {
  vpc_name   = "gov-portal"
  cidr_block = "10.10.0.0/16"
}

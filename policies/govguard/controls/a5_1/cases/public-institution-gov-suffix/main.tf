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

# A public institution (the city library) registered under .gov.cn.
resource "alicloud_alidns_domain" "library" {
  domain_name = "hzlib.gov.cn"
}

# Compliant neighbour: plain .cn.
resource "alicloud_alidns_domain" "library_cn" {
  domain_name = "hzlib.cn"
}

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

resource "alicloud_kvstore_instance" "session" {
  db_instance_name = "gov-portal-session"
  instance_type    = "Redis"
  instance_class   = "redis.master.small.default"
  engine_version   = "5.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  security_ips     = ["10.10.0.0/16"]
  tags             = { "data-classification" = "internal" }
}

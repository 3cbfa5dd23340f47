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

resource "alicloud_kvstore_instance" "short" {
  db_instance_name = "gov-portal-short"
  instance_type    = "Redis"
  instance_class   = "redis.master.small.default"
  engine_version   = "5.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  security_ips     = ["10.10.0.0/16"]
  tags             = { "data-classification" = "internal" }
}

resource "alicloud_kvstore_audit_log_config" "short" {
  instance_id = alicloud_kvstore_instance.short.id
  db_audit    = true
  retention   = 180
}

resource "alicloud_kvstore_instance" "off" {
  db_instance_name = "gov-portal-off"
  instance_type    = "Redis"
  instance_class   = "redis.master.small.default"
  engine_version   = "5.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  security_ips     = ["10.10.0.0/16"]
  tags             = { "data-classification" = "internal" }
}

resource "alicloud_kvstore_audit_log_config" "off" {
  instance_id = alicloud_kvstore_instance.off.id
  db_audit    = false
  retention   = 365
}

resource "alicloud_kvstore_instance" "noretention" {
  db_instance_name = "gov-portal-noretention"
  instance_type    = "Redis"
  instance_class   = "redis.master.small.default"
  engine_version   = "5.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  security_ips     = ["10.10.0.0/16"]
  tags             = { "data-classification" = "internal" }
}

resource "alicloud_kvstore_audit_log_config" "noretention" {
  instance_id = alicloud_kvstore_instance.noretention.id
  db_audit    = true
}

resource "alicloud_kvstore_instance" "good" {
  db_instance_name = "gov-portal-good"
  instance_type    = "Redis"
  instance_class   = "redis.master.small.default"
  engine_version   = "5.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  security_ips     = ["10.10.0.0/16"]
  tags             = { "data-classification" = "internal" }
}

resource "alicloud_kvstore_audit_log_config" "good" {
  instance_id = alicloud_kvstore_instance.good.id
  db_audit    = true
  retention   = 365
}

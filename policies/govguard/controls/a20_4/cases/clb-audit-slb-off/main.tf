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

resource "alicloud_slb_load_balancer" "legacy" {
  load_balancer_name = "gov-portal-legacy"
  address_type       = "intranet"
  vswitch_id         = "vsw-bp1portalh00001"
  load_balancer_spec = "slb.s2.small"
  tags               = { "data-classification" = "internal" }
}

resource "alicloud_log_audit" "central" {
  display_name = "gov-portal-audit"
  aliuid       = "1234567890123456"
  variable_map = {
    "actiontrail_enabled" = "true"
    "actiontrail_ttl"     = "365"
    "slb_access_enabled"  = "false"
  }
}

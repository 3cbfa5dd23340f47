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

# alicloud_slb (deprecated name of alicloud_slb_load_balancer) whose access logs the centralised
# log audit collects: passes.
resource "alicloud_slb" "legacy" {
  name          = "gov-portal-legacy"
  address_type  = "intranet"
  vswitch_id    = "vsw-bp1portalh00001"
  specification = "slb.s2.small"
  tags          = { "data-classification" = "internal" }
}

resource "alicloud_log_audit" "central" {
  display_name = "gov-portal-audit"
  aliuid       = "1234567890123456"
  variable_map = {
    "actiontrail_enabled" = "true"
    "actiontrail_ttl"     = "365"
    "slb_access_enabled"  = "true"
    "slb_access_ttl"      = "365"
    "slb_sync_enabled"    = "true"
    "slb_sync_ttl"        = "365"
  }
}

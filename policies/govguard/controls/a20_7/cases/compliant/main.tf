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
    "rds_enabled"         = "true"
    "rds_ttl"             = "730"
    "waf_enabled"         = "false"
  }
}

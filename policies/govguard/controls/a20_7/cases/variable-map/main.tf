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

variable "audit_settings" {
  type = map(string)
  default = {
    "actiontrail_enabled" = "true"
    "actiontrail_ttl"     = "3650"
    "vpc_flow_enabled"    = "true"
    "vpc_flow_ttl"        = "365"
    "vpc_sync_enabled"    = "true"
    "vpc_sync_ttl"        = "365"
  }
}

resource "alicloud_log_audit" "central" {
  display_name = "gov-portal-audit"
  aliuid       = "1234567890123456"
  variable_map = var.audit_settings
}

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

resource "alicloud_log_project" "audit" {
  project_name = "gov-portal-audit"
  tags         = { "data-classification" = "important" }
}

# No log store is declared: ActionTrail creates its own with a retention nobody set here.
resource "alicloud_actiontrail_trail" "portal" {
  trail_name         = "gov-portal-trail"
  event_rw           = "All"
  trail_region       = "All"
  status             = "Enable"
  sls_project_arn    = "acs:log:cn-hangzhou:1234567890123456:project/gov-portal-audit"
  sls_write_role_arn = "acs:ram::1234567890123456:role/aliyunserviceroleforactiontrail"
}

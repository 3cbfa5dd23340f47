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
  description  = "Operation audit trail of the portal account"
  tags         = { "data-classification" = "important" }
}

# ActionTrail delivers into the log store actiontrail_<trail name>.
resource "alicloud_log_store" "trail" {
  project_name     = alicloud_log_project.audit.project_name
  logstore_name    = "actiontrail_gov-portal-trail"
  retention_period = 365
}

# status left out: the provider documents Enable as its default.
resource "alicloud_actiontrail_trail" "portal" {
  trail_name         = "gov-portal-trail"
  event_rw           = "All"
  trail_region       = "All"
  sls_project_arn    = "acs:log:cn-hangzhou:1234567890123456:project/gov-portal-audit"
  sls_write_role_arn = "acs:ram::1234567890123456:role/aliyunserviceroleforactiontrail"
}

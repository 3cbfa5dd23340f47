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

variable "account_id" {
  type    = string
  default = "1234567890123456"
}

resource "alicloud_log_project" "audit" {
  project_name = "gov-portal-audit"
  tags         = { "data-classification" = "important" }
}

resource "alicloud_log_store" "trail" {
  project_name     = alicloud_log_project.audit.project_name
  logstore_name    = "actiontrail_gov-portal-trail"
  retention_period = 730
}

# The ARN is assembled from a variable and a reference to the project.
resource "alicloud_actiontrail_trail" "portal" {
  trail_name         = "gov-portal-trail"
  event_rw           = "All"
  trail_region       = "All"
  status             = "Enable"
  sls_project_arn    = "acs:log:cn-hangzhou:${var.account_id}:project/${alicloud_log_project.audit.project_name}"
  sls_write_role_arn = "acs:ram::${var.account_id}:role/aliyunserviceroleforactiontrail"
}

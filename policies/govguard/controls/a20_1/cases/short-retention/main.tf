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

resource "alicloud_log_project" "portal" {
  project_name = "gov-portal-logs"
  tags         = { "data-classification" = "internal" }
}

resource "alicloud_log_store" "api" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "api-gateway"
  retention_period = 180
}

# One day short of a year.
resource "alicloud_log_store" "waf" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "waf"
  retention_period = 364
}

# Deprecated pair, too short.
resource "alicloud_log_store" "legacy" {
  project          = alicloud_log_project.portal.project_name
  name             = "legacy-app"
  retention_period = 90
}

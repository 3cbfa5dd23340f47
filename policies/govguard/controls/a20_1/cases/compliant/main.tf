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
  description  = "Application logs of the citizen service portal"
  tags         = { "data-classification" = "internal" }
}

# Exactly one year.
resource "alicloud_log_store" "access" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "nginx-access"
  retention_period = 365
  shard_count      = 2
}

# 3650 means "keep permanently".
resource "alicloud_log_store" "audit" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "operation-audit"
  retention_period = 3650
  hot_ttl          = 30
}

# The deprecated project/name pair still names a log store.
resource "alicloud_log_store" "legacy" {
  project          = alicloud_log_project.portal.project_name
  name             = "legacy-app"
  retention_period = 400
}

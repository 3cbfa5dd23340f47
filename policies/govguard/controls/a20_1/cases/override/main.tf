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

locals {
  # override.tf raises this to a year.
  app_retention_days = 7
}

resource "alicloud_log_project" "portal" {
  project_name = "gov-portal-logs"
  tags         = { "data-classification" = "internal" }
}

resource "alicloud_log_store" "app" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "app"
  retention_period = local.app_retention_days
}

# Ten years here; audit_override.tf, merged after every other file whatever its name, cuts it to 30 days.
resource "alicloud_log_store" "audit" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "audit"
  retention_period = 3650
}

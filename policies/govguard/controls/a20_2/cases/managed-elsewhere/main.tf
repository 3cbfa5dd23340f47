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

resource "alicloud_log_store" "app" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "app"
  retention_period = 365
}

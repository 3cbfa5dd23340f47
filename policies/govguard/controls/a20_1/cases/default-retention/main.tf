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

# retention_period left out: the provider default is 30 days.
resource "alicloud_log_store" "app" {
  project_name  = alicloud_log_project.portal.project_name
  logstore_name = "app"
}

resource "alicloud_log_store" "access" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "nginx-access"
  retention_period = 365
}

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

# The retention comes from a value that is only known after apply.
resource "terraform_data" "retention" {
  input = 365
}

resource "alicloud_log_project" "portal" {
  project_name = "gov-portal-logs"
  tags         = { "data-classification" = "internal" }
}

resource "alicloud_log_store" "app" {
  project_name     = alicloud_log_project.portal.project_name
  logstore_name    = "app"
  retention_period = terraform_data.retention.output
}

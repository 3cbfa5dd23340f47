terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

# No provider "alicloud" block: Terraform uses an empty default configuration.
resource "alicloud_log_project" "portal" {
  project_name = "hz-zwfw-portal-logs"
  tags         = { "data-classification" = "internal" }
}

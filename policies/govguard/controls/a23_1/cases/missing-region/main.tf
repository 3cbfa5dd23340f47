terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

# Region left to the environment: ALICLOUD_REGION, the CLI profile, or the provider's cn-beijing fallback.
provider "alicloud" {
  profile = "zwfw-ops"
}

resource "alicloud_log_project" "portal" {
  project_name = "hz-zwfw-portal-logs"
  description  = "Portal application logs"
  tags         = { "data-classification" = "internal" }
}

terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

# cn-wuhan-lr is a mainland local region missing from the provider's own list, hence skip_region_validation.
provider "alicloud" {
  region                 = "cn-wuhan-lr"
  skip_region_validation = true
}

resource "alicloud_log_project" "portal" {
  project_name = "wh-zwfw-portal-logs"
  tags         = { "data-classification" = "internal" }
}

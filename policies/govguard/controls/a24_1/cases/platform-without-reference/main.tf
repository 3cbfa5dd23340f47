terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

provider "alicloud" {
  region = "cn-shanghai"
}

resource "alicloud_log_project" "portal" {
  project_name = "sh-zwfw-portal-logs"
  tags         = { "data-classification" = "internal" }
}

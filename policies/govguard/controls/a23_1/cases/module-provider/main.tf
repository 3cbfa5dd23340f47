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
  project_name = "hz-zwfw-portal-logs"
  tags         = { "data-classification" = "internal" }
}

module "legacy" {
  source = "./modules/legacy"
}

terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

variable "region" {
  type    = string
  default = "cn-hangzhou"
}

provider "alicloud" {
  region = var.region
}

resource "alicloud_log_project" "portal" {
  project_name = "hz-zwfw-intl-logs"
  tags         = { "data-classification" = "internal" }
}

terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

variable "city" {
  type    = string
  default = "hangzhou"
}

locals {
  region = "cn-${var.city}"
}

# Neither a constant nor a variable: the plan JSON carries only a reference to local.region.
provider "alicloud" {
  region = local.region
}

resource "alicloud_log_project" "portal" {
  project_name = "hz-zwfw-portal-logs"
  tags         = { "data-classification" = "internal" }
}

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

resource "alicloud_vpc" "portal" {
  vpc_name   = "gov-portal-portal"
  cidr_block = "10.10.0.0/16"
  tags       = { "data-classification" = "internal" }
}

# The destination project and log store are not managed in this stack.
resource "alicloud_vpc_flow_log" "portal" {
  flow_log_name  = "gov-portal-portal"
  resource_type  = "VPC"
  resource_id    = alicloud_vpc.portal.id
  traffic_type   = "All"
  project_name   = "shared-network-logs"
  log_store_name = "vpc-flow"
  status         = "Active"
}

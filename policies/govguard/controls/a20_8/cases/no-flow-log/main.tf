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

resource "alicloud_log_project" "network" {
  project_name = "gov-portal-network"
  tags         = { "data-classification" = "internal" }
}

resource "alicloud_log_store" "flow" {
  project_name     = alicloud_log_project.network.project_name
  logstore_name    = "vpc-flow"
  retention_period = 365
}

resource "alicloud_vpc" "portal" {
  vpc_name   = "gov-portal-portal"
  cidr_block = "10.10.0.0/16"
  tags       = { "data-classification" = "internal" }
}

resource "alicloud_vpc_flow_log" "portal" {
  flow_log_name  = "gov-portal-portal"
  resource_type  = "VPC"
  resource_id    = alicloud_vpc.portal.id
  traffic_type   = "All"
  project_name   = alicloud_log_project.network.project_name
  log_store_name = alicloud_log_store.flow.logstore_name
  status         = "Active"
}

resource "alicloud_vpc" "mgmt" {
  vpc_name   = "gov-portal-mgmt"
  cidr_block = "10.20.0.0/16"
  tags       = { "data-classification" = "internal" }
}

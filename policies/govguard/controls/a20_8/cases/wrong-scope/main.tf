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

resource "alicloud_vpc" "web" {
  vpc_name   = "gov-portal-web"
  cidr_block = "10.10.0.0/16"
  tags       = { "data-classification" = "internal" }
}

resource "alicloud_vswitch" "web_h" {
  vswitch_name = "gov-portal-web-h"
  vpc_id       = alicloud_vpc.web.id
  cidr_block   = "10.10.1.0/24"
  zone_id      = "cn-hangzhou-h"
}

resource "alicloud_vpc_flow_log" "web_subnet" {
  flow_log_name  = "gov-portal-web_subnet"
  resource_type  = "VSwitch"
  resource_id    = alicloud_vswitch.web_h.id
  traffic_type   = "All"
  project_name   = alicloud_log_project.network.project_name
  log_store_name = alicloud_log_store.flow.logstore_name
  status         = "Active"
}

resource "alicloud_vpc" "data" {
  vpc_name   = "gov-portal-data"
  cidr_block = "10.30.0.0/16"
  tags       = { "data-classification" = "internal" }
}

resource "alicloud_vpc_flow_log" "data" {
  flow_log_name  = "gov-portal-data"
  resource_type  = "VPC"
  resource_id    = alicloud_vpc.data.id
  traffic_type   = "Drop"
  project_name   = alicloud_log_project.network.project_name
  log_store_name = alicloud_log_store.flow.logstore_name
  status         = "Active"
}

resource "alicloud_vpc" "mgmt" {
  vpc_name   = "gov-portal-mgmt"
  cidr_block = "10.20.0.0/16"
  tags       = { "data-classification" = "internal" }
}

resource "alicloud_vpc_flow_log" "mgmt" {
  flow_log_name  = "gov-portal-mgmt"
  resource_type  = "VPC"
  resource_id    = alicloud_vpc.mgmt.id
  traffic_type   = "All"
  project_name   = alicloud_log_project.network.project_name
  log_store_name = alicloud_log_store.flow.logstore_name
  status         = "Inactive"
}

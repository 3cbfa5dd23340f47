# A VPC whose traffic is recorded by a VPC flow log into a given log store.
terraform {
  required_providers {
    alicloud = {
      source = "aliyun/alicloud"
    }
  }
}

variable "name" {
  type = string
}

variable "cidr_block" {
  type = string
}

variable "flow_log_project" {
  type = string
}

variable "flow_log_store" {
  type = string
}

variable "flow_traffic_type" {
  type    = string
  default = "All"
}

resource "alicloud_vpc" "this" {
  vpc_name   = var.name
  cidr_block = var.cidr_block
}

resource "alicloud_vswitch" "h" {
  vswitch_name = "${var.name}-h"
  vpc_id       = alicloud_vpc.this.id
  cidr_block   = cidrsubnet(var.cidr_block, 8, 1)
  zone_id      = "cn-hangzhou-h"
}

resource "alicloud_vpc_flow_log" "this" {
  flow_log_name  = var.name
  resource_type  = "VPC"
  resource_id    = alicloud_vpc.this.id
  traffic_type   = var.flow_traffic_type
  status         = "Active"
  project_name   = var.flow_log_project
  log_store_name = var.flow_log_store
}

output "vswitch_id" {
  value = alicloud_vswitch.h.id
}

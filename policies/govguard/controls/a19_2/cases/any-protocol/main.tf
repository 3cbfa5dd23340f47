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

resource "alicloud_security_group" "app" {
  security_group_name = "gov-portal-app"
  description         = "Government portal application servers"
  vpc_id              = "vpc-bp1gov0portal0app0001"
  inner_access_policy = "Drop"
  tags                = { "data-classification" = "internal" }
}

variable "public_cidr" {
  description = "Who may reach the report service"
  type        = string
  default     = "0.0.0.0/0"
}

# ip_protocol all, port_range left at its default -1/-1: everything from everywhere.
resource "alicloud_security_group_rule" "allow_all_internet" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "all"
  cidr_ip           = "0.0.0.0/0"
}

resource "alicloud_security_group_rule" "report_service" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "9000/9000"
  cidr_ip           = var.public_cidr
}

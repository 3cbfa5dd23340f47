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

# GRE from anywhere: a tunnel carries every protocol and port to the servers.
resource "alicloud_security_group_rule" "gre_internet" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "gre"
  cidr_ip           = "0.0.0.0/0"
}

# GRE from the branch office's private range only.
resource "alicloud_security_group_rule" "gre_branch" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "gre"
  cidr_ip           = "10.8.0.0/16"
}

# Ping from anywhere carries no service port.
resource "alicloud_security_group_rule" "icmp_internet" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "icmp"
  ipv6_cidr_ip      = "::/0"
}

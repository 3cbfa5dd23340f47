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

# ip_protocol "all" with no port_range: the schema default "-1/-1" covers every port.
resource "alicloud_security_group_rule" "all_from_partner" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "all"
  cidr_ip           = "198.51.100.0/24"
}

resource "alicloud_security_group_rule" "tcp_full_range_cgnat" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "1/65535"
  cidr_ip           = "100.64.0.0/10"
}

# ICMP has no ports; A19.1 covers tcp, udp and all only.
resource "alicloud_security_group_rule" "ping_from_partner" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "icmp"
  port_range        = "-1/-1"
  cidr_ip           = "198.51.100.0/24"
}

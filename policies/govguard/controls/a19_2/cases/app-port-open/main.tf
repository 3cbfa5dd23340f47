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

resource "alicloud_security_group_rule" "app_8000_public" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "8000/8000"
  cidr_ip           = "0.0.0.0/0"
  description       = "Application server exposed directly"
}

resource "alicloud_security_group_rule" "web_range_public" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "80/443"
  cidr_ip           = "0.0.0.0/0"
  description       = "Meant as 80 and 443, opens 80-443"
}

resource "alicloud_security_group_rule" "dns_public" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "udp"
  port_range        = "53/53"
  cidr_ip           = "0.0.0.0/0"
}

resource "alicloud_security_group_rule" "https_public" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "443/443"
  cidr_ip           = "0.0.0.0/0"
}

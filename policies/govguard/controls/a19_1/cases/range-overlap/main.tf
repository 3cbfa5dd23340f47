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

resource "alicloud_security_group_rule" "db_range_partner" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "3000/3400"
  cidr_ip           = "198.51.100.0/24"
  description       = "Covers 3306 and 3389"
}

resource "alicloud_security_group_rule" "alt_web_wide_lan" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "8000/8100"
  cidr_ip           = "192.168.0.0/15"
  description       = "Covers 8080; source is wider than 192.168.0.0/16"
}

resource "alicloud_security_group_rule" "redis_udp_partner" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "udp"
  port_range        = "6379/6379"
  cidr_ip           = "203.0.113.7/32"
}

resource "alicloud_security_group_rule" "mongo_range_partner" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "27017/27019"
  cidr_ip           = "198.51.100.0/24"
  description       = "Range starts exactly at 27017"
}

resource "alicloud_security_group_rule" "http_partner" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "80/80"
  cidr_ip           = "203.0.113.0/24"
}

resource "alicloud_security_group_rule" "app_range_partner" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "2000/2100"
  cidr_ip           = "198.51.100.0/24"
}

resource "alicloud_security_group_rule" "search_api_partner" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "9201/9299"
  cidr_ip           = "203.0.113.0/24"
  description       = "Just above 9200: no admin port"
}

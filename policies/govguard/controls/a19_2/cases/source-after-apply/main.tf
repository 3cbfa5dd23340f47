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

resource "alicloud_eip_address" "partner" {
  address_name         = "gov-portal-partner"
  bandwidth            = "5"
  internet_charge_type = "PayByTraffic"
}

# The report service is opened to an address known only after apply: it cannot be shown not to be
# the internet.
resource "alicloud_security_group_rule" "reports_from_partner" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "9000/9000"
  cidr_ip           = "${alicloud_eip_address.partner.ip_address}/32"
}

# HTTPS may be open to anyone, so the unknown source does not matter here.
resource "alicloud_security_group_rule" "https_from_partner" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "443/443"
  cidr_ip           = "${alicloud_eip_address.partner.ip_address}/32"
}

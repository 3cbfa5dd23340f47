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

resource "alicloud_eip_address" "jump" {
  address_name         = "gov-portal-jump"
  bandwidth            = "5"
  internet_charge_type = "PayByTraffic"
}

# The source is the jump host's EIP, only known after apply: cannot be verified.
resource "alicloud_security_group_rule" "ssh_from_jump_eip" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = "${alicloud_eip_address.jump.ip_address}/32"
}

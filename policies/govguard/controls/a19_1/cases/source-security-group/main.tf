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

resource "alicloud_security_group" "bastion" {
  security_group_name = "gov-portal-bastion"
  description         = "Bastion host"
  vpc_id              = "vpc-bp1gov0portal0app0001"
  tags                = { "data-classification" = "internal" }
}

# The admin pattern: SSH and RDP only from the bastion's security group, no CIDR at all.
resource "alicloud_security_group_rule" "ssh_from_bastion" {
  security_group_id        = alicloud_security_group.app.id
  type                     = "ingress"
  ip_protocol              = "tcp"
  port_range               = "22/22"
  source_security_group_id = alicloud_security_group.bastion.id
  policy                   = "accept"
  priority                 = 1
}

resource "alicloud_security_group_rule" "rdp_from_bastion" {
  security_group_id        = alicloud_security_group.app.id
  type                     = "ingress"
  ip_protocol              = "tcp"
  port_range               = "3389/3389"
  source_security_group_id = alicloud_security_group.bastion.id
}

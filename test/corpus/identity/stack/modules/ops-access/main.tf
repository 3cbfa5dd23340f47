# Operations access to the portal: a management security group and the bastion hosts.
terraform {
  required_providers {
    alicloud = {
      source = "aliyun/alicloud"
    }
  }
}

variable "vpc_id" {
  type = string
}

variable "vswitch_id" {
  type = string
}

variable "admin_cidr" {
  description = "Network the bureau's own administrators work from"
  type        = string
}

variable "vendor_cidr" {
  description = "The outsourced operator's office egress range"
  type        = string
}

resource "alicloud_security_group" "mgmt" {
  security_group_name = "gov-portal-mgmt"
  description         = "Management access to portal servers"
  vpc_id              = var.vpc_id
  inner_access_policy = "Drop"
  tags                = { "data-classification" = "internal" }
}

resource "alicloud_security_group_rule" "ssh_admin" {
  security_group_id = alicloud_security_group.mgmt.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = var.admin_cidr
}

resource "alicloud_security_group_rule" "rdp_vendor" {
  security_group_id = alicloud_security_group.mgmt.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "3389/3389"
  cidr_ip           = var.vendor_cidr
  description       = "Vendor remote desktop"
}

resource "alicloud_bastionhost_instance" "ops" {
  description          = "gov-portal-ops-bastion"
  license_code         = "bhah_ent_50_asset"
  plan_code            = "cloudbastion"
  storage              = "5"
  bandwidth            = "10"
  period               = 1
  vswitch_id           = var.vswitch_id
  security_group_ids   = [alicloud_security_group.mgmt.id]
  enable_public_access = false
  tags                 = { "data-classification" = "internal" }
}

resource "alicloud_bastionhost_instance" "vendor" {
  description          = "gov-portal-vendor-bastion"
  license_code         = "bhah_ent_50_asset"
  plan_code            = "cloudbastion"
  storage              = "5"
  bandwidth            = "10"
  period               = 1
  vswitch_id           = var.vswitch_id
  security_group_ids   = [alicloud_security_group.mgmt.id]
  enable_public_access = true
  public_white_list    = [var.vendor_cidr]
  tags                 = { "data-classification" = "internal" }
}

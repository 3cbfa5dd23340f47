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

# The rules come out of locals: SSH from the office range (fine) and from a vendor "anywhere"
# (A19.1 and A19.2), next to HTTPS from the internet (fine).
locals {
  ssh_sources = zipmap(["office", "vendor"], ["10.8.0.0/16", "0.0.0.0/0"])
  ssh_rules   = { for name, cidr in local.ssh_sources : name => { port_range = "22/22", cidr_ip = cidr } }
  rules       = merge(local.ssh_rules, { https = { port_range = "443/443", cidr_ip = "0.0.0.0/0" } })
}

resource "alicloud_security_group_rule" "rule" {
  for_each          = local.rules
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = each.value.port_range
  cidr_ip           = each.value.cidr_ip
  description       = "${each.key} access"
}

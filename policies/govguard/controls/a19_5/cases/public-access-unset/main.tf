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

resource "alicloud_security_group" "bastion" {
  security_group_name = "gov-portal-bastion"
  description         = "Bastion host"
  vpc_id              = "vpc-bp1gov0portal0app0001"
  tags                = { "data-classification" = "internal" }
}

resource "alicloud_bastionhost_instance" "ops" {
  description        = "gov-portal-ops-bastion"
  license_code       = "bhah_ent_50_asset"
  plan_code          = "cloudbastion"
  storage            = "5"
  bandwidth          = "10"
  period             = 1
  vswitch_id         = "vsw-bp1gov0portal0mgmt001"
  security_group_ids = [alicloud_security_group.bastion.id]
  tags               = { "data-classification" = "internal" }
}

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

resource "alicloud_vpc" "data" {
  vpc_name   = "portal-data-vpc"
  cidr_block = "10.20.0.0/16"
}

resource "alicloud_vswitch" "data_h" {
  vpc_id       = alicloud_vpc.data.id
  cidr_block   = "10.20.1.0/24"
  zone_id      = "cn-hangzhou-h"
  vswitch_name = "portal-data-h"
}

resource "alicloud_vswitch" "data_i" {
  vpc_id       = alicloud_vpc.data.id
  cidr_block   = "10.20.2.0/24"
  zone_id      = "cn-hangzhou-i"
  vswitch_name = "portal-data-i"
}

# Multi-zone, but no alicloud_db_backup_policy anywhere for it.
resource "alicloud_db_instance" "feedback" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-feedback"
  category         = "HighAvailability"
  zone_id          = "cn-hangzhou-h"
  zone_id_slave_a  = "cn-hangzhou-i"
  vswitch_id       = "${alicloud_vswitch.data_h.id},${alicloud_vswitch.data_i.id}"
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "sensitive"
  }
}

# Compliant neighbour: its backup policy is the only one in the stack and points at it, not at feedback.
resource "alicloud_db_instance" "notices" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-notices"
  category         = "HighAvailability"
  zone_id          = "cn-hangzhou-h"
  zone_id_slave_a  = "cn-hangzhou-i"
  vswitch_id       = "${alicloud_vswitch.data_h.id},${alicloud_vswitch.data_i.id}"
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "public"
  }
}

resource "alicloud_db_backup_policy" "notices" {
  instance_id             = alicloud_db_instance.notices.id
  backup_retention_period = 14
}

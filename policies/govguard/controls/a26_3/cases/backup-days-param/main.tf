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

locals {
  multi_zone_vswitches = "${alicloud_vswitch.data_h.id},${alicloud_vswitch.data_i.id}"
}

resource "alicloud_db_instance" "monthly" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-monthly"
  category         = "HighAvailability"
  zone_id          = "cn-hangzhou-h"
  zone_id_slave_a  = "cn-hangzhou-i"
  vswitch_id       = local.multi_zone_vswitches
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "sensitive"
  }
}

resource "alicloud_db_backup_policy" "monthly" {
  instance_id             = alicloud_db_instance.monthly.id
  backup_retention_period = 30
}

resource "alicloud_db_instance" "fortnightly" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-fortnightly"
  category         = "HighAvailability"
  zone_id          = "cn-hangzhou-h"
  zone_id_slave_a  = "cn-hangzhou-i"
  vswitch_id       = local.multi_zone_vswitches
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "sensitive"
  }
}

resource "alicloud_db_backup_policy" "fortnightly" {
  instance_id             = alicloud_db_instance.fortnightly.id
  backup_retention_period = 14
}

# Retention left at the provider default (7 days).
resource "alicloud_db_instance" "weekly" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-weekly"
  category         = "HighAvailability"
  zone_id          = "cn-hangzhou-h"
  zone_id_slave_a  = "cn-hangzhou-i"
  vswitch_id       = local.multi_zone_vswitches
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_db_backup_policy" "weekly" {
  instance_id = alicloud_db_instance.weekly.id
}

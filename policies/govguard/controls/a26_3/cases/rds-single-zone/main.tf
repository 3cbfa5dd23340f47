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

# Basic edition: no standby node at all.
resource "alicloud_db_instance" "basic" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.1"
  instance_storage = 50
  instance_name    = "portal-basic"
  category         = "Basic"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_db_backup_policy" "basic" {
  instance_id             = alicloud_db_instance.basic.id
  backup_retention_period = 7
}

# High availability, but the standby is in the same zone.
resource "alicloud_db_instance" "same_zone" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-same-zone"
  category         = "HighAvailability"
  zone_id          = "cn-hangzhou-h"
  zone_id_slave_a  = "cn-hangzhou-h"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_db_backup_policy" "same_zone" {
  instance_id             = alicloud_db_instance.same_zone.id
  backup_retention_period = 7
}

# zone_id_slave_a left out: Optional+Computed, unknown (the service places the standby, usually in the same zone).
resource "alicloud_db_instance" "no_standby_zone" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-no-standby-zone"
  category         = "HighAvailability"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_db_backup_policy" "no_standby_zone" {
  instance_id             = alicloud_db_instance.no_standby_zone.id
  backup_retention_period = 7
}

# category left out: Optional+Computed, unknown; cannot be shown not to be Basic.
resource "alicloud_db_instance" "no_category" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-no-category"
  zone_id          = "cn-hangzhou-h"
  zone_id_slave_a  = "cn-hangzhou-i"
  vswitch_id       = "${alicloud_vswitch.data_h.id},${alicloud_vswitch.data_i.id}"
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_db_backup_policy" "no_category" {
  instance_id             = alicloud_db_instance.no_category.id
  backup_retention_period = 7
}

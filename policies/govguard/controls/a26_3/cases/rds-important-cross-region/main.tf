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

# Important data without any cross-region backup copy.
resource "alicloud_db_instance" "citizen" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 200
  instance_name    = "portal-citizen"
  category         = "HighAvailability"
  zone_id          = "cn-hangzhou-h"
  zone_id_slave_a  = "cn-hangzhou-i"
  vswitch_id       = local.multi_zone_vswitches
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "important"
  }
}

resource "alicloud_db_backup_policy" "citizen" {
  instance_id             = alicloud_db_instance.citizen.id
  backup_retention_period = 30
}

# Core data whose "cross-region" copy stays in the instance's own region.
resource "alicloud_db_instance" "tax" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 200
  instance_name    = "portal-tax"
  category         = "HighAvailability"
  zone_id          = "cn-hangzhou-h"
  zone_id_slave_a  = "cn-hangzhou-i"
  vswitch_id       = local.multi_zone_vswitches
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "core"
  }
}

resource "alicloud_db_backup_policy" "tax" {
  instance_id             = alicloud_db_instance.tax.id
  backup_retention_period = 30
}

resource "alicloud_rds_instance_cross_backup_policy" "tax" {
  instance_id         = alicloud_db_instance.tax.id
  cross_backup_region = "cn-hangzhou"
  log_backup_enabled  = "Enable"
}

# Important data copied to Hong Kong: not an allowed (mainland) region.
resource "alicloud_db_instance" "permits" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 200
  instance_name    = "portal-permits"
  category         = "HighAvailability"
  zone_id          = "cn-hangzhou-h"
  zone_id_slave_a  = "cn-hangzhou-i"
  vswitch_id       = local.multi_zone_vswitches
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "important"
  }
}

resource "alicloud_db_backup_policy" "permits" {
  instance_id             = alicloud_db_instance.permits.id
  backup_retention_period = 30
}

resource "alicloud_rds_instance_cross_backup_policy" "permits" {
  instance_id         = alicloud_db_instance.permits.id
  cross_backup_region = "cn-hongkong"
  log_backup_enabled  = "Enable"
}

# Compliant neighbour: important data copied to Beijing.
resource "alicloud_db_instance" "licences" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 200
  instance_name    = "portal-licences"
  category         = "HighAvailability"
  zone_id          = "cn-hangzhou-h"
  zone_id_slave_a  = "cn-hangzhou-i"
  vswitch_id       = local.multi_zone_vswitches
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "important"
  }
}

resource "alicloud_db_backup_policy" "licences" {
  instance_id             = alicloud_db_instance.licences.id
  backup_retention_period = 30
}

resource "alicloud_rds_instance_cross_backup_policy" "licences" {
  instance_id         = alicloud_db_instance.licences.id
  cross_backup_region = "cn-beijing"
  log_backup_enabled  = "Enable"
}

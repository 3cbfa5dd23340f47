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

resource "alicloud_db_instance" "default_period" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "gov-portal-default_period"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  security_ips     = ["10.10.0.0/16"]
  tags             = { "data-classification" = "sensitive" }

  sql_collector_status = "Enabled"
}

resource "alicloud_db_instance" "half_year" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "gov-portal-half_year"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  security_ips     = ["10.10.0.0/16"]
  tags             = { "data-classification" = "sensitive" }

  sql_collector_status       = "Enabled"
  sql_collector_config_value = 180
}

resource "alicloud_db_instance" "five_years" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "gov-portal-five_years"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  security_ips     = ["10.10.0.0/16"]
  tags             = { "data-classification" = "sensitive" }

  sql_collector_status       = "Enabled"
  sql_collector_config_value = 1825
}

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

resource "alicloud_db_instance" "disabled" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "gov-portal-disabled"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  security_ips     = ["10.10.0.0/16"]
  tags             = { "data-classification" = "sensitive" }

  sql_collector_status       = "Disabled"
  sql_collector_config_value = 365
}

resource "alicloud_db_instance" "unset" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "gov-portal-unset"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  security_ips     = ["10.10.0.0/16"]
  tags             = { "data-classification" = "sensitive" }

  # sql_collector_status left out: Optional + Computed, unknown in the plan.
  sql_collector_config_value = 365
}

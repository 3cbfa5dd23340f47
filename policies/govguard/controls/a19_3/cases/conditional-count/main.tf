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

# Off by default; no database is created for debugging.
variable "debug_database" {
  type    = bool
  default = false
}

# terraform.tfvars switches the session cache on.
variable "session_cache" {
  type    = bool
  default = false
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

# Open to the world, but never created: count is 0.
resource "alicloud_db_instance" "debug" {
  count            = var.debug_database ? 1 : 0
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-debug"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = ["0.0.0.0/0"]
  tags = {
    "data-classification" = "sensitive"
  }
}

# Created (count 1) with a closed allow-list.
resource "alicloud_db_instance" "portal" {
  count            = var.debug_database ? 0 : 1
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-rds"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "sensitive"
  }
}

# Created (count 1, from terraform.tfvars) and open to the world.
resource "alicloud_kvstore_instance" "sessions" {
  count            = var.session_cache ? 1 : 0
  db_instance_name = "portal-sessions"
  instance_class   = "redis.master.small.default"
  engine_version   = "7.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = ["0.0.0.0/0"]
  tags = {
    "data-classification" = "internal"
  }
}

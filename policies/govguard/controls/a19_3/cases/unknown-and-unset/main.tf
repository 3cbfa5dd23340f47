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

variable "app_cidrs" {
  type    = list(string)
  default = ["10.20.1.0/24", "10.20.2.0/24"]
}

resource "alicloud_eip_address" "office_gw" {
  address_name         = "office-gateway"
  isp                  = "BGP"
  internet_charge_type = "PayByTraffic"
  payment_type         = "PayAsYouGo"
}

# Entry only known after apply (an EIP's address): cannot be verified, fails closed.
resource "alicloud_db_instance" "portal" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-rds"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = ["10.20.0.0/16", alicloud_eip_address.office_gw.ip_address]
  tags = {
    "data-classification" = "sensitive"
  }
}

# security_ip_list left out: Optional+Computed, unknown at plan time, fails closed.
resource "alicloud_mongodb_instance" "documents" {
  engine_version      = "6.0"
  db_instance_class   = "mdb.shard.2x.xlarge.d"
  db_instance_storage = 20
  vswitch_id          = alicloud_vswitch.data_h.id
  name                = "portal-documents"
  tags = {
    "data-classification" = "internal"
  }
}

# Entries from a variable with a default: resolved, private, compliant.
resource "alicloud_kvstore_instance" "sessions" {
  db_instance_name = "portal-sessions"
  instance_class   = "redis.master.small.default"
  engine_version   = "7.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = var.app_cidrs
  tags = {
    "data-classification" = "internal"
  }
}

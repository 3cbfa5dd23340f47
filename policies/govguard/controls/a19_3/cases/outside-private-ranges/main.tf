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

# Carrier-grade NAT range: not a private range of the default network.internal_cidrs.
resource "alicloud_db_instance" "portal" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-rds"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = ["10.20.0.0/16", "100.64.0.0/10"]
  tags = {
    "data-classification" = "sensitive"
  }
}

# A single public address (a vendor's office).
resource "alicloud_db_readonly_instance" "portal_ro" {
  master_db_instance_id = alicloud_db_instance.portal.id
  engine_version        = "8.0"
  instance_type         = "mysqlro.n2.medium.1c"
  instance_storage      = 100
  instance_name         = "portal-rds-ro"
  vswitch_id            = alicloud_vswitch.data_h.id
  zone_id               = "cn-hangzhou-h"
  security_ips          = ["203.0.113.10"]
  tags = {
    "data-classification" = "sensitive"
  }
}

# 10.0.0.0/7 starts inside 10.0.0.0/8 but also covers 11.0.0.0/8.
resource "alicloud_kvstore_instance" "sessions" {
  db_instance_name = "portal-sessions"
  instance_class   = "redis.master.small.default"
  engine_version   = "7.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = ["10.0.0.0/7"]
  tags = {
    "data-classification" = "internal"
  }
}

# The top-level security_ips form of PolarDB (instead of db_cluster_ip_array) with a public range.
resource "alicloud_polardb_cluster" "cases" {
  db_type       = "MySQL"
  db_version    = "8.0"
  db_node_class = "polar.mysql.x4.large"
  pay_type      = "PostPaid"
  vswitch_id    = alicloud_vswitch.data_h.id
  description   = "portal-cases"
  security_ips  = ["47.96.0.0/16"]
  tags = {
    "data-classification" = "sensitive"
  }
}

# Compliant neighbour: exactly a default private range.
resource "alicloud_mongodb_instance" "documents" {
  engine_version      = "6.0"
  db_instance_class   = "mdb.shard.2x.xlarge.d"
  db_instance_storage = 20
  vswitch_id          = alicloud_vswitch.data_h.id
  name                = "portal-documents"
  security_ip_list    = ["192.168.0.0/16"]
  tags = {
    "data-classification" = "internal"
  }
}

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

resource "alicloud_polardb_cluster" "cases" {
  db_type       = "MySQL"
  db_version    = "8.0"
  db_node_class = "polar.mysql.x4.large"
  pay_type      = "PostPaid"
  vswitch_id    = alicloud_vswitch.data_h.id
  description   = "portal-cases"
  db_cluster_ip_array {
    db_cluster_ip_array_name = "default"
    security_ips             = ["10.20.0.0/16"]
  }
  tags = {
    "data-classification" = "sensitive"
  }
}

resource "alicloud_polardb_endpoint" "cases_app" {
  db_cluster_id = alicloud_polardb_cluster.cases.id
  endpoint_type = "Custom"
  ssl_enabled   = "Enable"
}

# net_type left out: the provider default is Public.
resource "alicloud_polardb_endpoint_address" "cases_vendor" {
  db_cluster_id     = alicloud_polardb_cluster.cases.id
  db_endpoint_id    = alicloud_polardb_endpoint.cases_app.db_endpoint_id
  connection_prefix = "gov-cases-vendor"
}

resource "alicloud_db_instance" "reporting" {
  engine           = "PostgreSQL"
  engine_version   = "15.0"
  instance_type    = "pg.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-reporting"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "internal"
  }
}

# No prefix given: still an internet connection string.
resource "alicloud_db_connection" "reporting_public" {
  instance_id = alicloud_db_instance.reporting.id
}

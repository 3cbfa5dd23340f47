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

resource "alicloud_db_instance" "portal" {
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

# Allocates an internet connection string for the RDS instance.
resource "alicloud_db_connection" "portal_public" {
  instance_id       = alicloud_db_instance.portal.id
  connection_prefix = "gov-portal-pub"
  port              = "3306"
}

resource "alicloud_kvstore_instance" "sessions" {
  db_instance_name = "portal-sessions"
  instance_class   = "redis.master.small.default"
  engine_version   = "7.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "internal"
  }
}

# Allocates an internet endpoint for Redis.
resource "alicloud_kvstore_connection" "sessions_public" {
  instance_id              = alicloud_kvstore_instance.sessions.id
  connection_string_prefix = "gov-sessions-pub"
  port                     = "6379"
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

resource "alicloud_polardb_endpoint_address" "cases_public" {
  db_cluster_id     = alicloud_polardb_cluster.cases.id
  db_endpoint_id    = alicloud_polardb_endpoint.cases_app.db_endpoint_id
  connection_prefix = "gov-cases-pub"
  net_type          = "Public"
}

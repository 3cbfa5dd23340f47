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

resource "alicloud_db_instance" "main" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "gov-portal-main"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  security_ips     = ["10.10.0.0/16"]
  tags             = { "data-classification" = "sensitive" }

  sql_collector_status       = "Enabled"
  sql_collector_config_value = 365
}

resource "alicloud_polardb_cluster" "orders" {
  db_type          = "MySQL"
  db_version       = "8.0"
  db_node_class    = "polar.mysql.x4.large"
  pay_type         = "PostPaid"
  description      = "gov-portal-orders"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  tags             = { "data-classification" = "sensitive" }
  collector_status = "Enable"
}

resource "alicloud_kvstore_instance" "session" {
  db_instance_name = "gov-portal-session"
  instance_type    = "Redis"
  instance_class   = "redis.master.small.default"
  engine_version   = "5.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  security_ips     = ["10.10.0.0/16"]
  tags             = { "data-classification" = "internal" }
}

resource "alicloud_kvstore_audit_log_config" "session" {
  instance_id = alicloud_kvstore_instance.session.id
  db_audit    = true
  retention   = 365
}

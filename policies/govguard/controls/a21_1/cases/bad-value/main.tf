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

# The classification key is present but its value is not in the allowed list.

resource "alicloud_db_instance" "cases" {
  engine                   = "MySQL"
  engine_version           = "8.0"
  instance_type            = "mysql.n2.medium.2c"
  instance_storage         = 100
  db_instance_storage_type = "cloud_essd"
  vswitch_id               = "vsw-bp1portal0000000001"
  tags = {
    "data-classification" = "confidential"
  }
}

resource "alicloud_log_project" "audit" {
  project_name = "gov-portal-audit"
  tags = {
    "data-classification" = "L3"
  }
}

# Tag values are case-sensitive: "Important" is not the allowed value "important".
resource "alicloud_kvstore_instance" "sessions" {
  db_instance_name = "gov-portal-sessions"
  instance_class   = "redis.master.small.default"
  engine_version   = "7.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portal0000000001"
  tags = {
    "data-classification" = "Important"
  }
}

# A near-miss key: "data_classification" (underscore) is not the configured key.
resource "alicloud_polardb_cluster" "registry" {
  db_type       = "MySQL"
  db_version    = "8.0"
  db_node_class = "polar.mysql.x4.large"
  pay_type      = "PostPaid"
  vswitch_id    = "vsw-bp1portal0000000001"
  tags = {
    "data_classification" = "important"
  }
}

# Allowed value: no finding.
resource "alicloud_mongodb_instance" "forms" {
  engine_version      = "6.0"
  db_instance_class   = "dds.mongo.mid"
  db_instance_storage = 20
  vswitch_id          = "vsw-bp1portal0000000001"
  tags = {
    "data-classification" = "sensitive"
  }
}

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

# Important data: hot standby cluster, backups copied to Shanghai.
resource "alicloud_polardb_cluster" "cases" {
  db_type             = "MySQL"
  db_version          = "8.0"
  db_node_class       = "polar.mysql.x4.large"
  pay_type            = "PostPaid"
  vswitch_id          = alicloud_vswitch.data_h.id
  zone_id             = "cn-hangzhou-h"
  hot_standby_cluster = "ON"
  description         = "portal-cases"
  db_cluster_ip_array {
    db_cluster_ip_array_name = "default"
    security_ips             = ["10.20.0.0/16"]
  }
  tags = {
    "data-classification" = "important"
  }
}

resource "alicloud_polardb_backup_policy" "cases" {
  db_cluster_id                                      = alicloud_polardb_cluster.cases.id
  data_level1_backup_retention_period                = 7
  data_level2_backup_retention_period                = 30
  data_level2_backup_another_region_region           = "cn-shanghai"
  data_level2_backup_another_region_retention_period = 30
  log_backup_another_region_region                   = "cn-shanghai"
  log_backup_another_region_retention_period         = 30
}

# Sensitive (not important) data: standby zone chosen explicitly, backup policy kept local.
resource "alicloud_polardb_cluster" "archive" {
  db_type       = "MySQL"
  db_version    = "8.0"
  db_node_class = "polar.mysql.x4.large"
  pay_type      = "PostPaid"
  vswitch_id    = alicloud_vswitch.data_h.id
  zone_id       = "cn-hangzhou-h"
  standby_az    = "cn-hangzhou-i"
  description   = "portal-archive"
  db_cluster_ip_array {
    db_cluster_ip_array_name = "default"
    security_ips             = ["10.20.0.0/16"]
  }
  tags = {
    "data-classification" = "sensitive"
  }
}

resource "alicloud_polardb_backup_policy" "archive" {
  db_cluster_id                       = alicloud_polardb_cluster.archive.id
  data_level1_backup_retention_period = 7
}

# Hot standby explicitly off and no standby zone.
resource "alicloud_polardb_cluster" "analytics" {
  db_type             = "MySQL"
  db_version          = "8.0"
  db_node_class       = "polar.mysql.x4.large"
  pay_type            = "PostPaid"
  vswitch_id          = alicloud_vswitch.data_h.id
  zone_id             = "cn-hangzhou-h"
  hot_standby_cluster = "OFF"
  description         = "portal-analytics"
  db_cluster_ip_array {
    db_cluster_ip_array_name = "default"
    security_ips             = ["10.20.0.0/16"]
  }
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_polardb_backup_policy" "analytics" {
  db_cluster_id                       = alicloud_polardb_cluster.analytics.id
  data_level1_backup_retention_period = 7
}

# Neither hot_standby_cluster nor standby_az set: both Optional+Computed, unknown, fails closed.
resource "alicloud_polardb_cluster" "scratch" {
  db_type       = "MySQL"
  db_version    = "8.0"
  db_node_class = "polar.mysql.x4.large"
  pay_type      = "PostPaid"
  vswitch_id    = alicloud_vswitch.data_h.id
  zone_id       = "cn-hangzhou-h"
  description   = "portal-scratch"
  db_cluster_ip_array {
    db_cluster_ip_array_name = "default"
    security_ips             = ["10.20.0.0/16"]
  }
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_polardb_backup_policy" "scratch" {
  db_cluster_id                       = alicloud_polardb_cluster.scratch.id
  data_level1_backup_retention_period = 7
}

# Important data, hot standby on, but its backup policy keeps everything in cn-hangzhou.
resource "alicloud_polardb_cluster" "registry" {
  db_type             = "MySQL"
  db_version          = "8.0"
  db_node_class       = "polar.mysql.x4.large"
  pay_type            = "PostPaid"
  vswitch_id          = alicloud_vswitch.data_h.id
  zone_id             = "cn-hangzhou-h"
  hot_standby_cluster = "ON"
  description         = "portal-registry"
  db_cluster_ip_array {
    db_cluster_ip_array_name = "default"
    security_ips             = ["10.20.0.0/16"]
  }
  tags = {
    "data-classification" = "important"
  }
}

resource "alicloud_polardb_backup_policy" "registry" {
  db_cluster_id                       = alicloud_polardb_cluster.registry.id
  data_level1_backup_retention_period = 14
  data_level2_backup_retention_period = 365
}

# Core data, hot standby on, no backup policy at all.
resource "alicloud_polardb_cluster" "ledger" {
  db_type             = "MySQL"
  db_version          = "8.0"
  db_node_class       = "polar.mysql.x4.large"
  pay_type            = "PostPaid"
  vswitch_id          = alicloud_vswitch.data_h.id
  zone_id             = "cn-hangzhou-h"
  hot_standby_cluster = "ON"
  description         = "portal-ledger"
  db_cluster_ip_array {
    db_cluster_ip_array_name = "default"
    security_ips             = ["10.20.0.0/16"]
  }
  tags = {
    "data-classification" = "core"
  }
}

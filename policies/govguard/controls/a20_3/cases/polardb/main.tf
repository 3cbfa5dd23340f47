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

resource "alicloud_polardb_cluster" "unset" {
  db_type       = "MySQL"
  db_version    = "8.0"
  db_node_class = "polar.mysql.x4.large"
  pay_type      = "PostPaid"
  description   = "gov-portal-unset"
  zone_id       = "cn-hangzhou-h"
  vswitch_id    = "vsw-bp1portaldb0001"
  tags          = { "data-classification" = "sensitive" }
  # collector_status left out: Optional + Computed.
}

resource "alicloud_polardb_cluster" "disabled" {
  db_type          = "MySQL"
  db_version       = "8.0"
  db_node_class    = "polar.mysql.x4.large"
  pay_type         = "PostPaid"
  description      = "gov-portal-disabled"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  tags             = { "data-classification" = "sensitive" }
  collector_status = "Disabled"
}

resource "alicloud_polardb_cluster" "enabled" {
  db_type          = "MySQL"
  db_version       = "8.0"
  db_node_class    = "polar.mysql.x4.large"
  pay_type         = "PostPaid"
  description      = "gov-portal-enabled"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = "vsw-bp1portaldb0001"
  tags             = { "data-classification" = "sensitive" }
  collector_status = "Enable"
}

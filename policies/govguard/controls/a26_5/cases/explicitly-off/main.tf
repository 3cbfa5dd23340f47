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

variable "allow_bucket_teardown" {
  type    = bool
  default = true
}

resource "alicloud_db_instance" "portal" {
  engine              = "MySQL"
  engine_version      = "8.0"
  instance_type       = "mysql.n2.medium.2c"
  instance_storage    = 100
  instance_name       = "portal-rds"
  vswitch_id          = alicloud_vswitch.data_h.id
  security_ips        = ["10.20.0.0/16"]
  deletion_protection = false
  tags = {
    "data-classification" = "sensitive"
  }
}

resource "alicloud_polardb_cluster" "cases" {
  db_type       = "MySQL"
  db_version    = "8.0"
  db_node_class = "polar.mysql.x4.large"
  pay_type      = "PostPaid"
  vswitch_id    = alicloud_vswitch.data_h.id
  description   = "portal-cases"
  deletion_lock = 0
  db_cluster_ip_array {
    db_cluster_ip_array_name = "default"
    security_ips             = ["10.20.0.0/16"]
  }
  tags = {
    "data-classification" = "sensitive"
  }
}

resource "alicloud_kms_key" "portal" {
  description            = "portal data key"
  key_spec               = "Aliyun_SM4"
  automatic_rotation     = "Enabled"
  rotation_interval      = "365d"
  pending_window_in_days = 7
  deletion_protection    = "Disabled"
  tags = {
    "data-classification" = "sensitive"
  }
}

# force_destroy from a variable whose default is true.
resource "alicloud_oss_bucket" "exports" {
  bucket          = "gov-portal-exports"
  redundancy_type = "ZRS"
  force_destroy   = var.allow_bucket_teardown
  tags = {
    "data-classification" = "internal"
  }
}

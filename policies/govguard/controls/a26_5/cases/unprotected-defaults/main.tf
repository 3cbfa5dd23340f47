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

# deletion_protection left out: default false.
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

# deletion_lock left out: no lock.
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

# deletion_protection left out: Optional+Computed, unknown (service default Disabled).
resource "alicloud_kms_key" "portal" {
  description            = "portal data key"
  key_spec               = "Aliyun_SM4"
  automatic_rotation     = "Enabled"
  rotation_interval      = "365d"
  pending_window_in_days = 30
  tags = {
    "data-classification" = "sensitive"
  }
}

# A data bucket that Terraform may empty and delete.
resource "alicloud_oss_bucket" "uploads" {
  bucket          = "gov-portal-uploads"
  redundancy_type = "ZRS"
  force_destroy   = true
  tags = {
    "data-classification" = "sensitive"
  }
}

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

# Inside network.internal_cidrs (10.20.0.0/16) and admin.allowed_cidrs (203.0.113.0/24): compliant.
resource "alicloud_db_instance" "portal" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-rds"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = ["10.20.1.0/24", "203.0.113.8"]
  tags = {
    "data-classification" = "sensitive"
  }
}

# Private, but outside the configured internal range.
resource "alicloud_kvstore_instance" "sessions" {
  db_instance_name = "portal-sessions"
  instance_class   = "redis.master.small.default"
  engine_version   = "7.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = alicloud_vswitch.data_h.id
  security_ips     = ["10.30.0.0/16"]
  tags = {
    "data-classification" = "internal"
  }
}

# Private (would pass with the defaults), but outside both configured lists.
resource "alicloud_mongodb_instance" "documents" {
  engine_version      = "6.0"
  db_instance_class   = "mdb.shard.2x.xlarge.d"
  db_instance_storage = 20
  vswitch_id          = alicloud_vswitch.data_h.id
  name                = "portal-documents"
  security_ip_list    = ["192.168.1.0/24"]
  tags = {
    "data-classification" = "internal"
  }
}

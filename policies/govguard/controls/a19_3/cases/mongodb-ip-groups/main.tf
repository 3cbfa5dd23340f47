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

# Every group inside the internal and admin ranges.
resource "alicloud_mongodb_instance" "documents" {
  engine_version      = "6.0"
  db_instance_class   = "mdb.shard.2x.xlarge.d"
  db_instance_storage = 20
  vswitch_id          = alicloud_vswitch.data_h.id
  name                = "portal-documents"
  security_ip_list    = ["10.20.0.0/16"]
  ssl_action          = "Open"
  security_ip_groups {
    security_ip_group_name = "app"
    security_ip_list       = "10.20.1.0/24,10.20.2.0/24"
  }
  security_ip_groups {
    security_ip_group_name = "ops"
    security_ip_list       = "192.168.10.0/24"
  }
  tags = {
    "data-classification" = "internal"
  }
}

# The default list is closed, but a second group lets a vendor's public range in.
resource "alicloud_mongodb_instance" "attachments" {
  engine_version      = "6.0"
  db_instance_class   = "mdb.shard.2x.xlarge.d"
  db_instance_storage = 20
  vswitch_id          = alicloud_vswitch.data_h.id
  name                = "portal-attachments"
  security_ip_list    = ["10.20.0.0/16"]
  ssl_action          = "Open"
  security_ip_groups {
    security_ip_group_name = "app"
    security_ip_list       = "10.20.0.0/16"
  }
  security_ip_groups {
    security_ip_group_name = "vendor"
    security_ip_list       = "10.30.0.0/16,203.0.113.0/24"
  }
  tags = {
    "data-classification" = "internal"
  }
}

locals {
  archive_groups = {
    app     = "10.20.0.0/16"
    partner = "0.0.0.0/0"
  }
}

# Groups from a dynamic block: the plan expands them (one is open to the world).
resource "alicloud_mongodb_instance" "archive" {
  engine_version      = "6.0"
  db_instance_class   = "mdb.shard.2x.xlarge.d"
  db_instance_storage = 20
  vswitch_id          = alicloud_vswitch.data_h.id
  name                = "portal-archive"
  security_ip_list    = ["10.20.0.0/16"]
  ssl_action          = "Open"
  dynamic "security_ip_groups" {
    for_each = local.archive_groups
    content {
      security_ip_group_name = security_ip_groups.key
      security_ip_list       = security_ip_groups.value
    }
  }
  tags = {
    "data-classification" = "internal"
  }
}

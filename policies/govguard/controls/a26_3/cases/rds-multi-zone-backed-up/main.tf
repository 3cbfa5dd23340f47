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

# Important data: two zones, 30-day backups, cross-region backup copy in Shanghai.
resource "alicloud_db_instance" "citizen" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 200
  instance_name    = "portal-citizen"
  category         = "HighAvailability"
  zone_id          = "cn-hangzhou-h"
  zone_id_slave_a  = "cn-hangzhou-i"
  vswitch_id       = "${alicloud_vswitch.data_h.id},${alicloud_vswitch.data_i.id}"
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "important"
  }
}

resource "alicloud_db_backup_policy" "citizen" {
  instance_id                 = alicloud_db_instance.citizen.id
  preferred_backup_period     = ["Monday", "Wednesday", "Friday"]
  preferred_backup_time       = "18:00Z-19:00Z"
  backup_retention_period     = 30
  enable_backup_log           = true
  log_backup_retention_period = 30
}

resource "alicloud_rds_instance_cross_backup_policy" "citizen" {
  instance_id         = alicloud_db_instance.citizen.id
  cross_backup_region = "cn-shanghai"
  log_backup_enabled  = "Enable"
  retention           = 30
}

# Internal data: two zones, backup policy with the provider's default retention (7 days); no cross-region copy needed.
resource "alicloud_db_instance" "content" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  instance_name    = "portal-content"
  category         = "HighAvailability"
  zone_id          = "cn-hangzhou-h"
  zone_id_slave_a  = "cn-hangzhou-i"
  vswitch_id       = "${alicloud_vswitch.data_h.id},${alicloud_vswitch.data_i.id}"
  security_ips     = ["10.20.0.0/16"]
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_db_backup_policy" "content" {
  instance_id             = alicloud_db_instance.content.id
  preferred_backup_period = ["Tuesday", "Saturday"]
  preferred_backup_time   = "18:00Z-19:00Z"
}

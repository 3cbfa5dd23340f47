terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

variable "dr_region" {
  type    = string
  default = "cn-shanghai"
}

provider "alicloud" {
  region = "cn-hangzhou"
}

provider "alicloud" {
  alias  = "dr"
  region = var.dr_region
}

resource "alicloud_oss_bucket" "materials" {
  bucket          = "hz-zwfw-materials"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket" "materials_dr" {
  provider        = alicloud.dr
  bucket          = "hz-zwfw-materials-dr"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_replication" "materials" {
  bucket = alicloud_oss_bucket.materials.bucket
  action = "ALL"
  destination {
    bucket   = alicloud_oss_bucket.materials_dr.bucket
    location = "oss-cn-shanghai"
  }
}

resource "alicloud_db_instance" "applications" {
  engine                   = "MySQL"
  engine_version           = "8.0"
  instance_type            = "mysql.n2.medium.2c"
  instance_storage         = 100
  db_instance_storage_type = "cloud_essd"
  category                 = "HighAvailability"
  zone_id                  = "cn-hangzhou-i"
  zone_id_slave_a          = "cn-hangzhou-j"
  vswitch_id               = "vsw-bp1zwfwdb0i,vsw-bp1zwfwdb0j"
  security_ips             = ["10.20.0.0/16"]
  tags                     = { "data-classification" = "important" }
}

resource "alicloud_rds_instance_cross_backup_policy" "applications" {
  instance_id         = alicloud_db_instance.applications.id
  cross_backup_region = var.dr_region
  log_backup_enabled  = "Enable"
  retention           = 30
}

resource "alicloud_polardb_cluster" "records" {
  db_type       = "MySQL"
  db_version    = "8.0"
  db_node_class = "polar.mysql.x4.large"
  pay_type      = "PostPaid"
  zone_id       = "cn-hangzhou-i"
  vswitch_id    = "vsw-bp1zwfwdb0i"
  tags          = { "data-classification" = "important" }
}

resource "alicloud_polardb_backup_policy" "records" {
  db_cluster_id                                      = alicloud_polardb_cluster.records.id
  data_level2_backup_another_region_region           = "cn-shanghai"
  data_level2_backup_another_region_retention_period = 30
  log_backup_another_region_region                   = "cn-beijing"
  log_backup_another_region_retention_period         = 30
}

resource "alicloud_ecs_auto_snapshot_policy" "daily" {
  auto_snapshot_policy_name       = "hz-zwfw-daily"
  repeat_weekdays                 = ["1", "2", "3", "4", "5", "6", "7"]
  time_points                     = ["2"]
  retention_days                  = 30
  enable_cross_region_copy        = true
  target_copy_regions             = ["cn-beijing"]
  copied_snapshots_retention_days = 30
}

resource "alicloud_hbr_vault" "main" {
  vault_name = "hz-zwfw-vault"
  vault_type = "STANDARD"
  tags       = { "data-classification" = "important" }
}

resource "alicloud_hbr_policy" "ecs" {
  policy_name = "hz-zwfw-ecs"
  policy_type = "UDM_ECS_ONLY"
  rules {
    rule_type   = "BACKUP"
    backup_type = "COMPLETE"
    schedule    = "I|1700000000|P1D"
    retention   = 30
    vault_id    = alicloud_hbr_vault.main.id
  }
  rules {
    rule_type             = "REPLICATION"
    replication_region_id = "cn-shanghai"
    retention             = 30
  }
}

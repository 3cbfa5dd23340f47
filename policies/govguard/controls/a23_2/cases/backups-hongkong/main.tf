terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

provider "alicloud" {
  region = "cn-shenzhen"
}

resource "alicloud_db_instance" "applications" {
  engine                   = "MySQL"
  engine_version           = "8.0"
  instance_type            = "mysql.n2.medium.2c"
  instance_storage         = 100
  db_instance_storage_type = "cloud_essd"
  category                 = "HighAvailability"
  zone_id                  = "cn-shenzhen-e"
  zone_id_slave_a          = "cn-shenzhen-f"
  vswitch_id               = "vsw-wz9zwfwdb0e,vsw-wz9zwfwdb0f"
  security_ips             = ["10.30.0.0/16"]
  tags                     = { "data-classification" = "sensitive" }
}

resource "alicloud_rds_instance_cross_backup_policy" "applications" {
  instance_id         = alicloud_db_instance.applications.id
  cross_backup_region = "cn-hongkong"
  log_backup_enabled  = "Enable"
  retention           = 30
}

resource "alicloud_polardb_cluster" "records" {
  db_type       = "MySQL"
  db_version    = "8.0"
  db_node_class = "polar.mysql.x4.large"
  pay_type      = "PostPaid"
  zone_id       = "cn-shenzhen-e"
  vswitch_id    = "vsw-wz9zwfwdb0e"
  tags          = { "data-classification" = "sensitive" }
}

# Data backups stay in Guangzhou, but log backups go to Hong Kong.
resource "alicloud_polardb_backup_policy" "records" {
  db_cluster_id                                      = alicloud_polardb_cluster.records.id
  data_level2_backup_another_region_region           = "cn-guangzhou"
  data_level2_backup_another_region_retention_period = 30
  log_backup_another_region_region                   = "cn-hongkong"
  log_backup_another_region_retention_period         = 30
}

resource "alicloud_ecs_auto_snapshot_policy" "daily" {
  auto_snapshot_policy_name       = "sz-zwfw-daily"
  repeat_weekdays                 = ["1", "3", "5"]
  time_points                     = ["3"]
  retention_days                  = 14
  enable_cross_region_copy        = true
  target_copy_regions             = ["cn-hongkong"]
  copied_snapshots_retention_days = 14
}

resource "alicloud_hbr_vault" "main" {
  vault_name = "sz-zwfw-vault"
  vault_type = "STANDARD"
  tags       = { "data-classification" = "sensitive" }
}

resource "alicloud_hbr_policy" "ecs" {
  policy_name = "sz-zwfw-ecs"
  policy_type = "UDM_ECS_ONLY"
  rules {
    rule_type   = "BACKUP"
    backup_type = "COMPLETE"
    schedule    = "I|1700000000|P1D"
    retention   = 14
    vault_id    = alicloud_hbr_vault.main.id
  }
  rules {
    rule_type             = "REPLICATION"
    replication_region_id = "cn-guangzhou"
    retention             = 14
  }
  rules {
    rule_type             = "REPLICATION"
    replication_region_id = "ap-southeast-1"
    retention             = 14
  }
}

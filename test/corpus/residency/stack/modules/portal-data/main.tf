# Citizen materials and application records, with their disaster-recovery copies.
terraform {
  required_providers {
    alicloud = {
      source                = "aliyun/alicloud"
      version               = "1.289.0"
      configuration_aliases = [alicloud.dr]
    }
  }
}

variable "name_prefix" {
  type = string
}

resource "alicloud_oss_bucket" "materials" {
  bucket          = "${var.name_prefix}-materials"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket" "materials_dr" {
  provider        = alicloud.dr
  bucket          = "${var.name_prefix}-materials-dr"
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

# Cross-region backups kept next to the liaison office.
resource "alicloud_rds_instance_cross_backup_policy" "applications" {
  instance_id         = alicloud_db_instance.applications.id
  cross_backup_region = "cn-hongkong"
  log_backup_enabled  = "Enable"
  retention           = 30
}

output "materials_bucket" {
  value = alicloud_oss_bucket.materials.bucket
}

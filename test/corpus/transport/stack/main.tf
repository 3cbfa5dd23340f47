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

# Citizen-services portal, production slice: public entry (ALB module + a legacy CLB), object
# storage for uploads and media, and the databases behind the application.

variable "env" {
  type    = string
  default = "prod"
}

variable "app_cidr" {
  type        = string
  description = "Application subnet range allowed into the data tier"
  default     = "10.30.0.0/16"
}

locals {
  zones = ["cn-hangzhou-h", "cn-hangzhou-i"]
}

resource "alicloud_vpc" "portal" {
  vpc_name   = "portal-${var.env}"
  cidr_block = "10.30.0.0/16"
}

resource "alicloud_vswitch" "data" {
  count        = 2
  vpc_id       = alicloud_vpc.portal.id
  cidr_block   = "10.30.${count.index + 1}.0/24"
  zone_id      = local.zones[count.index]
  vswitch_name = "portal-${var.env}-data-${count.index}"
}

# ---------------------------------------------------------------- entry points

module "web" {
  source         = "./modules/web"
  name           = "portal-${var.env}"
  vpc_id         = alicloud_vpc.portal.id
  vswitch_ids    = alicloud_vswitch.data[*].id
  zone_ids       = local.zones
  tls_policy     = "tls_cipher_policy_1_2_strict"
  certificate_id = "1234567-cn-hangzhou"
}

# Legacy CLB still serving the old form-download site.
resource "alicloud_slb_load_balancer" "legacy" {
  load_balancer_name = "portal-${var.env}-legacy"
  address_type       = "internet"
  load_balancer_spec = "slb.s2.small"
  payment_type       = "PayAsYouGo"
}

# No tls_cipher_policy: default tls_cipher_policy_1_0.
resource "alicloud_slb_listener" "legacy_https" {
  load_balancer_id      = alicloud_slb_load_balancer.legacy.id
  frontend_port         = 443
  backend_port          = 8080
  protocol              = "https"
  bandwidth             = -1
  server_certificate_id = "1234567890-cn-hangzhou"
}

resource "alicloud_slb_listener" "legacy_http" {
  load_balancer_id = alicloud_slb_load_balancer.legacy.id
  frontend_port    = 80
  protocol         = "http"
  bandwidth        = -1
  listener_forward = "on"
  forward_port     = 443
  depends_on       = [alicloud_slb_listener.legacy_https]
}

# ---------------------------------------------------------------- object storage

resource "alicloud_oss_bucket" "uploads" {
  bucket          = "gov-portal-prod-uploads"
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "sensitive"
  }
}

resource "alicloud_oss_bucket_policy" "uploads" {
  bucket = alicloud_oss_bucket.uploads.bucket
  policy = <<POLICY
{"Version":"1","Statement":[{"Effect":"Deny","Principal":["*"],"Action":["oss:*"],"Resource":["acs:oss:*:*:gov-portal-prod-uploads","acs:oss:*:*:gov-portal-prod-uploads/*"],"Condition":{"Bool":{"acs:SecureTransport":["false"]}}}]}
POLICY
}

# Public media served through the CDN: no bucket policy at all.
resource "alicloud_oss_bucket" "media" {
  for_each        = toset(["images", "video"])
  bucket          = "gov-portal-prod-${each.key}"
  redundancy_type = "ZRS"
  force_destroy   = false
  tags = {
    "data-classification" = "public"
  }
}

# Nightly exports: HTTPS-only inline policy, but Terraform may empty and delete it.
resource "alicloud_oss_bucket" "exports" {
  bucket          = "gov-portal-prod-exports"
  redundancy_type = "ZRS"
  force_destroy   = true
  tags = {
    "data-classification" = "internal"
  }
  policy = <<POLICY
{"Version":"1","Statement":[{"Effect":"Deny","Principal":["*"],"Action":["oss:*"],"Resource":["acs:oss:*:*:gov-portal-prod-exports","acs:oss:*:*:gov-portal-prod-exports/*"],"Condition":{"Bool":{"acs:SecureTransport":["false"]}}}]}
POLICY
}

resource "alicloud_kms_key" "data" {
  description            = "portal data key"
  key_spec               = "Aliyun_SM4"
  key_usage              = "ENCRYPT/DECRYPT"
  automatic_rotation     = "Enabled"
  rotation_interval      = "365d"
  pending_window_in_days = 30
  deletion_protection    = "Enabled"
  tags = {
    "data-classification" = "important"
  }
}

# ---------------------------------------------------------------- databases

# Citizen records: multi-zone, TLS, protected, backed up locally and to Shanghai...
resource "alicloud_db_instance" "citizen" {
  engine              = "MySQL"
  engine_version      = "8.0"
  instance_type       = "mysql.n2.medium.2c"
  instance_storage    = 200
  instance_name       = "portal-${var.env}-citizen"
  category            = "HighAvailability"
  zone_id             = "cn-hangzhou-h"
  zone_id_slave_a     = "cn-hangzhou-i"
  vswitch_id          = join(",", alicloud_vswitch.data[*].id)
  security_ips        = ["10.30.0.0/16"]
  ssl_action          = "Open"
  deletion_protection = true
  tags = {
    "data-classification" = "important"
  }
}

resource "alicloud_db_backup_policy" "citizen" {
  instance_id             = alicloud_db_instance.citizen.id
  backup_retention_period = 30
}

resource "alicloud_rds_instance_cross_backup_policy" "citizen" {
  instance_id         = alicloud_db_instance.citizen.id
  cross_backup_region = "cn-shanghai"
  log_backup_enabled  = "Enable"
}

# ...but a contractor asked for an internet connection string.
resource "alicloud_db_connection" "citizen_public" {
  instance_id       = alicloud_db_instance.citizen.id
  connection_prefix = "gov-portal-citizen-pub"
}

# Read replicas for the statistics team, opened to the whole internet.
resource "alicloud_db_readonly_instance" "reports" {
  count                 = 2
  master_db_instance_id = alicloud_db_instance.citizen.id
  engine_version        = "8.0"
  instance_type         = "mysqlro.n2.medium.1c"
  instance_storage      = 200
  instance_name         = "portal-${var.env}-reports-${count.index}"
  vswitch_id            = alicloud_vswitch.data[count.index].id
  zone_id               = local.zones[count.index]
  security_ips          = ["10.30.0.0/16", "0.0.0.0/0"]
  tags = {
    "data-classification" = "important"
  }
}

# Feedback forms: single-node Basic edition.
resource "alicloud_db_instance" "feedback" {
  engine              = "MySQL"
  engine_version      = "8.0"
  instance_type       = "mysql.n2.medium.1"
  instance_storage    = 50
  instance_name       = "portal-${var.env}-feedback"
  category            = "Basic"
  zone_id             = "cn-hangzhou-h"
  vswitch_id          = alicloud_vswitch.data[0].id
  security_ips        = [var.app_cidr]
  ssl_action          = "Open"
  deletion_protection = true
  tags = {
    "data-classification" = "internal"
  }
}

resource "alicloud_db_backup_policy" "feedback" {
  instance_id             = alicloud_db_instance.feedback.id
  backup_retention_period = 7
}

# Session cache: allow-list from the variable, but TLS switched off.
resource "alicloud_kvstore_instance" "sessions" {
  db_instance_name            = "portal-${var.env}-sessions"
  instance_class              = "redis.master.small.default"
  engine_version              = "7.0"
  zone_id                     = "cn-hangzhou-h"
  vswitch_id                  = alicloud_vswitch.data[0].id
  security_ips                = [var.app_cidr]
  ssl_enable                  = "Disable"
  instance_release_protection = true
  tags = {
    "data-classification" = "internal"
  }
}

# Case files: hot standby and backups copied to Beijing, but no deletion lock.
resource "alicloud_polardb_cluster" "cases" {
  db_type             = "MySQL"
  db_version          = "8.0"
  db_node_class       = "polar.mysql.x4.large"
  pay_type            = "PostPaid"
  vswitch_id          = alicloud_vswitch.data[0].id
  zone_id             = "cn-hangzhou-h"
  hot_standby_cluster = "ON"
  description         = "portal-${var.env}-cases"
  db_cluster_ip_array {
    db_cluster_ip_array_name = "default"
    security_ips             = [var.app_cidr]
  }
  tags = {
    "data-classification" = "important"
  }
}

resource "alicloud_polardb_backup_policy" "cases" {
  db_cluster_id                                      = alicloud_polardb_cluster.cases.id
  data_level1_backup_retention_period                = 7
  data_level2_backup_retention_period                = 30
  data_level2_backup_another_region_region           = "cn-beijing"
  data_level2_backup_another_region_retention_period = 30
}

resource "alicloud_polardb_endpoint" "cases" {
  db_cluster_id = alicloud_polardb_cluster.cases.id
  endpoint_type = "Custom"
  ssl_enabled   = "Enable"
}

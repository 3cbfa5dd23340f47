# Citizen service portal of a municipal bureau: logging, audit and monitoring slice.
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

variable "account_id" {
  type    = string
  default = "1234567890123456"
}

variable "log_retention_days" {
  type    = number
  default = 365
}

variable "app_buckets" {
  type    = set(string)
  default = ["portal-static", "portal-uploads"]
}

variable "session_cache_count" {
  type    = number
  default = 2
}

# ---------------------------------------------------------------- audit trail (A20.2)
module "audit" {
  source         = "./modules/audit"
  account_id     = var.account_id
  project_name   = "gov-portal-audit"
  trail_name     = "gov-portal-trail"
  retention_days = var.log_retention_days
}

# ---------------------------------------------------------------- operations logs (A20.1)
resource "alicloud_log_project" "ops" {
  project_name = "gov-portal-ops"
  description  = "Access, flow and application logs of the portal"
  tags         = { "data-classification" = "internal" }
}

resource "alicloud_log_store" "flow" {
  project_name     = alicloud_log_project.ops.project_name
  logstore_name    = "vpc-flow"
  retention_period = var.log_retention_days
}

resource "alicloud_log_store" "access" {
  project_name     = alicloud_log_project.ops.project_name
  logstore_name    = "alb-access"
  retention_period = 730
}

# Debug output "only needed for a few weeks": left at the 30-day default.
resource "alicloud_log_store" "debug" {
  project_name  = alicloud_log_project.ops.project_name
  logstore_name = "app-debug"
}

# ---------------------------------------------------------------- networks (A20.8)
module "portal_network" {
  source           = "./modules/network"
  name             = "gov-portal"
  cidr_block       = "10.10.0.0/16"
  flow_log_project = alicloud_log_project.ops.project_name
  flow_log_store   = alicloud_log_store.flow.logstore_name
}

# The management VPC records rejected packets only.
module "mgmt_network" {
  source            = "./modules/network"
  name              = "gov-portal-mgmt"
  cidr_block        = "10.20.0.0/16"
  flow_log_project  = alicloud_log_project.ops.project_name
  flow_log_store    = alicloud_log_store.flow.logstore_name
  flow_traffic_type = "Drop"
}

# ---------------------------------------------------------------- entry points (A20.4, A20.7)
resource "alicloud_alb_load_balancer" "portal" {
  load_balancer_name    = "gov-portal"
  vpc_id                = "vpc-bp1portal000001"
  address_type          = "Internet"
  load_balancer_edition = "Standard"

  load_balancer_billing_config {
    pay_type = "PayAsYouGo"
  }

  zone_mappings {
    zone_id    = "cn-hangzhou-h"
    vswitch_id = "vsw-bp1portalh00001"
  }

  zone_mappings {
    zone_id    = "cn-hangzhou-i"
    vswitch_id = "vsw-bp1portali00001"
  }

  access_log_config {
    log_project = alicloud_log_project.ops.project_name
    log_store   = alicloud_log_store.access.logstore_name
  }
}

# Legacy CLB of the old appointment system; its access logs come through the log audit.
resource "alicloud_slb_load_balancer" "legacy" {
  load_balancer_name = "gov-appointments"
  address_type       = "intranet"
  vswitch_id         = module.portal_network.vswitch_id
  load_balancer_spec = "slb.s2.small"
}

resource "alicloud_log_audit" "central" {
  display_name = "gov-portal-audit"
  aliuid       = var.account_id
  variable_map = {
    "actiontrail_enabled" = "true"
    "actiontrail_ttl"     = "365"
    "slb_access_enabled"  = "true"
    "slb_access_ttl"      = "365"
    # slb_sync_ttl left at the central default of 180 days.
  }
}

resource "alicloud_cdn_domain_new" "static" {
  domain_name = "static.portal.gov.cn"
  cdn_type    = "web"
  scope       = "domestic"

  sources {
    type     = "domain"
    content  = "origin.portal.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }

  tags = { "data-classification" = "public" }
}

# ---------------------------------------------------------------- object storage (A20.4, A20.5, A20.6)
resource "alicloud_oss_bucket" "access_logs" {
  bucket = "gov-portal-access-logs"
  tags   = { "data-classification" = "internal" }

  versioning {
    status = "Enabled"
  }

  logging {
    target_bucket = "gov-portal-access-logs"
    target_prefix = "self/"
  }

  lifecycle_rule {
    id      = "tier-and-expire"
    prefix  = ""
    enabled = true

    transitions {
      days          = 90
      storage_class = "Archive"
    }

    expiration {
      days = 400
    }
  }
}

resource "alicloud_oss_bucket_worm" "access_logs" {
  bucket                   = alicloud_oss_bucket.access_logs.bucket
  retention_period_in_days = 365
  status                   = "Locked"
}

resource "alicloud_oss_bucket" "app" {
  for_each = var.app_buckets

  bucket = "gov-${each.key}"
  tags   = { "data-classification" = "internal" }

  logging {
    target_bucket = alicloud_oss_bucket.access_logs.bucket
    target_prefix = "${each.key}/"
  }
}

resource "alicloud_oss_bucket" "exports" {
  bucket = "gov-portal-exports"
  tags   = { "data-classification" = "sensitive" }

  lifecycle {
    ignore_changes = [logging]
  }
}

resource "alicloud_oss_bucket_logging" "exports" {
  bucket        = alicloud_oss_bucket.exports.bucket
  target_bucket = alicloud_oss_bucket.legacy_logs.bucket
  target_prefix = "exports/"
}

# Inherited from the previous contractor: unversioned, purged after 90 days, no WORM.
resource "alicloud_oss_bucket" "legacy_logs" {
  bucket = "gov-portal-legacy-logs"
  tags   = { "data-classification" = "internal" }

  logging {
    target_bucket = alicloud_oss_bucket.access_logs.bucket
    target_prefix = "legacy-logs/"
  }

  lifecycle_rule {
    id      = "purge"
    prefix  = ""
    enabled = true

    expiration {
      days = 90
    }
  }
}

# ---------------------------------------------------------------- databases (A20.3)
resource "alicloud_db_instance" "portal" {
  engine                     = "MySQL"
  engine_version             = "8.0"
  instance_type              = "mysql.n2.medium.2c"
  instance_storage           = 100
  instance_name              = "gov-portal"
  zone_id                    = "cn-hangzhou-h"
  vswitch_id                 = module.portal_network.vswitch_id
  security_ips               = ["10.10.0.0/16"]
  sql_collector_status       = "Enabled"
  sql_collector_config_value = 365
  tags                       = { "data-classification" = "sensitive" }
}

# SQL collection (collector_status) never switched on.
resource "alicloud_polardb_cluster" "orders" {
  db_type       = "MySQL"
  db_version    = "8.0"
  db_node_class = "polar.mysql.x4.large"
  pay_type      = "PostPaid"
  description   = "gov-portal-orders"
  zone_id       = "cn-hangzhou-h"
  vswitch_id    = module.portal_network.vswitch_id
  tags          = { "data-classification" = "sensitive" }
}

resource "alicloud_kvstore_instance" "session" {
  count = var.session_cache_count

  db_instance_name = "gov-portal-session-${count.index}"
  instance_type    = "Redis"
  instance_class   = "redis.master.small.default"
  engine_version   = "5.0"
  zone_id          = "cn-hangzhou-h"
  vswitch_id       = module.portal_network.vswitch_id
  security_ips     = ["10.10.0.0/16"]
  tags             = { "data-classification" = "internal" }
}

# ---------------------------------------------------------------- monitoring (A36.1)
resource "alicloud_cms_alarm_contact_group" "ops" {
  alarm_contact_group_name = "gov-portal-ops"
  describe                 = "Portal operations on-call"
  contacts                 = ["ops-duty"]
}

resource "alicloud_cms_alarm" "db_cpu" {
  name           = "gov-portal-db-cpu"
  project        = "acs_rds_dashboard"
  metric         = "CpuUsage"
  period         = 300
  contact_groups = [alicloud_cms_alarm_contact_group.ops.alarm_contact_group_name]

  escalations_critical {
    statistics          = "Average"
    comparison_operator = ">="
    threshold           = "85"
    times               = 3
  }
}

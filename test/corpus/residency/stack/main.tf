# Hangzhou government services portal (杭州政务服务网): a slice of its storage, logging, backup and
# naming infrastructure, with a Hong Kong presence for the overseas liaison office.
terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

variable "region" {
  type        = string
  description = "Primary region of the portal"
  default     = "cn-hangzhou"
}

variable "dr_region" {
  type        = string
  description = "Disaster-recovery region"
  default     = "cn-shanghai"
}

variable "account_id" {
  type    = string
  default = "1234567890123456"
}

provider "alicloud" {
  region = var.region
}

provider "alicloud" {
  alias  = "dr"
  region = var.dr_region
}

# Overseas liaison office.
provider "alicloud" {
  alias  = "hk"
  region = "cn-hongkong"
}

module "portal_data" {
  source = "./modules/portal-data"
  providers = {
    alicloud    = alicloud
    alicloud.dr = alicloud.dr
  }
  name_prefix = "hz-zwfw"
}

# ---- audit trail -------------------------------------------------------------------------------

resource "alicloud_log_project" "audit" {
  project_name = "hz-zwfw-audit"
  description  = "Operation audit of the portal"
  tags         = { "data-classification" = "internal" }
}

resource "alicloud_log_store" "trail" {
  project_name     = alicloud_log_project.audit.project_name
  logstore_name    = "actiontrail"
  retention_period = 400
}

resource "alicloud_actiontrail_trail" "gov" {
  trail_name      = "hz-zwfw-trail"
  event_rw        = "All"
  trail_region    = "All"
  status          = "Enable"
  sls_project_arn = "acs:log:${var.region}:${var.account_id}:project/${alicloud_log_project.audit.project_name}"
}

# ---- backups -----------------------------------------------------------------------------------

resource "alicloud_ecs_auto_snapshot_policy" "daily" {
  auto_snapshot_policy_name       = "hz-zwfw-daily"
  repeat_weekdays                 = ["1", "2", "3", "4", "5", "6", "7"]
  time_points                     = ["2"]
  retention_days                  = 30
  enable_cross_region_copy        = true
  target_copy_regions             = ["cn-hongkong"]
  copied_snapshots_retention_days = 30
}

# A copy of the public materials for the liaison office.
resource "alicloud_oss_bucket" "liaison" {
  provider        = alicloud.hk
  bucket          = "hz-zwfw-liaison-hk"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "public" }
}

resource "alicloud_oss_bucket_replication" "liaison" {
  bucket = module.portal_data.materials_bucket
  action = "PUT"
  destination {
    bucket   = alicloud_oss_bucket.liaison.bucket
    location = "oss-cn-hongkong"
  }
}

# ---- names -------------------------------------------------------------------------------------

resource "alicloud_alidns_domain" "portal" {
  domain_name = "hzzwfw.gov.cn"
  remark      = "Hangzhou government services portal"
}

resource "alicloud_alidns_record" "service" {
  for_each    = toset(["www", "api", "zwfw"])
  domain_name = alicloud_alidns_domain.portal.domain_name
  rr          = each.key
  type        = "CNAME"
  value       = "${each.key}.hzzwfw.gov.cn.w.kunlungr.com"
}

# The pre-2024 commercial domain, still answering for the old www and mobile hosts.
resource "alicloud_alidns_record" "legacy" {
  count       = 2
  domain_name = "hzzwfw-portal.com"
  rr          = element(["www", "m"], count.index)
  type        = "CNAME"
  value       = "www.hzzwfw.gov.cn"
}

resource "alicloud_cdn_domain_new" "www" {
  domain_name = "www.hzzwfw.gov.cn"
  cdn_type    = "web"
  scope       = "domestic"
  sources {
    type     = "domain"
    content  = "origin.hzzwfw.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }
}

resource "alicloud_dcdn_domain" "legacy" {
  domain_name = "m.hzzwfw.com.cn"
  scope       = "domestic"
  sources {
    type     = "domain"
    content  = "origin.hzzwfw.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }
}

# Removed from this configuration, still in terraform.tfstate (so deleted by the plan):
#   alicloud_oss_bucket.legacy_portal  – uploads of the 2019 portal, not archived
#   alicloud_log_project.old_app       – logs of the retired app, archived (decommission.archived)

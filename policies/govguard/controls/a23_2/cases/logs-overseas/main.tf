terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

variable "account_id" {
  type    = string
  default = "1234567890123456"
}

provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_log_project" "audit" {
  project_name = "hz-zwfw-audit"
  tags         = { "data-classification" = "internal" }
}

# The group's shared security operations centre runs its SLS project in Singapore.
resource "alicloud_actiontrail_trail" "soc" {
  trail_name      = "hz-zwfw-soc-trail"
  event_rw        = "All"
  trail_region    = "All"
  status          = "Enable"
  sls_project_arn = "acs:log:ap-southeast-1:${var.account_id}:project/group-soc"
}

resource "alicloud_sls_collection_policy" "oss_access" {
  policy_name        = "hz-zwfw-oss-access"
  product_code       = "oss"
  data_code          = "access_log"
  enabled            = true
  centralize_enabled = true
  policy_config {
    resource_mode = "all"
  }
  centralize_config {
    dest_region   = "ap-southeast-1"
    dest_project  = "group-soc"
    dest_logstore = "oss-access"
    dest_ttl      = 400
  }
}

resource "alicloud_cdn_real_time_log_delivery" "portal" {
  domain     = "www.hzzwfw.gov.cn"
  project    = "group-soc"
  logstore   = "cdn-access"
  sls_region = "ap-southeast-1"
}

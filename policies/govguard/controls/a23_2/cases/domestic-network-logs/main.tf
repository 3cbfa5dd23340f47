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

resource "alicloud_vpc" "portal" {
  vpc_name   = "hz-zwfw-portal"
  cidr_block = "10.20.0.0/16"
}

resource "alicloud_cen_instance_attachment" "portal" {
  instance_id              = "cen-zwfw0000000000001"
  child_instance_id        = alicloud_vpc.portal.id
  child_instance_type      = "VPC"
  child_instance_region_id = "cn-hangzhou"
}

resource "alicloud_cen_transit_router_peer_attachment" "shanghai" {
  cen_id                        = "cen-zwfw0000000000001"
  transit_router_id             = "tr-bp10000000000000001"
  peer_transit_router_id        = "tr-uf60000000000000001"
  peer_transit_router_region_id = "cn-shanghai"
  bandwidth_type                = "BandwidthPackage"
  cen_bandwidth_package_id      = "cenbwp-zwfw000000001"
  bandwidth                     = 5
}

resource "alicloud_cen_bandwidth_package" "mainland" {
  cen_bandwidth_package_name = "hz-zwfw-mainland"
  bandwidth                  = 10
  geographic_region_a_id     = "China"
  geographic_region_b_id     = "China"
}

resource "alicloud_vpc_peer_connection" "dr" {
  peer_connection_name = "hz-zwfw-dr"
  vpc_id               = alicloud_vpc.portal.id
  accepting_ali_uid    = 1234567890123456
  accepting_region_id  = "cn-shanghai"
  accepting_vpc_id     = "vpc-uf6zwfwdr000000001"
}

resource "alicloud_log_project" "audit" {
  project_name = "hz-zwfw-audit"
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
  sls_project_arn = "acs:log:cn-hangzhou:${var.account_id}:project/${alicloud_log_project.audit.project_name}"
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
    dest_region   = "cn-hangzhou"
    dest_project  = alicloud_log_project.audit.project_name
    dest_logstore = "oss-access"
    dest_ttl      = 400
  }
}

resource "alicloud_cdn_real_time_log_delivery" "portal" {
  domain     = "www.hzzwfw.gov.cn"
  project    = alicloud_log_project.audit.project_name
  logstore   = "cdn-access"
  sls_region = "cn-hangzhou"
}

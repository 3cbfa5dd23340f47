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

resource "alicloud_ram_user" "vendor_ops" {
  name = "hx-ops-zhao"
}

resource "alicloud_log_project" "portal" {
  project_name = "gov-portal-logs"
  tags         = { "data-classification" = "internal" }
}

resource "alicloud_ram_policy" "vendor_logs" {
  policy_name = "hengxin-log-read"
  policy_document = jsonencode({
    Version = "1"
    Statement = [{
      Effect    = "Allow"
      Action    = ["log:GetLogStoreLogs"]
      Resource  = ["acs:log:*:*:project/${alicloud_log_project.portal.id}/*"]
      Condition = { DateLessThan = { "acs:CurrentTime" = "2027-06-30T23:59:59+08:00" } }
    }]
  })
}

resource "alicloud_ram_user_policy_attachment" "vendor_logs" {
  user_name   = alicloud_ram_user.vendor_ops.name
  policy_name = alicloud_ram_policy.vendor_logs.policy_name
  policy_type = "Custom"
}

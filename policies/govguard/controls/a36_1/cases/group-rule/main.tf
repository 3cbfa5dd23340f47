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

resource "alicloud_cms_monitor_group" "portal" {
  monitor_group_name = "gov-portal"
}

# Notifies an account-level contact group by name.
resource "alicloud_cms_group_metric_rule" "rds_cpu" {
  group_id               = alicloud_cms_monitor_group.portal.id
  group_metric_rule_name = "gov-portal-rds-cpu"
  rule_id                = "gov-portal-rds-cpu"
  category               = "rds"
  namespace              = "acs_rds_dashboard"
  metric_name            = "CpuUsage"
  contact_groups         = "gov-portal-ops"
  period                 = 300

  escalations {
    critical {
      comparison_operator = "GreaterThanOrEqualToThreshold"
      statistics          = "Average"
      threshold           = "85"
      times               = 3
    }
  }
}

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

resource "alicloud_cms_alarm_contact_group" "ops" {
  alarm_contact_group_name = "gov-portal-ops"
  describe                 = "Portal operations on-call"
  contacts                 = ["ops-duty"]
}

resource "alicloud_cms_alarm" "ecs_cpu" {
  name           = "gov-portal-ecs_cpu"
  project        = "acs_ecs_dashboard"
  metric         = "CPUUtilization"
  period         = 300
  contact_groups = [alicloud_cms_alarm_contact_group.ops.alarm_contact_group_name]
  enabled        = true

  escalations_critical {
    statistics          = "Average"
    comparison_operator = ">="
    threshold           = "90"
    times               = 3
  }
}

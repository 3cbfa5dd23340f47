# The account's operation audit trail and the SLS project that keeps it.
terraform {
  required_providers {
    alicloud = {
      source = "aliyun/alicloud"
    }
  }
}

variable "account_id" {
  type = string
}

variable "project_name" {
  type = string
}

variable "trail_name" {
  type = string
}

variable "retention_days" {
  type = number
}

resource "alicloud_log_project" "this" {
  project_name = var.project_name
  description  = "Operation audit trail (ActionTrail)"
  tags         = { "data-classification" = "important" }
}

resource "alicloud_log_store" "trail" {
  project_name     = alicloud_log_project.this.project_name
  logstore_name    = "actiontrail_${var.trail_name}"
  retention_period = var.retention_days
}

resource "alicloud_actiontrail_trail" "this" {
  trail_name         = var.trail_name
  event_rw           = "All"
  trail_region       = "All"
  status             = "Enable"
  sls_project_arn    = "acs:log:cn-hangzhou:${var.account_id}:project/${alicloud_log_project.this.project_name}"
  sls_write_role_arn = "acs:ram::${var.account_id}:role/aliyunserviceroleforactiontrail"
}

output "project_name" {
  value = alicloud_log_project.this.project_name
}

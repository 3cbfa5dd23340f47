terraform {
  required_providers {
    alicloud = {
      source = "aliyun/alicloud"
    }
  }
}

variable "project_name" {
  type = string
}

variable "retention_days" {
  type = number
}

resource "alicloud_log_project" "this" {
  project_name = var.project_name
  tags         = { "data-classification" = "internal" }
}

resource "alicloud_log_store" "this" {
  project_name     = alicloud_log_project.this.project_name
  logstore_name    = "main"
  retention_period = var.retention_days
}

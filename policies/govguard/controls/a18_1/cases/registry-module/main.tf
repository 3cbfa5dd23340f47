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

variable "app_retention_days" {
  type    = number
  default = 90
}

module "app_logs" {
  source         = "./modules/logstore"
  project_name   = "gov-portal-app"
  retention_days = var.app_retention_days
}

module "audit_logs" {
  source         = "registry.example.com/gov/logstore/alicloud"
  version        = "1.0.0"
  project_name   = "gov-portal-audit"
  retention_days = 730
}

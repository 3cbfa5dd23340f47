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

resource "alicloud_log_project" "access" {
  project_name = "gov-portal-access"
  tags         = { "data-classification" = "internal" }
}

resource "alicloud_log_store" "access" {
  project_name     = alicloud_log_project.access.project_name
  logstore_name    = "access"
  retention_period = 365
}

resource "alicloud_alb_load_balancer" "inline" {
  load_balancer_name    = "gov-portal-inline"
  vpc_id                = "vpc-bp1portal000001"
  address_type          = "Internet"
  load_balancer_edition = "Standard"

  load_balancer_billing_config {
    pay_type = "PayAsYouGo"
  }

  zone_mappings {
    zone_id    = "cn-hangzhou-h"
    vswitch_id = "vsw-bp1portalh00001"
  }

  zone_mappings {
    zone_id    = "cn-hangzhou-i"
    vswitch_id = "vsw-bp1portali00001"
  }

  access_log_config {
    log_project = alicloud_log_project.access.project_name
    log_store   = alicloud_log_store.access.logstore_name
  }
}

resource "alicloud_alb_load_balancer" "attached" {
  load_balancer_name    = "gov-portal-attached"
  vpc_id                = "vpc-bp1portal000001"
  address_type          = "Internet"
  load_balancer_edition = "Standard"

  load_balancer_billing_config {
    pay_type = "PayAsYouGo"
  }

  zone_mappings {
    zone_id    = "cn-hangzhou-h"
    vswitch_id = "vsw-bp1portalh00001"
  }

  zone_mappings {
    zone_id    = "cn-hangzhou-i"
    vswitch_id = "vsw-bp1portali00001"
  }

}

resource "alicloud_alb_load_balancer_access_log_config_attachment" "attached" {
  load_balancer_id = alicloud_alb_load_balancer.attached.id
  log_project      = alicloud_log_project.access.project_name
  log_store        = alicloud_log_store.access.logstore_name
}

resource "alicloud_alb_load_balancer" "unlogged" {
  load_balancer_name    = "gov-portal-unlogged"
  vpc_id                = "vpc-bp1portal000001"
  address_type          = "Internet"
  load_balancer_edition = "Standard"

  load_balancer_billing_config {
    pay_type = "PayAsYouGo"
  }

  zone_mappings {
    zone_id    = "cn-hangzhou-h"
    vswitch_id = "vsw-bp1portalh00001"
  }

  zone_mappings {
    zone_id    = "cn-hangzhou-i"
    vswitch_id = "vsw-bp1portali00001"
  }

}

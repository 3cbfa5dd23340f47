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
  project_name = "gov-portal-cdn"
  tags         = { "data-classification" = "internal" }
}

resource "alicloud_log_store" "access" {
  project_name     = alicloud_log_project.access.project_name
  logstore_name    = "cdn"
  retention_period = 365
}

resource "alicloud_cdn_domain_new" "www" {
  domain_name = "www.portal.gov.cn"
  cdn_type    = "web"
  scope       = "domestic"

  sources {
    type     = "domain"
    content  = "origin.portal.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }

  tags = { "data-classification" = "public" }
}

resource "alicloud_cdn_real_time_log_delivery" "www" {
  domain     = alicloud_cdn_domain_new.www.domain_name
  project    = alicloud_log_project.access.project_name
  logstore   = alicloud_log_store.access.logstore_name
  sls_region = "cn-hangzhou"
}

resource "alicloud_cdn_domain_new" "static" {
  domain_name = "static.portal.gov.cn"
  cdn_type    = "web"
  scope       = "domestic"

  sources {
    type     = "domain"
    content  = "origin.portal.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }

  tags = { "data-classification" = "public" }
}

# Correlated by the literal domain name.
resource "alicloud_cdn_real_time_log_delivery" "static" {
  domain     = "static.portal.gov.cn"
  project    = alicloud_log_project.access.project_name
  logstore   = alicloud_log_store.access.logstore_name
  sls_region = "cn-hangzhou"

  depends_on = [alicloud_cdn_domain_new.static]
}

resource "alicloud_cdn_domain_new" "downloads" {
  domain_name = "download.portal.gov.cn"
  cdn_type    = "download"
  scope       = "domestic"

  sources {
    type     = "domain"
    content  = "origin.portal.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }

  tags = { "data-classification" = "public" }
}

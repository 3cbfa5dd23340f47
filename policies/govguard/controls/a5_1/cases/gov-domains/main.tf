terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

variable "site_domain" {
  type    = string
  default = "hzzwfw.gov.cn"
}

provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_alidns_domain" "portal" {
  domain_name = var.site_domain
  remark      = "Hangzhou government services portal"
}

resource "alicloud_alidns_record" "apex" {
  domain_name = alicloud_alidns_domain.portal.domain_name
  rr          = "@"
  type        = "A"
  value       = "203.0.113.10"
}

resource "alicloud_alidns_record" "www" {
  domain_name = alicloud_alidns_domain.portal.domain_name
  rr          = "www"
  type        = "CNAME"
  value       = "www.hzzwfw.gov.cn.w.kunlungr.com"
}

resource "alicloud_cdn_domain_new" "www" {
  domain_name = "www.hzzwfw.gov.cn"
  cdn_type    = "web"
  scope       = "domestic"
  sources {
    type     = "domain"
    content  = "origin.hzzwfw.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }
}

resource "alicloud_dcdn_domain" "api" {
  domain_name = "api.hzzwfw.gov.cn"
  scope       = "domestic"
  sources {
    type     = "domain"
    content  = "origin.hzzwfw.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }
}

resource "alicloud_esa_site" "services" {
  site_name   = "services.hangzhou.gov.cn"
  instance_id = "esa-site-zwfw0000001"
  access_type = "CNAME"
  coverage    = "domestic"
}

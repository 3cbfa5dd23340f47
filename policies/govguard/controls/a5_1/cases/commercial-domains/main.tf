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

resource "alicloud_alidns_domain" "portal" {
  domain_name = "hzzwfw.com"
}

resource "alicloud_alidns_record" "www" {
  domain_name = alicloud_alidns_domain.portal.domain_name
  rr          = "www"
  type        = "A"
  value       = "203.0.113.10"
}

# A record in a zone managed outside this stack.
resource "alicloud_alidns_record" "mobile" {
  domain_name = "hzzwfw.net"
  rr          = "m"
  type        = "CNAME"
  value       = "m.hzzwfw.gov.cn"
}

# A compliant record next to them.
resource "alicloud_alidns_record" "gov" {
  domain_name = "hzzwfw.gov.cn"
  rr          = "www"
  type        = "A"
  value       = "203.0.113.10"
}

# .cn alone is the public-institution suffix, not enough for a party and government organ.
resource "alicloud_cdn_domain_new" "www" {
  domain_name = "www.hzzwfw.cn"
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

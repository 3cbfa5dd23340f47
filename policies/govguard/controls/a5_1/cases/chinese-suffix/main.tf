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

# 杭州政务服务.政务 in Unicode for DNS, in punycode (xn--zfra347f5mhbkcmq.xn--zfr164b) for the CDN.
resource "alicloud_alidns_domain" "portal" {
  domain_name = "杭州政务服务.政务"
}

resource "alicloud_alidns_record" "www" {
  domain_name = alicloud_alidns_domain.portal.domain_name
  rr          = "www"
  type        = "A"
  value       = "203.0.113.10"
}

resource "alicloud_cdn_domain_new" "www" {
  domain_name = "www.xn--zfra347f5mhbkcmq.xn--zfr164b"
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

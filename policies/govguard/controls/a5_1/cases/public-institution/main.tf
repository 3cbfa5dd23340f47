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

resource "alicloud_alidns_domain" "library" {
  domain_name = "hzlib.cn"
}

resource "alicloud_alidns_record" "www" {
  domain_name = alicloud_alidns_domain.library.domain_name
  rr          = "www"
  type        = "A"
  value       = "203.0.113.20"
}

resource "alicloud_cdn_domain_new" "www" {
  domain_name = "www.hzlib.org.cn"
  cdn_type    = "web"
  scope       = "domestic"
  sources {
    type     = "domain"
    content  = "origin.hzlib.cn"
    port     = 443
    priority = 20
    weight   = 10
  }
}

# 杭州图书馆.公益 in punycode.
resource "alicloud_esa_site" "library" {
  site_name   = "xn--1jq52s3zfwtki86d.xn--55qw42g"
  instance_id = "esa-site-hzlib000001"
  access_type = "NS"
  coverage    = "domestic"
}

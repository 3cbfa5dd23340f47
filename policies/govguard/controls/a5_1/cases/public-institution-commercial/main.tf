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
  domain_name = "hzlib.com"
}

resource "alicloud_alidns_record" "www" {
  domain_name = alicloud_alidns_domain.library.domain_name
  rr          = "www"
  type        = "A"
  value       = "203.0.113.20"
}

resource "alicloud_cdn_domain_new" "www" {
  domain_name = "www.hzlib.org"
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

# .com.cn ends with .cn: allowed for a public institution.
resource "alicloud_dcdn_domain" "static" {
  domain_name = "static.hzlib.com.cn"
  scope       = "domestic"
  sources {
    type     = "domain"
    content  = "origin.hzlib.cn"
    port     = 443
    priority = 20
    weight   = 10
  }
}

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

# Global and overseas acceleration scopes: mainland users could be (or are) served from overseas nodes.
resource "alicloud_cdn_domain_new" "www" {
  domain_name = "www.hz-portal.gov.cn"
  cdn_type    = "web"
  scope       = "global"
  sources {
    type     = "domain"
    content  = "origin.hz-portal.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }
  certificate_config {
    cert_type                 = "cas"
    cert_id                   = "11223344"
    server_certificate_status = "on"
  }
}

resource "alicloud_cdn_domain_new" "static" {
  domain_name = "static.hz-portal.gov.cn"
  cdn_type    = "download"
  scope       = "domestic"
  sources {
    type     = "oss"
    content  = "hz-portal-static.oss-cn-hangzhou.aliyuncs.com"
    port     = 443
    priority = 20
    weight   = 10
  }
  certificate_config {
    cert_type                 = "cas"
    cert_id                   = "11223346"
    server_certificate_status = "on"
  }
}

resource "alicloud_dcdn_domain" "api" {
  domain_name = "api.hz-portal.gov.cn"
  scope       = "overseas"
  sources {
    type     = "domain"
    content  = "api-origin.hz-portal.gov.cn"
    port     = 443
    priority = "20"
    weight   = "10"
  }
  ssl_protocol = "on"
  cert_type    = "cas"
  cert_id      = "11223345"
}

resource "alicloud_esa_site" "zwfw" {
  site_name   = "zwfw.hz-portal.gov.cn"
  instance_id = "esa-site-8f3a2b1c"
  access_type = "CNAME"
  coverage    = "global"
}

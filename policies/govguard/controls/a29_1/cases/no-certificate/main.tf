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

# No certificate_config at all: HTTP only (the block is Optional+Computed, unknown in the plan).
resource "alicloud_cdn_domain_new" "www" {
  domain_name = "www.hz-portal.gov.cn"
  cdn_type    = "web"
  scope       = "domestic"
  sources {
    type     = "domain"
    content  = "origin.hz-portal.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }
}

# ssl_protocol left at its default "off".
resource "alicloud_dcdn_domain" "api" {
  domain_name = "api.hz-portal.gov.cn"
  scope       = "domestic"
  sources {
    type     = "domain"
    content  = "api-origin.hz-portal.gov.cn"
    port     = 443
    priority = "20"
    weight   = "10"
  }
}

resource "alicloud_cdn_domain_new" "news" {
  domain_name = "news.hz-portal.gov.cn"
  cdn_type    = "web"
  scope       = "domestic"
  sources {
    type     = "domain"
    content  = "news-origin.hz-portal.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }
  certificate_config {
    cert_type                 = "cas"
    cert_id                   = "11223347"
    server_certificate_status = "on"
  }
}

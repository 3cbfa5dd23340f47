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

# Citizen portal on CDN, API on DCDN, a new site on ESA: all scheduled on mainland nodes only.
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
  certificate_config {
    cert_type                 = "cas"
    cert_id                   = "11223344"
    cert_region               = "cn-hangzhou"
    server_certificate_status = "on"
  }
}

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
  ssl_protocol = "on"
  cert_type    = "cas"
  cert_id      = "11223345"
  cert_region  = "cn-hangzhou"
}

resource "alicloud_esa_site" "zwfw" {
  site_name   = "zwfw.hz-portal.gov.cn"
  instance_id = "esa-site-8f3a2b1c"
  access_type = "CNAME"
  coverage    = "domestic"
}

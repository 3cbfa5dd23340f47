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

# scope is Optional+Computed on alicloud_cdn_domain_new: left unset it is unknown in the plan
# (the API default happens to be domestic, but the plan cannot show it). Fail closed.
resource "alicloud_cdn_domain_new" "www" {
  domain_name = "www.hz-portal.gov.cn"
  cdn_type    = "web"
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

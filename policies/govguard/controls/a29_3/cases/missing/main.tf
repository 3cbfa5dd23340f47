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

# HTTPS is forced, but no https_tls_version: TLS 1.0 and 1.1 stay on (all versions default on).
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
    server_certificate_status = "on"
  }
}

resource "alicloud_cdn_domain_config" "www_https_force" {
  domain_name   = alicloud_cdn_domain_new.www.domain_name
  function_name = "https_force"
  function_args {
    arg_name  = "enable"
    arg_value = "on"
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
}

# A TLS-version config written for another domain name does not cover api.
resource "alicloud_dcdn_domain_config" "other_tls" {
  domain_name   = "events.hz-portal.gov.cn"
  function_name = "https_tls_version"
  function_args {
    arg_name  = "tls10"
    arg_value = "off"
  }
  function_args {
    arg_name  = "tls11"
    arg_value = "off"
  }
}

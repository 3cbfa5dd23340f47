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

# Only the new versions are switched on explicitly; tls10/tls11 keep their default (on).
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

resource "alicloud_cdn_domain_config" "www_tls" {
  domain_name   = alicloud_cdn_domain_new.www.domain_name
  function_name = "https_tls_version"
  function_args {
    arg_name  = "tls12"
    arg_value = "on"
  }
  function_args {
    arg_name  = "tls13"
    arg_value = "on"
  }
}

# TLS 1.1 left on.
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

resource "alicloud_dcdn_domain_config" "api_tls" {
  domain_name   = alicloud_dcdn_domain.api.domain_name
  function_name = "https_tls_version"
  function_args {
    arg_name  = "tls10"
    arg_value = "off"
  }
  function_args {
    arg_name  = "tls11"
    arg_value = "on"
  }
  function_args {
    arg_name  = "tls12"
    arg_value = "on"
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

resource "alicloud_cdn_domain_config" "news_tls" {
  domain_name   = alicloud_cdn_domain_new.news.domain_name
  function_name = "https_tls_version"
  function_args {
    arg_name  = "tls10"
    arg_value = "off"
  }
  function_args {
    arg_name  = "tls11"
    arg_value = "off"
  }
  function_args {
    arg_name  = "tls12"
    arg_value = "on"
  }
  function_args {
    arg_name  = "tls13"
    arg_value = "on"
  }
}

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

locals {
  modern_tls = { tls12 = "on", tls13 = "on" }
  legacy_off = { for version in ["tls10", "tls11"] : version => "off" }
  # The www domain keeps TLS 1.1 for old clients.
  www_tls = merge(local.modern_tls, { tls10 = "off", tls11 = "on" })
}

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

# TLS 1.1 stays on: only the expanded arguments show it.
resource "alicloud_cdn_domain_config" "www_tls" {
  domain_name   = alicloud_cdn_domain_new.www.domain_name
  function_name = "https_tls_version"
  dynamic "function_args" {
    for_each = local.www_tls
    content {
      arg_name  = function_args.key
      arg_value = function_args.value
    }
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

# TLS 1.0 and 1.1 off, 1.2 and 1.3 on, through a named iterator.
resource "alicloud_cdn_domain_config" "news_tls" {
  domain_name   = alicloud_cdn_domain_new.news.domain_name
  function_name = "https_tls_version"
  dynamic "function_args" {
    for_each = merge(local.legacy_off, local.modern_tls)
    iterator = arg
    content {
      arg_name  = arg.key
      arg_value = arg.value
    }
  }
}

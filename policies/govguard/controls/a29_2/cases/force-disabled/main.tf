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

variable "force_https" {
  type    = string
  default = "off"
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

# https_force present but switched off (through a variable whose default is "off").
resource "alicloud_cdn_domain_config" "www_https_force" {
  domain_name   = alicloud_cdn_domain_new.www.domain_name
  function_name = "https_force"
  function_args {
    arg_name  = "enable"
    arg_value = var.force_https
  }
  function_args {
    arg_name  = "https_rewrite"
    arg_value = "301"
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

# https_force without its enable argument: the switch is not set.
resource "alicloud_dcdn_domain_config" "api_https_force" {
  domain_name   = alicloud_dcdn_domain.api.domain_name
  function_name = "https_force"
  function_args {
    arg_name  = "https_rewrite"
    arg_value = "301"
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

resource "alicloud_cdn_domain_config" "news_https_force" {
  domain_name   = "news.hz-portal.gov.cn"
  function_name = "https_force"
  function_args {
    arg_name  = "enable"
    arg_value = "on"
  }
}

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

# Legacy clients: TLS 1.0/1.1 switched through a variable, default "on".
variable "legacy_tls" {
  type    = string
  default = "on"
}

variable "modern_tls" {
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

resource "alicloud_cdn_domain_config" "www_tls" {
  domain_name   = alicloud_cdn_domain_new.www.domain_name
  function_name = "https_tls_version"
  function_args {
    arg_name  = "tls10"
    arg_value = var.legacy_tls
  }
  function_args {
    arg_name  = "tls11"
    arg_value = var.legacy_tls
  }
  function_args {
    arg_name  = "tls12"
    arg_value = "on"
  }
}

# The same variables used the right way round on the news domain.
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
    arg_value = var.modern_tls
  }
  function_args {
    arg_name  = "tls11"
    arg_value = var.modern_tls
  }
  function_args {
    arg_name  = "tls12"
    arg_value = "on"
  }
}

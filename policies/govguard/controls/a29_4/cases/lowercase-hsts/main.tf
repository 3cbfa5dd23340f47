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

# function_name "hsts" in lower case is not the HSTS function (the name is case-sensitive).
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

resource "alicloud_cdn_domain_config" "www_hsts" {
  domain_name   = alicloud_cdn_domain_new.www.domain_name
  function_name = "hsts"
  function_args {
    arg_name  = "enabled"
    arg_value = "on"
  }
  function_args {
    arg_name  = "https_hsts_max_age"
    arg_value = "31536000"
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

resource "alicloud_cdn_domain_config" "news_hsts" {
  domain_name   = alicloud_cdn_domain_new.news.domain_name
  function_name = "HSTS"
  function_args {
    arg_name  = "enabled"
    arg_value = "on"
  }
  function_args {
    arg_name  = "https_hsts_max_age"
    arg_value = "31536000"
  }
}

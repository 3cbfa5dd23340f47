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

# max-age of 60 days (the console's suggested value) is below the one-year floor.
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
  function_name = "HSTS"
  function_args {
    arg_name  = "enabled"
    arg_value = "on"
  }
  function_args {
    arg_name  = "https_hsts_max_age"
    arg_value = "5184000"
  }
}

# No max-age argument: cannot be shown to reach the floor.
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

resource "alicloud_dcdn_domain_config" "api_hsts" {
  domain_name   = alicloud_dcdn_domain.api.domain_name
  function_name = "HSTS"
  function_args {
    arg_name  = "enabled"
    arg_value = "on"
  }
}

# HSTS switched off.
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
    arg_value = "off"
  }
  function_args {
    arg_name  = "https_hsts_max_age"
    arg_value = "31536000"
  }
}

# One second short of a year.
resource "alicloud_cdn_domain_new" "docs" {
  domain_name = "docs.hz-portal.gov.cn"
  cdn_type    = "web"
  scope       = "domestic"
  sources {
    type     = "domain"
    content  = "docs-origin.hz-portal.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }
  certificate_config {
    cert_type                 = "cas"
    cert_id                   = "11223348"
    server_certificate_status = "on"
  }
}

resource "alicloud_cdn_domain_config" "docs_hsts" {
  domain_name   = alicloud_cdn_domain_new.docs.domain_name
  function_name = "HSTS"
  function_args {
    arg_name  = "enabled"
    arg_value = "on"
  }
  function_args {
    arg_name  = "https_hsts_max_age"
    arg_value = "31535999"
  }
}

# The switch spelled "enable" instead of "enabled": HSTS is not turned on.
resource "alicloud_cdn_domain_new" "help" {
  domain_name = "help.hz-portal.gov.cn"
  cdn_type    = "web"
  scope       = "domestic"
  sources {
    type     = "domain"
    content  = "help-origin.hz-portal.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }
  certificate_config {
    cert_type                 = "cas"
    cert_id                   = "11223349"
    server_certificate_status = "on"
  }
}

resource "alicloud_cdn_domain_config" "help_hsts" {
  domain_name   = alicloud_cdn_domain_new.help.domain_name
  function_name = "HSTS"
  function_args {
    arg_name  = "enable"
    arg_value = "on"
  }
  function_args {
    arg_name  = "https_hsts_max_age"
    arg_value = "31536000"
  }
}

# Hangzhou government portal, edge slice: the public portal, the online services hall, the
# download centre and open-data sites on CDN, the API and an events site on DCDN, and the new
# unified site on ESA.
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

variable "hsts_max_age" {
  description = "HSTS max-age (seconds) used by the edge configurations"
  type        = string
  default     = "31536000"
}

variable "open_data_hosts" {
  description = "Open-data sites served from the open-data bucket"
  type        = map(string)
  default = {
    data  = "data.hz-portal.gov.cn"
    stats = "stats.hz-portal.gov.cn"
  }
}

resource "alicloud_oss_bucket" "static" {
  bucket          = "hz-portal-static"
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "public"
  }
}

# Public portal: fully hardened.
module "www" {
  source       = "./modules/secure_cdn"
  domain_name  = "www.hz-portal.gov.cn"
  origin_type  = "oss"
  origin       = "hz-portal-static.oss-cn-hangzhou.aliyuncs.com"
  cert_id      = "11223344"
  hsts_max_age = var.hsts_max_age
}

# Online services hall: origin hosted by a vendor under a .com name, 60-day HSTS.
module "zwfw" {
  source       = "./modules/secure_cdn"
  domain_name  = "zwfw.hz-portal.gov.cn"
  origin_type  = "domain"
  origin       = "zwfw-origin.hz-portal-cloud.com"
  cert_id      = "11223350"
  hsts_max_age = "5184000"
}

# Download centre: global acceleration, origin IP outside the registered origin ranges.
module "download" {
  source      = "./modules/secure_cdn"
  domain_name = "download.hz-portal.gov.cn"
  cdn_type    = "download"
  scope       = "global"
  origin_type = "ipaddr"
  origin      = "198.51.100.20"
  cert_id     = "11223351"
}

# Open-data sites: HTTPS forced, but no TLS-version or HSTS configuration.
resource "alicloud_cdn_domain_new" "open_data" {
  for_each    = var.open_data_hosts
  domain_name = each.value
  cdn_type    = "download"
  scope       = "domestic"
  sources {
    type     = "oss"
    content  = "hz-portal-opendata.oss-cn-hangzhou.aliyuncs.com"
    port     = 443
    priority = 20
    weight   = 10
  }
  certificate_config {
    cert_type                 = "cas"
    cert_id                   = "11223360"
    server_certificate_status = "on"
  }
}

resource "alicloud_cdn_domain_config" "open_data_https_force" {
  for_each      = var.open_data_hosts
  domain_name   = alicloud_cdn_domain_new.open_data[each.key].domain_name
  function_name = "https_force"
  function_args {
    arg_name  = "enable"
    arg_value = "on"
  }
}

# Government API on DCDN: TLS 1.1 still allowed.
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

resource "alicloud_dcdn_domain_config" "api_https_force" {
  domain_name   = alicloud_dcdn_domain.api.domain_name
  function_name = "https_force"
  function_args {
    arg_name  = "enable"
    arg_value = "on"
  }
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

resource "alicloud_dcdn_domain_config" "api_hsts" {
  domain_name   = "api.hz-portal.gov.cn"
  function_name = "HSTS"
  function_args {
    arg_name  = "enabled"
    arg_value = "on"
  }
  function_args {
    arg_name  = "https_hsts_max_age"
    arg_value = var.hsts_max_age
  }
}

# Events / consultation site on DCDN: origin in the registered range, but HTTP only
# (ssl_protocol left at its default), HTTP forced, no TLS-version or HSTS configuration.
resource "alicloud_dcdn_domain" "events" {
  domain_name = "events.hz-portal.gov.cn"
  scope       = "domestic"
  sources {
    type     = "ipaddr"
    content  = "203.0.113.10"
    port     = 80
    priority = "20"
    weight   = "10"
  }
}

resource "alicloud_dcdn_domain_config" "events_http_force" {
  domain_name   = alicloud_dcdn_domain.events.domain_name
  function_name = "http_force"
  function_args {
    arg_name  = "enable"
    arg_value = "on"
  }
}

# Unified site on ESA: mainland coverage, HTTPS forced with HSTS, TLS 1.2+.
resource "alicloud_esa_site" "portal" {
  site_name   = "hz-portal.gov.cn"
  instance_id = "esa-site-8f3a2b1c"
  access_type = "NS"
  coverage    = "domestic"
}

resource "alicloud_esa_https_application_configuration" "portal" {
  site_id          = alicloud_esa_site.portal.id
  https_force      = "on"
  https_force_code = "301"
  hsts             = "on"
  hsts_max_age     = "31536000"
}

resource "alicloud_esa_https_basic_configuration" "portal" {
  site_id = alicloud_esa_site.portal.id
  https   = "on"
  tls10   = "off"
  tls11   = "off"
  tls12   = "on"
  tls13   = "on"
}

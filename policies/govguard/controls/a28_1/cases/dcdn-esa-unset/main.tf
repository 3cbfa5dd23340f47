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

# DCDN scope and ESA coverage left unset: null in the plan, not "domestic". The rule requires
# the explicit value, so both are violations.
resource "alicloud_dcdn_domain" "api" {
  domain_name = "api.hz-portal.gov.cn"
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

resource "alicloud_esa_site" "zwfw" {
  site_name   = "zwfw.hz-portal.gov.cn"
  instance_id = "esa-site-8f3a2b1c"
  access_type = "NS"
}

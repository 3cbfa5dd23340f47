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

# Ends with "gov.cn" but not with ".gov.cn": the registered domain is hzgov.cn.
resource "alicloud_dcdn_domain" "api" {
  domain_name = "api.hzgov.cn"
  scope       = "domestic"
  sources {
    type     = "domain"
    content  = "origin.hzzwfw.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }
}

# Contains ".gov.cn" but the registered domain is cdn-example.com.
resource "alicloud_esa_site" "services" {
  site_name   = "hzzwfw.gov.cn.cdn-example.com"
  instance_id = "esa-site-zwfw0000001"
  access_type = "CNAME"
  coverage    = "domestic"
}

# Contains the .政务 label (xn--zfr164b) but ends with .中国 (xn--fiqs8s).
resource "alicloud_cdn_domain_new" "www" {
  domain_name = "www.hzzwfw.xn--zfr164b.xn--fiqs8s"
  cdn_type    = "web"
  scope       = "domestic"
  sources {
    type     = "domain"
    content  = "origin.hzzwfw.gov.cn"
    port     = 443
    priority = 20
    weight   = 10
  }
}

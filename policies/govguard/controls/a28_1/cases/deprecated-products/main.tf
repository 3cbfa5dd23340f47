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

# Legacy acceleration resources: the deprecated alicloud_cdn_domain (even with scope = domestic)
# and the closed SCDN product are violations by themselves.
resource "alicloud_cdn_domain" "legacy" {
  domain_name = "old.hz-portal.gov.cn"
  cdn_type    = "web"
  scope       = "domestic"
  source_type = "domain"
  sources     = ["origin.hz-portal.gov.cn"]
}

resource "alicloud_scdn_domain" "secure" {
  domain_name = "secure.hz-portal.gov.cn"
  sources {
    type     = "domain"
    content  = "origin.hz-portal.gov.cn"
    port     = 443
    priority = "20"
  }
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

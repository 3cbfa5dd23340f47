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

# server_certificate_status left out: its schema default is "on", so the plan shows "on".
# The .tf and CDKTF shapes must apply the same default to agree with the plan.
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
    cert_type   = "cas"
    cert_id     = "11223344"
    cert_region = "cn-hangzhou"
  }
}

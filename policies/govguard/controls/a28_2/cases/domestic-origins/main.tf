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

provider "alicloud" {
  alias  = "sh"
  region = "cn-shanghai"
}

resource "alicloud_oss_bucket" "files" {
  provider        = alicloud.sh
  bucket          = "hz-portal-files"
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "public"
  }
}

# OSS origin written as the bucket endpoint: region cn-hangzhou parsed from the host name.
resource "alicloud_cdn_domain_new" "static" {
  domain_name = "static.hz-portal.gov.cn"
  cdn_type    = "download"
  scope       = "domestic"
  sources {
    type     = "oss"
    content  = "hz-portal-static.oss-cn-hangzhou.aliyuncs.com"
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

# OSS origin by reference: the endpoint is unknown at plan time, the referenced bucket's
# provider region (cn-shanghai) is in the allowed list.
resource "alicloud_cdn_domain_new" "files" {
  domain_name = "files.hz-portal.gov.cn"
  cdn_type    = "download"
  scope       = "domestic"
  sources {
    type     = "oss"
    content  = alicloud_oss_bucket.files.extranet_endpoint
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

# Domain origins under .gov.cn, with a backup origin under .政务 (punycode xn--zfr164b).
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
  sources {
    type     = "domain"
    content  = "backup.hz-portal.xn--zfr164b"
    port     = 443
    priority = 30
    weight   = 10
  }
  certificate_config {
    cert_type                 = "cas"
    cert_id                   = "11223344"
    server_certificate_status = "on"
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

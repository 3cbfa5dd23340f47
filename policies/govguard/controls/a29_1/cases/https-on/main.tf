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

# CAS certificate (issued by an e-government CA and stored in Certificate Management Service).
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
    cert_region               = "cn-hangzhou"
    server_certificate_status = "on"
  }
}

# Uploaded certificate and key.
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
    cert_type                 = "upload"
    cert_name                 = "static-hz-portal-2025"
    server_certificate        = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUDUMMYCERTIFICATEFORCORPUSTESTS0wCgYIKoEcz1UB\n-----END CERTIFICATE-----\n"
    private_key               = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqBHM9VAYItBG0wawIBAQQgDUMMYKEYFORTESTS\n-----END PRIVATE KEY-----\n"
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
  cert_name    = "api-hz-portal-2025"
  cert_region  = "cn-hangzhou"
}

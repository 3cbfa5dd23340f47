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

variable "cdn_scope" {
  type    = string
  default = "domestic"
}

variable "dcdn_scope" {
  type    = string
  default = "domestic"
}

# terraform.tfvars overrides cdn_scope with "global"; dcdn_scope keeps its default.
resource "alicloud_cdn_domain_new" "www" {
  domain_name = "www.hz-portal.gov.cn"
  cdn_type    = "web"
  scope       = var.cdn_scope
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

resource "alicloud_dcdn_domain" "api" {
  domain_name = "api.hz-portal.gov.cn"
  scope       = var.dcdn_scope
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

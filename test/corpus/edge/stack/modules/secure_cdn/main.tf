# A CDN-accelerated site with the standard edge hardening: HTTPS certificate, forced HTTPS,
# TLS 1.2+ only and HSTS.
terraform {
  required_providers {
    alicloud = {
      source = "aliyun/alicloud"
    }
  }
}

variable "domain_name" {
  type = string
}

variable "cdn_type" {
  type    = string
  default = "web"
}

variable "scope" {
  type    = string
  default = "domestic"
}

variable "origin_type" {
  type = string
}

variable "origin" {
  type = string
}

variable "cert_id" {
  type = string
}

variable "hsts_max_age" {
  type    = string
  default = "31536000"
}

resource "alicloud_cdn_domain_new" "this" {
  domain_name = var.domain_name
  cdn_type    = var.cdn_type
  scope       = var.scope
  sources {
    type     = var.origin_type
    content  = var.origin
    port     = 443
    priority = 20
    weight   = 10
  }
  certificate_config {
    cert_type                 = "cas"
    cert_id                   = var.cert_id
    cert_region               = "cn-hangzhou"
    server_certificate_status = "on"
  }
  tags = {
    project = "hz-portal"
  }
}

resource "alicloud_cdn_domain_config" "https_force" {
  domain_name   = alicloud_cdn_domain_new.this.domain_name
  function_name = "https_force"
  function_args {
    arg_name  = "enable"
    arg_value = "on"
  }
  function_args {
    arg_name  = "https_rewrite"
    arg_value = "301"
  }
}

resource "alicloud_cdn_domain_config" "tls" {
  domain_name   = alicloud_cdn_domain_new.this.domain_name
  function_name = "https_tls_version"
  function_args {
    arg_name  = "tls10"
    arg_value = "off"
  }
  function_args {
    arg_name  = "tls11"
    arg_value = "off"
  }
  function_args {
    arg_name  = "tls12"
    arg_value = "on"
  }
  function_args {
    arg_name  = "tls13"
    arg_value = "on"
  }
}

resource "alicloud_cdn_domain_config" "hsts" {
  domain_name   = alicloud_cdn_domain_new.this.domain_name
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

output "cname" {
  value = alicloud_cdn_domain_new.this.cname
}

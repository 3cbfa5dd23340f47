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

variable "portal_tls_policy" {
  type    = string
  default = "tls_cipher_policy_1_2"
}

resource "alicloud_slb_load_balancer" "portal" {
  load_balancer_name = "portal-clb"
  address_type       = "internet"
  load_balancer_spec = "slb.s2.small"
  payment_type       = "PayAsYouGo"
}

# HTTPS with a TLS 1.2+ cipher policy.
resource "alicloud_slb_listener" "https" {
  load_balancer_id      = alicloud_slb_load_balancer.portal.id
  frontend_port         = 443
  backend_port          = 8080
  protocol              = "https"
  bandwidth             = -1
  server_certificate_id = "1234567890-cn-hangzhou"
  tls_cipher_policy     = "tls_cipher_policy_1_2_strict_with_1_3"
  health_check          = "on"
  health_check_uri      = "/healthz"
}

# HTTPS on an alternative port, policy from a variable with a default (resolves to tls_cipher_policy_1_2).
resource "alicloud_slb_listener" "https_api" {
  load_balancer_id      = alicloud_slb_load_balancer.portal.id
  frontend_port         = 8443
  backend_port          = 8081
  protocol              = "https"
  bandwidth             = -1
  server_certificate_id = "1234567890-cn-hangzhou"
  tls_cipher_policy     = var.portal_tls_policy
}

# Plain HTTP only redirects to the HTTPS listener.
resource "alicloud_slb_listener" "http_redirect" {
  load_balancer_id = alicloud_slb_load_balancer.portal.id
  frontend_port    = 80
  protocol         = "http"
  bandwidth        = -1
  listener_forward = "on"
  forward_port     = 443
  depends_on       = [alicloud_slb_listener.https]
}

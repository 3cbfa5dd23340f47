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

resource "alicloud_slb_load_balancer" "portal" {
  load_balancer_name = "portal-clb"
  address_type       = "internet"
  load_balancer_spec = "slb.s2.small"
  payment_type       = "PayAsYouGo"
}

resource "alicloud_slb_listener" "https" {
  load_balancer_id      = alicloud_slb_load_balancer.portal.id
  frontend_port         = 443
  backend_port          = 8080
  protocol              = "https"
  bandwidth             = -1
  server_certificate_id = "1234567890-cn-hangzhou"
  tls_cipher_policy     = "tls_cipher_policy_1_2_strict"
}

# Plain HTTP served to the backend, no redirect configured (listener_forward unset).
resource "alicloud_slb_listener" "http_plain" {
  load_balancer_id = alicloud_slb_load_balancer.portal.id
  frontend_port    = 80
  backend_port     = 8080
  protocol         = "http"
  bandwidth        = -1
}

# Plain HTTP with forwarding explicitly off.
resource "alicloud_slb_listener" "http_forward_off" {
  load_balancer_id = alicloud_slb_load_balancer.portal.id
  frontend_port    = 8080
  backend_port     = 8080
  protocol         = "http"
  bandwidth        = -1
  listener_forward = "off"
}

# Layer-4 pass-through on 443 (TLS terminated on the backend): not an http/https listener.
resource "alicloud_slb_listener" "tcp_passthrough" {
  load_balancer_id = alicloud_slb_load_balancer.portal.id
  frontend_port    = 10443
  backend_port     = 443
  protocol         = "tcp"
  bandwidth        = -1
}

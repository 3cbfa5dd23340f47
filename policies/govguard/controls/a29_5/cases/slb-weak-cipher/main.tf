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

# No tls_cipher_policy: the provider default tls_cipher_policy_1_0 accepts TLS 1.0.
resource "alicloud_slb_listener" "https_default" {
  load_balancer_id      = alicloud_slb_load_balancer.portal.id
  frontend_port         = 443
  backend_port          = 8080
  protocol              = "https"
  bandwidth             = -1
  server_certificate_id = "1234567890-cn-hangzhou"
}

# Explicit TLS 1.1 policy.
resource "alicloud_slb_listener" "https_tls11" {
  load_balancer_id      = alicloud_slb_load_balancer.portal.id
  frontend_port         = 8443
  backend_port          = 8080
  protocol              = "https"
  bandwidth             = -1
  server_certificate_id = "1234567890-cn-hangzhou"
  tls_cipher_policy     = "tls_cipher_policy_1_1"
}

# Explicit TLS 1.2 policy: compliant.
resource "alicloud_slb_listener" "https_tls12" {
  load_balancer_id      = alicloud_slb_load_balancer.portal.id
  frontend_port         = 9443
  backend_port          = 8080
  protocol              = "https"
  bandwidth             = -1
  server_certificate_id = "1234567890-cn-hangzhou"
  tls_cipher_policy     = "tls_cipher_policy_1_2"
}

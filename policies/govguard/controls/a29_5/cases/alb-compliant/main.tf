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

resource "alicloud_vpc" "portal" {
  vpc_name   = "portal-vpc"
  cidr_block = "10.10.0.0/16"
}

resource "alicloud_vswitch" "h" {
  vpc_id       = alicloud_vpc.portal.id
  cidr_block   = "10.10.1.0/24"
  zone_id      = "cn-hangzhou-h"
  vswitch_name = "portal-h"
}

resource "alicloud_vswitch" "i" {
  vpc_id       = alicloud_vpc.portal.id
  cidr_block   = "10.10.2.0/24"
  zone_id      = "cn-hangzhou-i"
  vswitch_name = "portal-i"
}

resource "alicloud_alb_load_balancer" "portal_alb" {
  load_balancer_name     = "portal-alb"
  vpc_id                 = alicloud_vpc.portal.id
  address_type           = "Internet"
  address_allocated_mode = "Fixed"
  load_balancer_edition  = "Standard"
  load_balancer_billing_config {
    pay_type = "PayAsYouGo"
  }
  zone_mappings {
    vswitch_id = alicloud_vswitch.h.id
    zone_id    = alicloud_vswitch.h.zone_id
  }
  zone_mappings {
    vswitch_id = alicloud_vswitch.i.id
    zone_id    = alicloud_vswitch.i.zone_id
  }
}

resource "alicloud_alb_server_group" "web" {
  server_group_name = "portal-web"
  protocol          = "HTTP"
  vpc_id            = alicloud_vpc.portal.id
  health_check_config {
    health_check_enabled = true
    health_check_path    = "/healthz"
  }
  sticky_session_config {
    sticky_session_enabled = false
  }
}

# HTTPS with a TLS 1.2+ system policy.
resource "alicloud_alb_listener" "https" {
  load_balancer_id   = alicloud_alb_load_balancer.portal_alb.id
  listener_protocol  = "HTTPS"
  listener_port      = 443
  security_policy_id = "tls_cipher_policy_1_2_strict_with_1_3"
  certificates {
    certificate_id = "1234567-cn-hangzhou"
  }
  default_actions {
    type = "ForwardGroup"
    forward_group_config {
      server_group_tuples {
        server_group_id = alicloud_alb_server_group.web.id
      }
    }
  }
}

# HTTPS with a custom policy that allows only TLS 1.2 and 1.3.
resource "alicloud_alb_security_policy" "modern" {
  security_policy_name = "portal-tls12-13"
  tls_versions         = ["TLSv1.2", "TLSv1.3"]
  ciphers              = ["ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "TLS_AES_128_GCM_SHA256"]
}

resource "alicloud_alb_listener" "https_api" {
  load_balancer_id   = alicloud_alb_load_balancer.portal_alb.id
  listener_protocol  = "HTTPS"
  listener_port      = 8443
  security_policy_id = alicloud_alb_security_policy.modern.id
  certificates {
    certificate_id = "1234567-cn-hangzhou"
  }
  default_actions {
    type = "ForwardGroup"
    forward_group_config {
      server_group_tuples {
        server_group_id = alicloud_alb_server_group.web.id
      }
    }
  }
}

# HTTP listener whose only job is to redirect everything to HTTPS.
resource "alicloud_alb_listener" "http" {
  load_balancer_id  = alicloud_alb_load_balancer.portal_alb.id
  listener_protocol = "HTTP"
  listener_port     = 80
  default_actions {
    type = "ForwardGroup"
    forward_group_config {
      server_group_tuples {
        server_group_id = alicloud_alb_server_group.web.id
      }
    }
  }
}

resource "alicloud_alb_rule" "http_to_https" {
  rule_name   = "http-to-https"
  listener_id = alicloud_alb_listener.http.id
  priority    = 1
  rule_conditions {
    type = "Path"
    path_config {
      values = ["/*"]
    }
  }
  rule_actions {
    order = 1
    type  = "Redirect"
    redirect_config {
      protocol  = "HTTPS"
      port      = "443"
      http_code = "301"
    }
  }
}

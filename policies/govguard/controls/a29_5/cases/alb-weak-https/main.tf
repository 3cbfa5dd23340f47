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

# security_policy_id left out: Optional+Computed, unknown in the plan (the service default is TLS 1.0).
resource "alicloud_alb_listener" "https_default" {
  load_balancer_id  = alicloud_alb_load_balancer.portal_alb.id
  listener_protocol = "HTTPS"
  listener_port     = 443
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

# System policy that still accepts TLS 1.0 and 1.1.
resource "alicloud_alb_listener" "https_compat" {
  load_balancer_id   = alicloud_alb_load_balancer.portal_alb.id
  listener_protocol  = "HTTPS"
  listener_port      = 8443
  security_policy_id = "tls_cipher_policy_1_0_to_1_3"
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

resource "alicloud_alb_listener" "https_tls11" {
  load_balancer_id   = alicloud_alb_load_balancer.portal_alb.id
  listener_protocol  = "HTTPS"
  listener_port      = 9443
  security_policy_id = "tls_cipher_policy_1_1"
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

# Custom policy that still lists TLSv1.1.
resource "alicloud_alb_security_policy" "legacy_clients" {
  security_policy_name = "portal-legacy-clients"
  tls_versions         = ["TLSv1.1", "TLSv1.2"]
  ciphers              = ["ECDHE-RSA-AES128-SHA", "ECDHE-RSA-AES128-GCM-SHA256"]
}

resource "alicloud_alb_listener" "https_custom_legacy" {
  load_balancer_id   = alicloud_alb_load_balancer.portal_alb.id
  listener_protocol  = "HTTPS"
  listener_port      = 10443
  security_policy_id = alicloud_alb_security_policy.legacy_clients.id
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

# Compliant neighbour.
resource "alicloud_alb_listener" "https_strict" {
  load_balancer_id   = alicloud_alb_load_balancer.portal_alb.id
  listener_protocol  = "HTTPS"
  listener_port      = 11443
  security_policy_id = "tls_cipher_policy_1_2_strict"
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

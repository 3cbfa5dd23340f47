# The portal's public entry point: an ALB with HTTPS for citizens, an HTTP->HTTPS redirect,
# and an HTTPS listener for the back-office team.

variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "vswitch_ids" {
  type = list(string)
}

variable "zone_ids" {
  type = list(string)
}

variable "tls_policy" {
  type        = string
  description = "ALB TLS security policy for the public HTTPS listener"
}

variable "certificate_id" {
  type = string
}

resource "alicloud_alb_load_balancer" "this" {
  load_balancer_name     = var.name
  vpc_id                 = var.vpc_id
  address_type           = "Internet"
  address_allocated_mode = "Fixed"
  load_balancer_edition  = "Standard"
  load_balancer_billing_config {
    pay_type = "PayAsYouGo"
  }
  zone_mappings {
    vswitch_id = var.vswitch_ids[0]
    zone_id    = var.zone_ids[0]
  }
  zone_mappings {
    vswitch_id = var.vswitch_ids[1]
    zone_id    = var.zone_ids[1]
  }
}

resource "alicloud_alb_server_group" "this" {
  server_group_name = "${var.name}-web"
  protocol          = "HTTP"
  vpc_id            = var.vpc_id
  health_check_config {
    health_check_enabled = true
    health_check_path    = "/healthz"
  }
  sticky_session_config {
    sticky_session_enabled = false
  }
}

resource "alicloud_alb_listener" "https" {
  load_balancer_id   = alicloud_alb_load_balancer.this.id
  listener_protocol  = "HTTPS"
  listener_port      = 443
  security_policy_id = var.tls_policy
  certificates {
    certificate_id = var.certificate_id
  }
  default_actions {
    type = "ForwardGroup"
    forward_group_config {
      server_group_tuples {
        server_group_id = alicloud_alb_server_group.this.id
      }
    }
  }
}

resource "alicloud_alb_listener" "http" {
  load_balancer_id  = alicloud_alb_load_balancer.this.id
  listener_protocol = "HTTP"
  listener_port     = 80
  default_actions {
    type = "ForwardGroup"
    forward_group_config {
      server_group_tuples {
        server_group_id = alicloud_alb_server_group.this.id
      }
    }
  }
}

resource "alicloud_alb_rule" "redirect" {
  rule_name   = "${var.name}-https-redirect"
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

# Back-office listener: security_policy_id forgotten (service default accepts TLS 1.0).
resource "alicloud_alb_listener" "admin" {
  load_balancer_id  = alicloud_alb_load_balancer.this.id
  listener_protocol = "HTTPS"
  listener_port     = 8443
  certificates {
    certificate_id = var.certificate_id
  }
  default_actions {
    type = "ForwardGroup"
    forward_group_config {
      server_group_tuples {
        server_group_id = alicloud_alb_server_group.this.id
      }
    }
  }
}

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

resource "alicloud_security_group" "app" {
  security_group_name = "gov-portal-app"
  description         = "Government portal application servers"
  vpc_id              = "vpc-bp1gov0portal0app0001"
  inner_access_policy = "Drop"
  tags                = { "data-classification" = "internal" }
}

# Administration from the private management network only; the internet reaches HTTPS.
resource "alicloud_security_group_rule" "ssh_from_ops" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = "10.10.0.0/24"
  policy            = "accept"
  priority          = 1
  description       = "SSH from the operations subnet"
}

resource "alicloud_security_group_rule" "mysql_from_app_tier" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "3306/3306"
  cidr_ip           = "172.16.8.0/24"
  description       = "MySQL from the application tier"
}

resource "alicloud_security_group_rule" "console_from_office" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "8443/8443"
  cidr_ip           = "192.168.0.0/16"
  description       = "Admin console from the office LAN (exactly the allowed range)"
}

resource "alicloud_security_group_rule" "https_public" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "443/443"
  cidr_ip           = "0.0.0.0/0"
}

resource "alicloud_security_group_rule" "deny_ssh_internet" {
  security_group_id = alicloud_security_group.app.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = "0.0.0.0/0"
  policy            = "drop"
  priority          = 100
  description       = "Explicit deny of SSH from anywhere else"
}

resource "alicloud_security_group_rule" "egress_all" {
  security_group_id = alicloud_security_group.app.id
  type              = "egress"
  ip_protocol       = "all"
  port_range        = "-1/-1"
  cidr_ip           = "0.0.0.0/0"
}

# Provincial government service portal: web tier, operations access (module) and the RAM
# identities of bureau staff and of the outsourced operator, Hengxin Technology.
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

variable "admin_cidr" {
  description = "The bureau's administration network (government private line)"
  type        = string
  default     = "10.20.0.0/16"
}

variable "vendor_accounts" {
  description = "Console accounts of the outsourced operations staff"
  type        = list(string)
  default     = ["hx-ops-zhao", "hx-dba-sun"]
}

locals {
  vpc_id           = "vpc-bp1govportal0shared01"
  mgmt_vswitch_id  = "vsw-bp1govportal0mgmt0001"
  contract_expires = "2027-06-30T23:59:59+08:00"
}

# ---------------------------------------------------------------- web tier

resource "alicloud_security_group" "web" {
  security_group_name = "gov-portal-web"
  description         = "Portal web servers"
  vpc_id              = local.vpc_id
  inner_access_policy = "Drop"
  tags                = { "data-classification" = "internal" }
}

resource "alicloud_security_group_rule" "web_public" {
  for_each = { http = 80, https = 443 }

  security_group_id = alicloud_security_group.web.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "${each.value}/${each.value}"
  cidr_ip           = "0.0.0.0/0"
  description       = "Public ${each.key}"
}

# Left over from the launch: the application server's management console, open to all.
resource "alicloud_security_group_rule" "web_debug" {
  security_group_id = alicloud_security_group.web.id
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "8080/8080"
  cidr_ip           = "0.0.0.0/0"
}

# ---------------------------------------------------------------- operations access

module "ops" {
  source      = "./modules/ops-access"
  vpc_id      = local.vpc_id
  vswitch_id  = local.mgmt_vswitch_id
  admin_cidr  = var.admin_cidr
  vendor_cidr = "203.0.113.0/24"
}

# ---------------------------------------------------------------- account-wide identity settings

resource "alicloud_ram_account_password_policy" "account" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
  max_password_age             = 180
  password_reuse_prevention    = 5
  max_login_attempts           = 5
}

resource "alicloud_ram_security_preference" "account" {
  login_network_masks     = var.admin_cidr
  mfa_operation_for_login = "adaptive"
  login_session_duration  = 8
}

# ---------------------------------------------------------------- bureau staff

resource "alicloud_ram_user" "zhang_wei" {
  name         = "zhang.wei"
  display_name = "Zhang Wei (security administrator)"
  email        = "zhang.wei@example.gov.cn"
}

resource "alicloud_ram_login_profile" "zhang_wei" {
  user_name               = alicloud_ram_user.zhang_wei.name
  password                = "Chg-On-First-Login-2024!"
  password_reset_required = true
  mfa_bind_required       = true
}

resource "alicloud_ram_group" "sec_admins" {
  group_name = "gov-sec-admins"
  comments   = "Bureau security administrators (staff only)"
}

resource "alicloud_ram_group_membership" "sec_admins" {
  group_name = alicloud_ram_group.sec_admins.group_name
  user_names = [alicloud_ram_user.zhang_wei.name]
}

resource "alicloud_ram_group_policy_attachment" "sec_admins_admin" {
  group_name  = alicloud_ram_group.sec_admins.group_name
  policy_name = "AdministratorAccess"
  policy_type = "System"
}

resource "alicloud_ram_role" "ci_deploy" {
  role_name   = "portal-ci-deploy"
  description = "Assumed by the release pipeline"
  assume_role_policy_document = jsonencode({
    Version = "1"
    Statement = [{
      Action    = "sts:AssumeRole"
      Effect    = "Allow"
      Principal = { RAM = ["acs:ram::1234567890123456:root"] }
    }]
  })
}

resource "alicloud_ram_role_policy_attachment" "ci_deploy_admin" {
  role_name   = alicloud_ram_role.ci_deploy.role_name
  policy_name = "AdministratorAccess"
  policy_type = "System"
}

resource "alicloud_ram_policy" "break_glass" {
  policy_name     = "portal-break-glass"
  description     = "Emergency access"
  policy_document = <<-JSON
    {
      "Version": "1",
      "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]
    }
  JSON
}

# ---------------------------------------------------------------- outsourced operator

resource "alicloud_ram_user" "vendor" {
  count        = length(var.vendor_accounts)
  name         = var.vendor_accounts[count.index]
  display_name = "Hengxin Technology (${var.vendor_accounts[count.index]})"
}

resource "alicloud_ram_login_profile" "vendor" {
  count     = length(var.vendor_accounts)
  user_name = alicloud_ram_user.vendor[count.index].name
  password  = "Chg-On-First-Login-2024!"
}

resource "alicloud_ram_group" "vendor" {
  group_name = "vendor-hengxin"
  comments   = "Hengxin Technology outsourced staff"
}

resource "alicloud_ram_group_membership" "vendor" {
  group_name = alicloud_ram_group.vendor.group_name
  user_names = alicloud_ram_user.vendor[*].name
}

resource "alicloud_ram_policy" "vendor_ops" {
  policy_name = "hengxin-ecs-ops"
  policy_document = jsonencode({
    Version = "1"
    Statement = [{
      Effect    = "Allow"
      Action    = ["ecs:DescribeInstances", "ecs:StartInstance", "ecs:StopInstance", "ecs:RebootInstance"]
      Resource  = ["acs:ecs:cn-hangzhou:*:instance/*"]
      Condition = { DateLessThan = { "acs:CurrentTime" = local.contract_expires } }
    }]
  })
}

resource "alicloud_ram_policy" "vendor_db" {
  policy_name = "hengxin-rds-ops"
  policy_document = jsonencode({
    Version = "1"
    Statement = [{
      Effect   = "Allow"
      Action   = ["rds:DescribeDBInstances", "rds:RestartDBInstance", "rds:DescribeSlowLogs"]
      Resource = ["acs:rds:cn-hangzhou:*:dbinstance/*"]
    }]
  })
}

resource "alicloud_ram_group_policy_attachment" "vendor_ops" {
  group_name  = alicloud_ram_group.vendor.group_name
  policy_name = alicloud_ram_policy.vendor_ops.policy_name
  policy_type = "Custom"
}

resource "alicloud_ram_group_policy_attachment" "vendor_db" {
  group_name  = alicloud_ram_group.vendor.group_name
  policy_name = alicloud_ram_policy.vendor_db.policy_name
  policy_type = "Custom"
}

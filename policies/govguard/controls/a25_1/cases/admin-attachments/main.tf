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

resource "alicloud_ram_user" "ops" {
  name         = "chen.gang"
  display_name = "Chen Gang (operations)"
}

resource "alicloud_ram_group" "platform" {
  group_name = "portal-platform"
}

resource "alicloud_ram_role" "deploy" {
  role_name = "portal-ci-deploy"
  assume_role_policy_document = jsonencode({
    Version = "1"
    Statement = [{
      Action    = "sts:AssumeRole"
      Effect    = "Allow"
      Principal = { RAM = ["acs:ram::1234567890123456:root"] }
    }]
  })
}

resource "alicloud_ram_user_policy_attachment" "ops_admin" {
  user_name   = alicloud_ram_user.ops.name
  policy_name = "AdministratorAccess"
  policy_type = "System"
}

resource "alicloud_ram_group_policy_attachment" "platform_admin" {
  group_name  = alicloud_ram_group.platform.group_name
  policy_name = "AdministratorAccess"
  policy_type = "System"
}

resource "alicloud_ram_role_policy_attachment" "deploy_admin" {
  role_name   = alicloud_ram_role.deploy.role_name
  policy_name = "AdministratorAccess"
  policy_type = "System"
}

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

# Programmatic identities only: no login profile, so no console sign-in to restrict.
resource "alicloud_ram_user" "ci_reader" {
  name         = "portal-ci-reader"
  display_name = "CI pipeline (read-only)"
}

resource "alicloud_ram_user_policy_attachment" "ci_reader" {
  user_name   = alicloud_ram_user.ci_reader.name
  policy_name = "AliyunECSReadOnlyAccess"
  policy_type = "System"
}

resource "alicloud_ram_role" "ecs_app" {
  role_name   = "portal-ecs-app"
  description = "Role assumed by the portal's ECS instances"
  assume_role_policy_document = jsonencode({
    Version = "1"
    Statement = [{
      Action    = "sts:AssumeRole"
      Effect    = "Allow"
      Principal = { Service = ["ecs.aliyuncs.com"] }
    }]
  })
}

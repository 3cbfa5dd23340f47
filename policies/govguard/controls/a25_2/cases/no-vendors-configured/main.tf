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
  name = "hx-ops-zhao"
}

resource "alicloud_ram_policy" "ecs_ops" {
  policy_name     = "portal-ecs-ops"
  policy_document = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {"Effect": "Allow", "Action": ["ecs:DescribeInstances", "ecs:RebootInstance"], "Resource": ["*"]}
      ]
    }
  JSON
}

resource "alicloud_ram_user_policy_attachment" "ops" {
  user_name   = alicloud_ram_user.ops.name
  policy_name = alicloud_ram_policy.ecs_ops.policy_name
  policy_type = "Custom"
}

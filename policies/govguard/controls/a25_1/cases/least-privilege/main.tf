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

resource "alicloud_ram_user" "auditor" {
  name         = "li.na"
  display_name = "Li Na (security auditor)"
}

resource "alicloud_ram_group" "operators" {
  group_name = "portal-operators"
  comments   = "Portal operations staff"
}

resource "alicloud_ram_policy" "ecs_readonly" {
  policy_name     = "portal-ecs-describe"
  description     = "Read the portal's ECS inventory"
  policy_document = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["ecs:Describe*"],
          "Resource": "*"
        }
      ]
    }
  JSON
}

# A guard-rail policy: deny everything from outside the government network.
resource "alicloud_ram_policy" "deny_outside_network" {
  policy_name     = "portal-deny-outside-network"
  policy_document = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Deny",
          "Action": "*",
          "Resource": "*",
          "Condition": {"NotIpAddress": {"acs:SourceIp": ["10.0.0.0/8"]}}
        }
      ]
    }
  JSON
}

# The deprecated inline statement form, scoped to one bucket.
resource "alicloud_ram_policy" "static_site_publish" {
  policy_name = "portal-static-publish"
  statement {
    effect   = "Allow"
    action   = ["oss:PutObject", "oss:GetObject"]
    resource = ["acs:oss:*:*:gov-portal-static/*"]
  }
}

resource "alicloud_ram_user_policy_attachment" "auditor_readonly" {
  user_name   = alicloud_ram_user.auditor.name
  policy_name = "AliyunActionTrailReadOnlyAccess"
  policy_type = "System"
}

resource "alicloud_ram_group_policy_attachment" "operators_ecs" {
  group_name  = alicloud_ram_group.operators.group_name
  policy_name = alicloud_ram_policy.ecs_readonly.policy_name
  policy_type = "Custom"
}

resource "alicloud_ram_group_policy_attachment" "operators_guardrail" {
  group_name  = alicloud_ram_group.operators.group_name
  policy_name = alicloud_ram_policy.deny_outside_network.policy_name
  policy_type = "Custom"
}

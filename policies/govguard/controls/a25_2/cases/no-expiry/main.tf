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

resource "alicloud_ram_user" "vendor_ops" {
  name         = "hx-ops-zhao"
  display_name = "Zhao (Hengxin, outsourced operations)"
}

resource "alicloud_ram_policy" "vendor_ecs_ops" {
  policy_name     = "hengxin-ecs-ops"
  policy_document = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["ecs:DescribeInstances", "ecs:RebootInstance"],
          "Resource": ["acs:ecs:cn-hangzhou:*:instance/*"]
        }
      ]
    }
  JSON
}

resource "alicloud_ram_user_policy_attachment" "vendor_ops" {
  user_name   = alicloud_ram_user.vendor_ops.name
  policy_name = alicloud_ram_policy.vendor_ecs_ops.policy_name
  policy_type = "Custom"
}

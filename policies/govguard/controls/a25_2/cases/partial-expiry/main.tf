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
  name = "hx-ops-zhao"
}

# The second statement never expires.
resource "alicloud_ram_policy" "vendor_mixed" {
  policy_name     = "hengxin-mixed"
  policy_document = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["ecs:DescribeInstances"],
          "Resource": ["*"],
          "Condition": {"DateLessThan": {"acs:CurrentTime": "2027-06-30T23:59:59+08:00"}}
        },
        {
          "Effect": "Allow",
          "Action": ["oss:GetObject", "oss:PutObject"],
          "Resource": ["acs:oss:*:*:gov-portal-static/*"]
        }
      ]
    }
  JSON
}

# Only a start date, no end date.
resource "alicloud_ram_policy" "vendor_start_only" {
  policy_name     = "hengxin-start-only"
  policy_document = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["rds:DescribeDBInstances"],
          "Resource": ["*"],
          "Condition": {"DateGreaterThan": {"acs:CurrentTime": "2026-07-01T00:00:00+08:00"}}
        }
      ]
    }
  JSON
}

# The deprecated inline statement block has no way to express a condition.
resource "alicloud_ram_policy" "vendor_inline" {
  policy_name = "hengxin-inline"
  statement {
    effect   = "Allow"
    action   = ["log:GetLogStoreLogs"]
    resource = ["acs:log:*:*:project/gov-portal-logs/*"]
  }
}

resource "alicloud_ram_user_policy_attachment" "mixed" {
  user_name   = alicloud_ram_user.vendor_ops.name
  policy_name = alicloud_ram_policy.vendor_mixed.policy_name
  policy_type = "Custom"
}

resource "alicloud_ram_user_policy_attachment" "start_only" {
  user_name   = alicloud_ram_user.vendor_ops.name
  policy_name = alicloud_ram_policy.vendor_start_only.policy_name
  policy_type = "Custom"
}

resource "alicloud_ram_user_policy_attachment" "inline" {
  user_name   = alicloud_ram_user.vendor_ops.name
  policy_name = alicloud_ram_policy.vendor_inline.policy_name
  policy_type = "Custom"
}

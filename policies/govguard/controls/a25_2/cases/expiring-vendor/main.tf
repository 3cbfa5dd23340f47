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

# Hengxin Technology operates the portal under contract until 2027-06-30.
resource "alicloud_ram_user" "vendor_ops" {
  name         = "hx-ops-zhao"
  display_name = "Zhao (Hengxin, outsourced operations)"
}

resource "alicloud_ram_group" "vendor" {
  group_name = "vendor-hengxin"
  comments   = "Hengxin Technology outsourced staff"
}

resource "alicloud_ram_user" "staff" {
  name         = "zhou.min"
  display_name = "Zhou Min (bureau staff)"
}

resource "alicloud_ram_policy" "vendor_ecs_ops" {
  policy_name     = "hengxin-ecs-ops"
  description     = "Restart and inspect portal servers until the contract ends"
  policy_document = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["ecs:DescribeInstances", "ecs:StartInstance", "ecs:StopInstance", "ecs:RebootInstance"],
          "Resource": ["acs:ecs:cn-hangzhou:*:instance/*"],
          "Condition": {"DateLessThan": {"acs:CurrentTime": "2027-06-30T23:59:59+08:00"}}
        }
      ]
    }
  JSON
}

resource "alicloud_ram_policy" "vendor_log_read" {
  policy_name     = "hengxin-log-read"
  policy_document = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["log:GetLogStoreLogs", "log:ListLogStores"],
          "Resource": ["acs:log:cn-hangzhou:*:project/gov-portal-logs/*"],
          "Condition": {
            "DateLessThan": {"acs:CurrentTime": "2027-06-30T23:59:59+08:00"},
            "IpAddress": {"acs:SourceIp": ["10.30.0.0/16"]}
          }
        }
      ]
    }
  JSON
}

# Bureau staff need no expiry.
resource "alicloud_ram_policy" "staff_publish" {
  policy_name     = "portal-staff-publish"
  policy_document = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {"Effect": "Allow", "Action": ["oss:PutObject"], "Resource": ["acs:oss:*:*:gov-portal-static/*"]}
      ]
    }
  JSON
}

resource "alicloud_ram_user_policy_attachment" "vendor_ops" {
  user_name   = alicloud_ram_user.vendor_ops.name
  policy_name = alicloud_ram_policy.vendor_ecs_ops.policy_name
  policy_type = "Custom"
}

resource "alicloud_ram_group_policy_attachment" "vendor_logs" {
  group_name  = alicloud_ram_group.vendor.group_name
  policy_name = alicloud_ram_policy.vendor_log_read.policy_name
  policy_type = "Custom"
}

resource "alicloud_ram_user_policy_attachment" "staff_publish" {
  user_name   = alicloud_ram_user.staff.name
  policy_name = alicloud_ram_policy.staff_publish.policy_name
  policy_type = "Custom"
}

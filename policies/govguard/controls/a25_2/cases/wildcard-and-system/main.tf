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

resource "alicloud_ram_role" "vendor_deploy" {
  role_name = "vendor-hx-deploy"
  assume_role_policy_document = jsonencode({
    Version = "1"
    Statement = [{
      Action    = "sts:AssumeRole"
      Effect    = "Allow"
      Principal = { RAM = ["acs:ram::1234567890123456:root"] }
    }]
  })
}

resource "alicloud_ram_group" "vendor" {
  group_name = "vendor-hengxin"
}

resource "alicloud_ram_user" "vendor_dba" {
  name = "hx-dba-sun"
}

# Expires, but allows every action on the application server.
resource "alicloud_ram_policy" "vendor_deploy" {
  policy_name     = "hengxin-deploy"
  policy_document = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": "*",
          "Resource": ["acs:ecs:cn-hangzhou:*:instance/i-bp1portalapp0001"],
          "Condition": {"DateLessThan": {"acs:CurrentTime": "2027-06-30T23:59:59+08:00"}}
        }
      ]
    }
  JSON
}

resource "alicloud_ram_role_policy_attachment" "vendor_deploy" {
  role_name   = alicloud_ram_role.vendor_deploy.role_name
  policy_name = alicloud_ram_policy.vendor_deploy.policy_name
  policy_type = "Custom"
}

# A System policy can carry no expiry condition.
resource "alicloud_ram_group_policy_attachment" "vendor_oss_read" {
  group_name  = alicloud_ram_group.vendor.group_name
  policy_name = "AliyunOSSReadOnlyAccess"
  policy_type = "System"
}

# A custom policy created outside this stack: its document cannot be checked.
resource "alicloud_ram_user_policy_attachment" "vendor_dba_legacy" {
  user_name   = alicloud_ram_user.vendor_dba.name
  policy_name = "hengxin-legacy-dba"
  policy_type = "Custom"
}

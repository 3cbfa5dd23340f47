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

resource "alicloud_ram_policy" "break_glass" {
  policy_name     = "portal-break-glass"
  description     = "Emergency full access"
  policy_document = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {"Effect": "Allow", "Action": "*", "Resource": "*"}
      ]
    }
  JSON
}

# Deprecated inline statement form.
resource "alicloud_ram_policy" "legacy_ops" {
  policy_name = "portal-legacy-ops"
  statement {
    effect   = "Allow"
    action   = ["*"]
    resource = ["*"]
  }
}

# Deprecated `document` attribute.
resource "alicloud_ram_policy" "legacy_doc" {
  policy_name = "portal-legacy-doc"
  document    = <<-JSON
    {"Version": "1", "Statement": [{"Effect": "Allow", "Action": ["*"], "Resource": ["*"]}]}
  JSON
}

# Full rights, only from the office network: still full administrator rights.
resource "alicloud_ram_policy" "office_admin" {
  policy_name     = "portal-office-admin"
  policy_document = <<-JSON
    {
      "Version": "1",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["*"],
          "Resource": ["*"],
          "Condition": {"IpAddress": {"acs:SourceIp": ["10.20.0.0/16"]}}
        }
      ]
    }
  JSON
}

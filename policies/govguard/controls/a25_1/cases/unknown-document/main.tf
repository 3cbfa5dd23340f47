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

resource "alicloud_log_project" "portal" {
  project_name = "gov-portal-logs"
  description  = "Portal application logs"
  tags         = { "data-classification" = "internal" }
}

# The document embeds the project's id, only known after apply: the whole
# document is unknown at plan time and cannot be verified.
resource "alicloud_ram_policy" "log_reader" {
  policy_name = "portal-log-reader"
  policy_document = jsonencode({
    Version = "1"
    Statement = [{
      Effect   = "Allow"
      Action   = ["log:GetLogStoreLogs", "log:ListLogStores"]
      Resource = ["acs:log:*:*:project/${alicloud_log_project.portal.id}/*"]
    }]
  })
}

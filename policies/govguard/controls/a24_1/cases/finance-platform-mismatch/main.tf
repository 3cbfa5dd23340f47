terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

provider "alicloud" {
  region = "cn-shanghai-finance-1"
}

# An operations alias on the public cloud, outside the assessed finance platform.
provider "alicloud" {
  alias  = "ops"
  region = "cn-hangzhou"
}

resource "alicloud_oss_bucket" "payments" {
  bucket          = "sh-zwfw-payments"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
}

resource "alicloud_log_project" "ops" {
  provider     = alicloud.ops
  project_name = "sh-zwfw-ops-logs"
  tags         = { "data-classification" = "internal" }
}

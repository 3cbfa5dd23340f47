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

resource "alicloud_ram_user" "zhang_wei" {
  name         = "zhang.wei"
  display_name = "Zhang Wei (portal operations)"
}

resource "alicloud_ram_user" "li_na" {
  name         = "li.na"
  display_name = "Li Na (content editor)"
}

resource "alicloud_ram_user" "wang_fang" {
  name         = "wang.fang"
  display_name = "Wang Fang (administrator)"
}

resource "alicloud_ram_login_profile" "zhang_wei" {
  user_name = alicloud_ram_user.zhang_wei.name
  password  = "Chg-On-First-Login-2024!"
}

# Written for an older provider: the deprecated boolean instead of mfa_operation_for_login.
resource "alicloud_ram_security_preference" "this" {
  login_network_masks    = "10.20.0.0/16"
  enforce_mfa_for_login  = true
  login_session_duration = 6
}

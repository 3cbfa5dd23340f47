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
  email        = "zhang.wei@example.gov.cn"
}

resource "alicloud_ram_login_profile" "zhang_wei" {
  user_name               = alicloud_ram_user.zhang_wei.name
  password                = "Chg-On-First-Login-2024!"
  password_reset_required = true
  mfa_bind_required       = true
}

resource "alicloud_ram_security_preference" "this" {
  login_network_masks     = "10.20.0.0/16"
  mfa_operation_for_login = "mandatory"
  login_session_duration  = 12
}

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

# The newer resource type; note the provider's spelling max_login_attemps.
resource "alicloud_ram_password_policy" "this" {
  minimum_password_length              = 12
  require_lowercase_characters         = true
  require_uppercase_characters         = true
  require_numbers                      = true
  require_symbols                      = true
  max_password_age                     = 60
  password_reuse_prevention            = 8
  max_login_attemps                    = 3
  hard_expiry                          = false
  minimum_password_different_character = 3
  password_not_contain_user_name       = true
}

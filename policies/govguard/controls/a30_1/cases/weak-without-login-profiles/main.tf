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

# The stack manages the account's password policy but creates no console users itself.
resource "alicloud_ram_account_password_policy" "this" {
  minimum_password_length      = 12
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
  max_password_age             = 180
  password_reuse_prevention    = 5
  max_login_attempts           = 5
}

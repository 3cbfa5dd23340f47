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

resource "alicloud_ram_group" "sec_admins" {
  group_name = "gov-sec-admins"
  comments   = "Bureau security administrators (staff)"
}

resource "alicloud_ram_user" "wang_fang" {
  name         = "wang.fang"
  display_name = "Wang Fang (chief administrator, staff)"
}

resource "alicloud_ram_user" "contractor" {
  name         = "hx-contractor-li"
  display_name = "Li (outsourced operations)"
}

resource "alicloud_ram_group_policy_attachment" "sec_admins" {
  group_name  = alicloud_ram_group.sec_admins.group_name
  policy_name = "AdministratorAccess"
  policy_type = "System"
}

resource "alicloud_ram_user_policy_attachment" "wang_fang" {
  user_name   = alicloud_ram_user.wang_fang.name
  policy_name = "AdministratorAccess"
  policy_type = "System"
}

resource "alicloud_ram_user_policy_attachment" "contractor" {
  user_name   = alicloud_ram_user.contractor.name
  policy_name = "AdministratorAccess"
  policy_type = "System"
}

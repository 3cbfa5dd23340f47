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

# alicloud_slb is the deprecated name of alicloud_slb_load_balancer, here with its deprecated
# arguments name and specification. No alicloud_log_audit collects its access logs: fails.
resource "alicloud_slb" "legacy" {
  name          = "gov-portal-legacy"
  address_type  = "intranet"
  vswitch_id    = "vsw-bp1portalh00001"
  specification = "slb.s2.small"
  tags          = { "data-classification" = "internal" }
}

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

# geographic_region_b_id is Optional + Computed: left unset, the second end is decided by the cloud.
resource "alicloud_cen_bandwidth_package" "interconnect" {
  cen_bandwidth_package_name = "hz-zwfw-interconnect"
  bandwidth                  = 10
  geographic_region_a_id     = "China"
}

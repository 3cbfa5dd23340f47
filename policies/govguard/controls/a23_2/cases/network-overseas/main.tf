terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

provider "alicloud" {
  region = "cn-beijing"
}

resource "alicloud_vpc" "portal" {
  vpc_name   = "bj-zwfw-portal"
  cidr_block = "10.40.0.0/16"
}

# CEN attaching a VPC that lives in Silicon Valley.
resource "alicloud_cen_instance_attachment" "partner" {
  instance_id              = "cen-zwfw0000000000001"
  child_instance_id        = "vpc-rj9partner00000001"
  child_instance_type      = "VPC"
  child_instance_region_id = "us-west-1"
}

# Domestic attachment: fine.
resource "alicloud_cen_instance_attachment" "portal" {
  instance_id              = "cen-zwfw0000000000001"
  child_instance_id        = alicloud_vpc.portal.id
  child_instance_type      = "VPC"
  child_instance_region_id = "cn-beijing"
}

resource "alicloud_cen_transit_router_peer_attachment" "frankfurt" {
  cen_id                        = "cen-zwfw0000000000001"
  transit_router_id             = "tr-2ze0000000000000001"
  peer_transit_router_id        = "tr-gw80000000000000001"
  peer_transit_router_region_id = "eu-central-1"
  bandwidth_type                = "BandwidthPackage"
  cen_bandwidth_package_id      = "cenbwp-zwfw000000001"
  bandwidth                     = 5
}

resource "alicloud_cen_bandwidth_package" "cross_border" {
  cen_bandwidth_package_name = "bj-zwfw-cross-border"
  bandwidth                  = 10
  geographic_region_a_id     = "China"
  geographic_region_b_id     = "Asia-Pacific"
}

resource "alicloud_vpc_peer_connection" "hk_office" {
  peer_connection_name = "bj-zwfw-hk-office"
  vpc_id               = alicloud_vpc.portal.id
  accepting_ali_uid    = 1234567890123456
  accepting_region_id  = "cn-hongkong"
  accepting_vpc_id     = "vpc-j6czwfwhk000000001"
}

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

# The appointment-booking system was retired: every data store of it was deleted from this
# configuration in one change, with nothing recorded as archived. Only its VPC remains.
resource "alicloud_vpc" "booking" {
  vpc_name   = "hz-zwfw-booking"
  cidr_block = "10.50.0.0/16"
}

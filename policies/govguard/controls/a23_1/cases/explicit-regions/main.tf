terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

variable "dr_region" {
  type        = string
  description = "Disaster-recovery region of the portal"
  default     = "cn-shanghai"
}

provider "alicloud" {
  region = "cn-hangzhou"
}

provider "alicloud" {
  alias  = "dr"
  region = var.dr_region
}

resource "alicloud_oss_bucket" "materials" {
  bucket          = "hz-zwfw-materials"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

resource "alicloud_oss_bucket" "materials_dr" {
  provider        = alicloud.dr
  bucket          = "hz-zwfw-materials-dr"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

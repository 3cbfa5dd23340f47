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

variable "redundancy" {
  type    = string
  default = "ZRS"
}

resource "alicloud_oss_bucket" "registry" {
  bucket          = "gov-portal-registry"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
}

resource "alicloud_oss_bucket" "notices" {
  bucket          = "gov-portal-notices"
  redundancy_type = "ZRS"
  storage_class   = "Standard"
  tags            = { "data-classification" = "public" }
}

# From a variable whose default is ZRS.
resource "alicloud_oss_bucket" "forms" {
  bucket          = "gov-portal-forms"
  redundancy_type = var.redundancy
  tags            = { "data-classification" = "sensitive" }
}

terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

variable "share_count" {
  type    = number
  default = 2
}

resource "alicloud_nas_file_system" "share" {
  count         = var.share_count
  protocol_type = "NFS"
  storage_type  = "Performance"
  description   = "hz-zwfw-share-${count.index}"
  tags          = { "data-classification" = "internal" }
}

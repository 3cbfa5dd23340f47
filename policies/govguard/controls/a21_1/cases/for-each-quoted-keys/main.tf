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

# Keys and values holding quotes, backslashes, an escaped "${" and a newline stay values: each
# instance is judged on its own classification, under the address terraform gives it.
resource "alicloud_oss_bucket" "files" {
  for_each = {
    "the \"portal\" files" = { bucket = "gov-portal-files", level = "internal", note = "" }
    "C:\\archive\\"        = { bucket = "gov-portal-archive", level = "public", note = "" }
    "costs 100%"           = { bucket = "gov-portal-costs", level = "secret \"level\"", note = "price $${x}\nper year" }
  }
  bucket          = each.value.bucket
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = each.value.level
    "purpose"             = "files: ${each.key}"
    "note"                = each.value.note
  }
}

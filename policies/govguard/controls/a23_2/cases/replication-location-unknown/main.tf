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

provider "alicloud" {
  alias  = "dr"
  region = "cn-shanghai"
}

resource "alicloud_oss_bucket" "materials" {
  bucket          = "hz-zwfw-materials"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket" "materials_dr" {
  provider        = alicloud.dr
  bucket          = "hz-zwfw-materials-dr"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
  versioning {
    status = "Enabled"
  }
}

# The provider documentation's pattern: location taken from the destination bucket, which is
# computed by the cloud and therefore unknown until apply.
resource "alicloud_oss_bucket_replication" "materials" {
  bucket = alicloud_oss_bucket.materials.bucket
  action = "ALL"
  destination {
    bucket   = alicloud_oss_bucket.materials_dr.bucket
    location = alicloud_oss_bucket.materials_dr.location
  }
}

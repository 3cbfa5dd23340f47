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


# Important data, no replication at all.
resource "alicloud_oss_bucket" "registry" {
  bucket          = "gov-portal-registry"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
  versioning {
    status = "Enabled"
  }
}

# Core data; the only replication in the stack belongs to another bucket.
resource "alicloud_oss_bucket" "identities" {
  bucket          = "gov-portal-identities"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "core" }
  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket" "notices" {
  bucket          = "gov-portal-notices"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_replication" "notices" {
  bucket = alicloud_oss_bucket.notices.bucket
  destination {
    bucket   = "gov-portal-notices-dr"
    location = "oss-cn-shanghai"
  }
}

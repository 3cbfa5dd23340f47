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
  alias  = "sh"
  region = "cn-shanghai"
}

# Same region as the source: no protection against a region loss.
resource "alicloud_oss_bucket" "identities" {
  bucket          = "gov-portal-identities"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "core" }
  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_replication" "identities" {
  bucket = alicloud_oss_bucket.identities.bucket
  destination {
    bucket   = "gov-portal-identities-copy"
    location = "oss-cn-hangzhou"
  }
}

# Source on the aliased cn-shanghai provider, destination also cn-shanghai.
resource "alicloud_oss_bucket" "archives" {
  provider        = alicloud.sh
  bucket          = "gov-portal-archives"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_replication" "archives" {
  provider = alicloud.sh
  bucket   = alicloud_oss_bucket.archives.bucket
  destination {
    bucket   = "gov-portal-archives-copy"
    location = "oss-cn-shanghai"
  }
}

# Destination outside the mainland (cn-hongkong starts with cn- but is not allowed).
resource "alicloud_oss_bucket" "cases" {
  bucket          = "gov-portal-cases"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_replication" "cases" {
  bucket = alicloud_oss_bucket.cases.bucket
  destination {
    bucket   = "gov-portal-cases-dr"
    location = "oss-cn-hongkong"
  }
}

# Good: another allowed mainland region.
resource "alicloud_oss_bucket" "registry" {
  bucket          = "gov-portal-registry"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_replication" "registry" {
  bucket = alicloud_oss_bucket.registry.bucket
  destination {
    bucket   = "gov-portal-registry-dr"
    location = "oss-cn-wulanchabu"
  }
}

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

# Important bucket in cn-hangzhou replicated to cn-shanghai; replication correlated by reference.
# The DR buckets are managed by the DR team's own stack.
resource "alicloud_oss_bucket" "registry" {
  bucket          = "gov-portal-registry"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "important" }
  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_replication" "registry" {
  bucket                        = alicloud_oss_bucket.registry.bucket
  action                        = "ALL"
  historical_object_replication = "enabled"
  destination {
    bucket   = "gov-portal-registry-dr"
    location = "oss-cn-shanghai"
  }
}

# Core bucket replicated to cn-beijing; replication names the bucket literally.
resource "alicloud_oss_bucket" "identities" {
  bucket          = "gov-portal-identities"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "core" }
  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_replication" "identities" {
  bucket     = "gov-portal-identities"
  action     = "ALL"
  depends_on = [alicloud_oss_bucket.identities]
  destination {
    bucket   = "gov-portal-identities-dr"
    location = "oss-cn-beijing"
  }
}

# Important bucket in cn-shanghai (aliased provider) replicated back to cn-hangzhou.
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
    bucket   = "gov-portal-archives-dr"
    location = "oss-cn-hangzhou"
  }
}

# Internal data: no replication needed.
resource "alicloud_oss_bucket" "notices" {
  bucket          = "gov-portal-notices"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
}

# A zone-redundant, KMS/SM4-encrypted, non-public bucket replicated to another region.

terraform {
  required_providers {
    alicloud = {
      source = "aliyun/alicloud"
    }
  }
}

variable "name" {
  type = string
}

variable "classification" {
  type = string
}

variable "kms_key_id" {
  type = string
}

variable "replica_location" {
  type        = string
  description = "OSS location of the replica, e.g. oss-cn-shanghai"
}

resource "alicloud_oss_bucket" "this" {
  bucket          = var.name
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = var.classification
  }

  server_side_encryption_rule {
    sse_algorithm       = "KMS"
    kms_master_key_id   = var.kms_key_id
    kms_data_encryption = "SM4"
  }

  versioning {
    status = "Enabled"
  }
}

resource "alicloud_oss_bucket_public_access_block" "this" {
  bucket              = alicloud_oss_bucket.this.bucket
  block_public_access = true
}

resource "alicloud_oss_bucket_replication" "this" {
  bucket                        = alicloud_oss_bucket.this.bucket
  action                        = "ALL"
  historical_object_replication = "enabled"

  destination {
    bucket   = "${var.name}-dr"
    location = var.replica_location
  }
}

output "bucket" {
  value = alicloud_oss_bucket.this.bucket
}

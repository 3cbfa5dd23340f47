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

# data_node_configuration with disk_encryption: passes.
resource "alicloud_elasticsearch_instance" "search" {
  description                  = "gov-portal-search"
  version                      = "7.10_with_X-Pack"
  vswitch_id                   = "vsw-bp1portal0000000001"
  kms_encrypted_password       = "kms-ciphertext-of-the-admin-password"
  payment_type                 = "PayAsYouGo"
  enable_public                = false
  enable_kibana_public_network = false
  tags                         = { "data-classification" = "sensitive" }

  data_node_configuration {
    spec            = "elasticsearch.sn2ne.large"
    amount          = 2
    disk_type       = "cloud_ssd"
    disk            = 20
    disk_encryption = true
  }
}

# The deprecated flat arguments, data_node_disk_encrypted = false: fails.
resource "alicloud_elasticsearch_instance" "archive" {
  description                  = "gov-portal-archive"
  version                      = "7.10_with_X-Pack"
  vswitch_id                   = "vsw-bp1portal0000000001"
  kms_encrypted_password       = "kms-ciphertext-of-the-admin-password"
  instance_charge_type         = "PostPaid"
  data_node_amount             = 2
  data_node_spec               = "elasticsearch.sn2ne.large"
  data_node_disk_size          = 20
  data_node_disk_type          = "cloud_ssd"
  data_node_disk_encrypted     = false
  enable_public                = false
  enable_kibana_public_network = false
  tags                         = { "data-classification" = "internal" }
}

# Encrypted data nodes, unencrypted warm nodes: fails.
resource "alicloud_elasticsearch_instance" "logs" {
  description                  = "gov-portal-logs"
  version                      = "7.10_with_X-Pack"
  vswitch_id                   = "vsw-bp1portal0000000001"
  kms_encrypted_password       = "kms-ciphertext-of-the-admin-password"
  payment_type                 = "PayAsYouGo"
  enable_public                = false
  enable_kibana_public_network = false
  tags                         = { "data-classification" = "internal" }

  data_node_configuration {
    spec            = "elasticsearch.sn2ne.large"
    amount          = 2
    disk_type       = "cloud_ssd"
    disk            = 20
    disk_encryption = true
  }

  warm_node_configuration {
    spec            = "elasticsearch.sn1ne.large"
    amount          = 3
    disk_type       = "cloud_efficiency"
    disk            = 500
    disk_encryption = false
  }
}

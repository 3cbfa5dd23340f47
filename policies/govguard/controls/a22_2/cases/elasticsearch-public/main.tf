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

# Neither the public endpoint nor Kibana's public access: passes.
resource "alicloud_elasticsearch_instance" "private" {
  description                  = "gov-portal-private"
  version                      = "7.10_with_X-Pack"
  vswitch_id                   = "vsw-bp1portal0000000001"
  kms_encrypted_password       = "kms-ciphertext-of-the-admin-password"
  data_node_disk_encrypted     = true
  enable_public                = false
  enable_kibana_public_network = false
  tags                         = { "data-classification" = "internal" }
}

# Kibana's public access is left at its default (on) with no whitelist: fails.
resource "alicloud_elasticsearch_instance" "kibana_default" {
  description              = "gov-portal-kibana"
  version                  = "7.10_with_X-Pack"
  vswitch_id               = "vsw-bp1portal0000000001"
  kms_encrypted_password   = "kms-ciphertext-of-the-admin-password"
  data_node_disk_encrypted = true
  enable_public            = false
  tags                     = { "data-classification" = "internal" }
}

# Both public, each whitelist inside the admin ranges: passes.
resource "alicloud_elasticsearch_instance" "admin" {
  description                  = "gov-portal-admin"
  version                      = "7.10_with_X-Pack"
  vswitch_id                   = "vsw-bp1portal0000000001"
  kms_encrypted_password       = "kms-ciphertext-of-the-admin-password"
  data_node_disk_encrypted     = true
  enable_public                = true
  public_whitelist             = ["10.8.0.0/24"]
  enable_kibana_public_network = true
  kibana_whitelist             = ["10.8.0.10"]
  tags                         = { "data-classification" = "internal" }
}

# A public endpoint open to the world: fails.
resource "alicloud_elasticsearch_instance" "open" {
  description                  = "gov-portal-open"
  version                      = "7.10_with_X-Pack"
  vswitch_id                   = "vsw-bp1portal0000000001"
  kms_encrypted_password       = "kms-ciphertext-of-the-admin-password"
  data_node_disk_encrypted     = true
  enable_public                = true
  public_whitelist             = ["0.0.0.0/0"]
  enable_kibana_public_network = false
  tags                         = { "data-classification" = "internal" }
}

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

# alicloud_yundun_bastionhost_instance is the deprecated name of alicloud_bastionhost_instance (the
# provider registers the same resource under both): the same rule applies.

# Open to the internet with no public_white_list: fails.
resource "alicloud_yundun_bastionhost_instance" "vendor" {
  description          = "gov-portal-vendor-bastion"
  license_code         = "bhah_ent_50_asset"
  plan_code            = "cloudbastion"
  storage              = "5"
  bandwidth            = "10"
  period               = 1
  vswitch_id           = "vsw-bp1gov0portal0mgmt001"
  security_group_ids   = ["sg-bp1gov0portal0bastion1"]
  tags                 = { "data-classification" = "internal" }
  enable_public_access = true
}

# Public access limited to an admin range: passes.
resource "alicloud_yundun_bastionhost_instance" "ops" {
  description          = "gov-portal-ops-bastion"
  license_code         = "bhah_ent_50_asset"
  plan_code            = "cloudbastion"
  storage              = "5"
  bandwidth            = "10"
  period               = 1
  vswitch_id           = "vsw-bp1gov0portal0mgmt001"
  security_group_ids   = ["sg-bp1gov0portal0bastion1"]
  tags                 = { "data-classification" = "internal" }
  enable_public_access = true
  public_white_list    = ["10.8.0.0/24"]
}

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
  alias  = "hk"
  region = "cn-hongkong"
}

resource "alicloud_oss_bucket" "static" {
  bucket          = "hz-portal-static"
  redundancy_type = "ZRS"
  tags = {
    "data-classification" = "public"
  }
}

resource "alicloud_oss_bucket" "mirror" {
  provider = alicloud.hk
  bucket   = "hz-portal-static-hk"
  tags = {
    "data-classification" = "public"
  }
}

# Origin is the extranet endpoint of a bucket created through the cn-hongkong provider:
# unknown at plan time, so the referenced bucket's provider region decides -> outside the mainland.
resource "alicloud_cdn_domain_new" "mirror" {
  domain_name = "mirror.hz-portal.gov.cn"
  cdn_type    = "download"
  scope       = "domestic"
  sources {
    type     = "oss"
    content  = alicloud_oss_bucket.mirror.extranet_endpoint
    port     = 443
    priority = 20
    weight   = 10
  }
  certificate_config {
    cert_type                 = "cas"
    cert_id                   = "11223344"
    server_certificate_status = "on"
  }
}

# Same pattern with the cn-hangzhou bucket: domestic.
resource "alicloud_cdn_domain_new" "static" {
  domain_name = "static.hz-portal.gov.cn"
  cdn_type    = "download"
  scope       = "domestic"
  sources {
    type     = "oss"
    content  = alicloud_oss_bucket.static.extranet_endpoint
    port     = 443
    priority = 20
    weight   = 10
  }
  certificate_config {
    cert_type                 = "cas"
    cert_id                   = "11223344"
    server_certificate_status = "on"
  }
}

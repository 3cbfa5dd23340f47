terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "1.289.0"
    }
  }
}

# API calls for OSS go through a third-party gateway.
provider "alicloud" {
  region = "cn-hangzhou"
  endpoints {
    oss = "oss-gateway.hz-zwfw-partner.com"
    ecs = "ecs.cn-hangzhou.aliyuncs.com"
  }
}

# Looks like an Alibaba endpoint but is a host under example.net.
provider "alicloud" {
  alias  = "dr"
  region = "cn-shanghai"
  endpoints {
    oss = "oss-cn-shanghai.aliyuncs.com.proxy.example.net"
  }
}

# A suffix without the dot: notaliyuncs.com is not aliyuncs.com.
provider "alicloud" {
  alias  = "logs"
  region = "cn-hangzhou"
  endpoints {
    log = "cn-hangzhou.log.notaliyuncs.com"
  }
}

# Compliant: internal endpoint under aliyuncs.com.
provider "alicloud" {
  alias  = "internal"
  region = "cn-hangzhou"
  endpoints {
    oss = "oss-cn-hangzhou-internal.aliyuncs.com"
  }
}

resource "alicloud_oss_bucket" "materials" {
  bucket          = "hz-zwfw-materials"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

resource "alicloud_oss_bucket" "materials_dr" {
  provider        = alicloud.dr
  bucket          = "hz-zwfw-materials-dr"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "sensitive" }
}

resource "alicloud_log_project" "portal" {
  provider     = alicloud.logs
  project_name = "hz-zwfw-portal-logs"
  tags         = { "data-classification" = "internal" }
}

resource "alicloud_oss_bucket" "exports" {
  provider        = alicloud.internal
  bucket          = "hz-zwfw-exports"
  redundancy_type = "ZRS"
  tags            = { "data-classification" = "internal" }
}

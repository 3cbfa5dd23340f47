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

# Deprecated DNS types: alicloud_dns and alicloud_dns_domain are alicloud_alidns_domain under old
# names (alicloud_dns with the argument name for domain_name), alicloud_dns_record is
# alicloud_alidns_record (name for domain_name, host_record for rr). A Party and government organ
# (the default org.type) needs .gov.cn or .政务.

resource "alicloud_dns" "portal" {
  name = "hzzwfw.com"
}

resource "alicloud_dns_domain" "legacy" {
  domain_name = "hzzwfw.org.cn"
}

resource "alicloud_dns_record" "mobile" {
  name        = "hzzwfw.net"
  host_record = "m"
  type        = "CNAME"
  value       = "m.hzzwfw.gov.cn"
}

# Compliant: the domain and a record in it.
resource "alicloud_dns" "gov" {
  name = "hzzwfw.gov.cn"
}

resource "alicloud_dns_record" "www" {
  name        = "hzzwfw.gov.cn"
  host_record = "www"
  type        = "A"
  value       = "203.0.113.10"
}

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

# One module instance per tier: the api tier keeps its logs 90 days (fails), the web tier a year.
module "tier" {
  source = "./modules/logstore"
  for_each = {
    api = { retention_days = 90 }
    web = { retention_days = 365 }
  }
  project_name   = "gov-portal-${each.key}"
  retention_days = each.value.retention_days
}

# METADATA
# description: |
#   Control parameters: the catalogue's defaults, overridden by the user's configuration
#   (`govguard.yaml`), which the host supplies as `data.govguard_config`. Objects merge key by
#   key; a list in the configuration replaces the default list. These defaults are the single
#   source of truth: the CLI validates govguard.yaml against them and `govguard init` prints them.
package govguard.lib.params

mainland_public_regions := [
	"cn-qingdao", "cn-beijing", "cn-zhangjiakou", "cn-huhehaote", "cn-wulanchabu",
	"cn-hangzhou", "cn-shanghai", "cn-nanjing", "cn-fuzhou", "cn-shenzhen", "cn-heyuan",
	"cn-guangzhou", "cn-chengdu", "cn-zhongwei", "cn-wuhan-lr",
]

finance_regions := ["cn-hangzhou-finance", "cn-shanghai-finance-1", "cn-shenzhen-finance-1", "cn-beijing-finance-1"]

government_regions := ["cn-north-2-gov-1"]

mainland_regions := array.flatten([mainland_public_regions, finance_regions, government_regions])

private_ranges := ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]

# Cloud platforms of Alibaba Cloud and the regions each comprises. The user declares which one the
# stack runs on (cloud.platform) and the reference of its national cloud computing service
# security assessment (cloud.assessment_reference); A24.1 holds providers to that platform.
platforms := {
	"alibaba_cloud": {
		"name": {"zh": "阿里云（公共云、金融云、政务云）", "en": "Alibaba Cloud (public, finance and government clouds)"},
		"regions": mainland_regions,
	},
	"alibaba_cloud_public": {
		"name": {"zh": "阿里云公共云", "en": "Alibaba Cloud public cloud"},
		"regions": mainland_public_regions,
	},
	"alibaba_cloud_finance": {
		"name": {"zh": "阿里云金融云", "en": "Alibaba Cloud finance cloud"},
		"regions": finance_regions,
	},
	"alibaba_cloud_government": {
		"name": {"zh": "阿里云政务云", "en": "Alibaba Cloud government cloud"},
		"regions": government_regions,
	},
}

defaults := {
	"org": {"type": "party_government"},
	"cloud": {"platform": "alibaba_cloud", "assessment_reference": ""},
	"regions": {"allowed": mainland_regions},
	"admin": {
		"allowed_cidrs": private_ranges,
		"ports": [22, 3389, 3306, 5432, 1433, 6379, 27017, 9200, 5601, 8080, 8443],
	},
	"public": {"ports": [80, 443]},
	"network": {"internal_cidrs": private_ranges},
	"logs": {"min_retention_days": 365, "trail_managed_elsewhere": false},
	"data": {
		"tag_key": "data-classification",
		"values": ["public", "internal", "sensitive", "important", "core"],
		"important_values": ["important", "core"],
	},
	"tls": {"hsts_min_age": 31536000},
	"cdn": {"origin_cidrs": [], "origin_domains": ["*.gov.cn", "*.政务", "*.xn--zfr164b"]},
	"dr": {"min_backup_days": 7},
	"crypto": {"require_sm": false},
	"identity": {
		"max_login_attempts": 5,
		"max_session_hours": 6,
		"staff_admins": [],
		"vendor_principals": [],
		"managed_elsewhere": false,
	},
	"decommission": {"archived": []},
	"monitoring": {"managed_elsewhere": false},
}

default user := {}

user := data.govguard_config if is_object(data.govguard_config)

effective := object.union(defaults, user)

allowed_regions := {r | some r in effective.regions.allowed}

admin_cidrs := [c | some c in effective.admin.allowed_cidrs]

internal_cidrs := [c | some c in effective.network.internal_cidrs]

important_values := {v | some v in effective.data.important_values}

classification_values := {v | some v in effective.data.values}

# Problems with the configuration itself, which make the whole evaluation unreliable.
errors contains {"code": "unknown_platform", "message": {
	"zh": concat("", ["cloud.platform 的取值 ", json.marshal(effective.cloud.platform), " 不是已知的云平台（", concat("、", sort(object.keys(platforms))), "）"]),
	"en": concat("", ["cloud.platform is ", json.marshal(effective.cloud.platform), ", which is not a known platform (", concat(", ", sort(object.keys(platforms))), ")"]),
}} if {
	not platforms[effective.cloud.platform]
}

# Remarks for the reviewer that are not findings.
notes contains {"code": "no_assessment_reference", "message": {
	"zh": "未在配置中填写 cloud.assessment_reference（国家云计算服务安全评估编号），第二十四条需审核人员另行核实",
	"en": "cloud.assessment_reference (the national cloud computing service security assessment reference) is not configured; a reviewer must verify Article 24 separately",
}} if {
	effective.cloud.assessment_reference == ""
}

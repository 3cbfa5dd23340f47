# METADATA
# description: A24.1 the stack runs on an assessed cloud platform, in that platform's regions.
package govguard.controls.a24_1

import data.govguard.lib.config
import data.govguard.lib.document
import data.govguard.lib.fields
import data.govguard.lib.params
import data.govguard.lib.provider

metadata := {
	"id": "A24.1",
	"article": 24,
	"articles": [24],
	"severity": "high",
	"title": {
		"zh": "使用通过安全评估的云平台及其区域",
		"en": "The stack runs on an assessed cloud platform, in that platform's regions",
	},
	"requirement": {
		"zh": "配置声明所用云平台（cloud.platform）及其国家云计算服务安全评估编号（cloud.assessment_reference）；每个 alicloud 提供方的区域属于该平台；提供方的服务端点（endpoints）不得指向 *.aliyuncs.com 之外。",
		"en": "The configuration declares the cloud platform (cloud.platform) and the reference of its national cloud computing service security assessment (cloud.assessment_reference); every alicloud provider's region belongs to that platform; no provider endpoint points outside *.aliyuncs.com.",
	},
	"remediation": {
		"zh": "在 govguard.yaml 中设置 cloud.platform 与 cloud.assessment_reference；只在该平台的区域中部署；删除指向非阿里云域名的 endpoints。",
		"en": "Set cloud.platform and cloud.assessment_reference in govguard.yaml; deploy only in that platform's regions; remove endpoints that point to non-Alibaba Cloud hosts.",
	},
	"decisions": [
		{
			"zh": "每个提供方的区域都须属于所声明的平台：境外区域同时违反 A23.1 与本项；区域未设置或应用前未知时无法核实，同样判为违规。",
			"en": "Every provider's region must belong to the declared platform: a region outside the mainland breaks both A23.1 and this control; a region that is not set or not known before apply cannot be verified and is a violation too.",
		},
		{
			"zh": "评估编号是采购证据，计划无法证明；未填写时在报告中提示，不作为违规。",
			"en": "The assessment reference is procurement evidence no plan can prove; when it is missing the report says so, without a finding.",
		},
		{
			"zh": "端点取值在应用前未知时按无法核实判为违规。",
			"en": "An endpoint that is only known after apply is a violation (cannot be verified).",
		},
	],
	"resources": ["provider.alicloud"],
}

platform_id := params.effective.cloud.platform

platform := params.platforms[platform_id]

platform_regions := {r | some r in platform.regions}

violations contains {
	"resource": key,
	"attribute": "region",
	"message": {
		"zh": concat("", [fields.describe("region", config.region).zh, "，", verdict.zh, "“", platform.name.zh, "”"]),
		"en": concat("", [fields.describe("region", config.region).en, ", ", verdict.en, ", ", platform.name.en]),
	},
} if {
	some key, config in provider.alicloud
	not on_platform(config.region)
	verdict := region_verdict(config.region)
}

violations contains {
	"resource": endpoint.provider,
	"attribute": concat(".", ["endpoints", endpoint.service]),
	"message": {
		"zh": concat("", ["服务端点 ", endpoint.service, " 指向 ", endpoint.value, "，不在 *.aliyuncs.com 之内"]),
		"en": concat("", ["the ", endpoint.service, " endpoint points to ", endpoint.value, ", outside *.aliyuncs.com"]),
	},
} if {
	some endpoint in endpoints
	endpoint.value != unknown_endpoint
	not aliyun_host(endpoint.value)
}

violations contains {
	"resource": endpoint.provider,
	"attribute": concat(".", ["endpoints", endpoint.service]),
	"message": {
		"zh": concat("", ["服务端点 ", endpoint.service, " 取自应用前未知的表达式，无法核实是否在 *.aliyuncs.com 之内"]),
		"en": concat("", ["the ", endpoint.service, " endpoint is set from an expression known only after apply, so it cannot be verified to be inside *.aliyuncs.com"]),
	},
} if {
	some endpoint in endpoints
	endpoint.value == unknown_endpoint
}

on_platform(region) if {
	region.status == "known"
	region.value in platform_regions
}

region_verdict(region) := {"zh": "不属于所声明的云平台", "en": "which is not part of the declared platform"} if {
	region.status == "known"
} else := {"zh": "无法核实是否属于所声明的云平台", "en": "so it cannot be verified to belong to the declared platform"}

# An endpoint override: a host name, possibly with a scheme and a port.
aliyun_host(value) if {
	host := split(split(trim_prefix(trim_prefix(value, "https://"), "http://"), "/")[0], ":")[0]
	endswith(lower(host), ".aliyuncs.com")
}

unknown_endpoint := "(known after apply)"

# Endpoint overrides of every alicloud provider configuration: the `endpoints` block and the
# deprecated top-level *_endpoint arguments.
endpoints contains {"provider": key, "service": service, "value": value} if {
	some key in object.keys(provider.raw)
	overrides := endpoint_values(key)
	some service, value in overrides
}

endpoint_values(key) := plan_endpoints(key) if {
	document.kind == "plan"
} else := config_endpoints(key)

plan_endpoints(key) := object.union(
	{service: expression_text(expression) |
		some block in input.configuration.provider_config[key].expressions.endpoints
		some service, expression in block
	},
	{service: expression_text(expression) |
		some service, expression in input.configuration.provider_config[key].expressions
		service in deprecated_endpoints
	},
)

expression_text(expression) := expression.constant_value if {
	is_string(expression.constant_value)
} else := unknown_endpoint

# An endpoint set twice with different values is unknown (fail closed).
config_endpoints(key) := {service: endpoint_text(texts) |
	some [service, _] in endpoint_pairs(key)
	texts := {pair[1] | some pair in endpoint_pairs(key); pair[0] == service}
}

endpoint_text(texts) := text if {
	count(texts) == 1
	some text in texts
} else := unknown_endpoint

endpoint_pairs(key) := {[service, value_text(value)] |
	some body in provider_bodies(key)
	some block in config.bodies(body.endpoints)
	some service, value in block
} | {[service, value_text(value)] |
	some body in provider_bodies(key)
	some service, value in body
	service in deprecated_endpoints
}

value_text(value) := value if {
	is_string(value)
	not contains(value, "${")
} else := unknown_endpoint

deprecated_endpoints := {"log_endpoint", "mns_endpoint", "fc"}

provider_bodies(key) := [body |
	some path, doc in config.documents
	some name in config.alicloud_names(doc)
	some body in config.bodies(doc.provider[name])
	config.provider_key(path, name, object.get(body, "alias", "")) == key
]

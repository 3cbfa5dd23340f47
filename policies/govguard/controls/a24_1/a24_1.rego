package govguard.controls.a24_1

import data.govguard.lib.fields
import data.govguard.lib.params
import data.govguard.lib.provider
import data.govguard.lib.stack

metadata := {
	"id": "A24.1",
	"article": 24,
	"articles": [24],
	"severity": "high",
	"scope": "stack",
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
			"zh": "评估编号是计划无法证明的采购证据，由 govguard.yaml 声明；栈中有 alicloud 提供方或资源而未填写（或只填空白）时，报告在 (stack) 上的违规，填写后消除。",
			"en": "The assessment reference is procurement evidence no plan can prove, declared in govguard.yaml; when a stack with an alicloud provider or resource has none (or only blanks), it is a finding on (stack), which declaring it clears.",
		},
		{
			"zh": "端点取值在应用前未知时按无法核实判为违规。",
			"en": "An endpoint that is only known after apply is a violation (cannot be verified).",
		},
		{
			"zh": "本项只取决于提供方配置（region、endpoints），不取决于任何资源属性；其取值在应用前未知时按无法核实判为违规。",
			"en": "This control depends on provider configurations (region, endpoints), on no resource attribute; a value of theirs only known after apply is a violation (cannot be verified).",
		},
	],
	"resources": ["provider.alicloud"],
	"deciding": [],
}

platform_id := params.effective.cloud.platform

platform := params.platforms[platform_id]

platform_regions := {r | some r in platform.regions}

violations contains {
	"resource": key,
	"attribute": "region",
	"message": {
		"zh": concat("", [said1.zh, "，", verdict.zh, "“", platform.name.zh, "”"]),
		"en": concat("", [said1.en, ", ", verdict.en, ", ", platform.name.en]),
	},
} if {
	some key, config in provider.alicloud
	not on_platform(config.region)
	verdict := region_verdict(config.region)
	said1 := fields.describe("region", config.region)
}

violations contains {
	"resource": stack.address,
	"attribute": "cloud.assessment_reference",
	"message": {
		"zh": "govguard.yaml 中未填写 cloud.assessment_reference，无法表明所用云平台通过了国家云计算服务安全评估",
		"en": "cloud.assessment_reference is not set in govguard.yaml, so nothing shows that the cloud platform passed the national cloud computing service security assessment",
	},
} if {
	uses_alicloud
	not assessment_declared
}

violations contains {
	"resource": endpoint.provider,
	"attribute": concat(".", ["endpoints", endpoint.service]),
	"message": {
		"zh": concat("", ["服务端点 ", endpoint.service, " 指向 ", endpoint.value, "，不在 *.aliyuncs.com 之内"]),
		"en": concat("", ["the ", endpoint.service, " endpoint points to ", endpoint.value, ", outside *.aliyuncs.com"]),
	},
} if {
	some endpoint in provider.endpoints
	endpoint.value != provider.unknown_endpoint
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
	some endpoint in provider.endpoints
	endpoint.value == provider.unknown_endpoint
}

uses_alicloud if count(provider.alicloud) > 0

uses_alicloud if stack.has_alicloud

assessment_declared if {
	reference := params.effective.cloud.assessment_reference
	is_string(reference)
	trim_space(reference) != ""
}

on_platform(region) if {
	region.status == "known"
	region.value in platform_regions
}

region_verdict(region) := {"zh": "不属于所声明的云平台", "en": "which is not part of the declared platform"} if {
	region.status == "known"
} else := {"zh": "无法核实是否属于所声明的云平台", "en": "so it cannot be verified to belong to the declared platform"}

# An endpoint override: a host name under aliyuncs.com, possibly with a scheme, a port and a path,
# and nothing else. The SDKs read it as a URL (the OSS SDK takes url.Parse(...).Host), so a "?",
# "#", "@" or "\\" would put the real host elsewhere: such a value is outside.
aliyun_host(value) if regex.match(`^(?i)(https?://)?([a-z0-9-]+\.)+aliyuncs\.com(:[0-9]{1,5})?(/[a-z0-9._~/-]*)?$`, value)

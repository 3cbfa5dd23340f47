package govguard.controls.a28_1

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.resources

metadata := {
	"id": "A28.1",
	"article": 28,
	"articles": [28],
	"severity": "high",
	"title": {
		"zh": "CDN 仅使用中国内地节点",
		"en": "CDN acceleration serves from mainland nodes only",
	},
	"requirement": {
		"zh": "alicloud_cdn_domain_new 与 alicloud_dcdn_domain 显式设置 scope = \"domestic\"，alicloud_esa_site 设置 coverage = \"domestic\"；不使用已弃用、无法限定范围的 alicloud_cdn_domain 与 alicloud_scdn_domain。",
		"en": "alicloud_cdn_domain_new and alicloud_dcdn_domain set scope = \"domestic\" explicitly and alicloud_esa_site sets coverage = \"domestic\"; the deprecated alicloud_cdn_domain and alicloud_scdn_domain, which cannot be limited this way, are not used.",
	},
	"remediation": {
		"zh": "设置 scope（ESA 为 coverage）为 \"domestic\"；将 alicloud_cdn_domain / alicloud_scdn_domain 迁移到 alicloud_cdn_domain_new。",
		"en": "Set scope (coverage for ESA) to \"domestic\"; migrate alicloud_cdn_domain / alicloud_scdn_domain to alicloud_cdn_domain_new.",
	},
	"decisions": [
		{
			"zh": "scope 未设置时由服务端决定（计划中为未知值），须显式设置。",
			"en": "An unset scope is decided by the service (unknown in the plan) and must be set explicitly.",
		},
		{
			"zh": "global 同时调度境外节点，不满足“仅境内节点”。",
			"en": "global also schedules overseas nodes and does not meet mainland-only.",
		},
	],
	"resources": ["alicloud_cdn_domain_new", "alicloud_dcdn_domain", "alicloud_esa_site", "alicloud_cdn_domain", "alicloud_scdn_domain"],
	"deciding": [
		{"type": "alicloud_cdn_domain_new", "attribute": "scope"},
		{"type": "alicloud_dcdn_domain", "attribute": "scope"},
		{"type": "alicloud_esa_site", "attribute": "coverage"},
	],
}

scoped := [
	{"type": "alicloud_cdn_domain_new", "attr": "scope"},
	{"type": "alicloud_dcdn_domain", "attr": "scope"},
	{"type": "alicloud_esa_site", "attr": "coverage"},
]

violations contains {
	"resource": domain.address,
	"attribute": spec.attr,
	"message": {
		"zh": concat("", [said1.zh, "；必须显式设置为 domestic（仅中国内地节点）"]),
		"en": concat("", [said1.en, "; it must be set to domestic (mainland nodes only)"]),
	},
} if {
	some spec in scoped
	some domain in resources.of_type(spec.type)
	source := links.explicit(domain, spec.attr)
	not domestic(source)
	said1 := fields.describe(spec.attr, source)
}

violations contains {
	"resource": domain.address,
	"attribute": "type",
	"message": {
		"zh": concat("", [domain.type, " 已弃用，且无法限定为仅境内节点"]),
		"en": concat("", [domain.type, " is deprecated and cannot be limited to mainland nodes"]),
	},
} if {
	some domain in resources.of_types(["alicloud_cdn_domain", "alicloud_scdn_domain"])
}

domestic(source) if source.value == "domestic"

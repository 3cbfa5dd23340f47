package govguard.controls.a28_2

import data.govguard.lib.fields
import data.govguard.lib.network
import data.govguard.lib.params
import data.govguard.lib.patterns
import data.govguard.lib.pending
import data.govguard.lib.regions
import data.govguard.lib.resources

metadata := {
	"id": "A28.2",
	"article": 28,
	"articles": [28, 23],
	"severity": "high",
	"title": {
		"zh": "CDN 源站位于境内",
		"en": "CDN origins are domestic",
	},
	"requirement": {
		"zh": "CDN / DCDN 加速域名的每个源站（sources）都在境内：oss 类型的区域（取自 <bucket>.oss-<区域>.aliyuncs.com 或所引用存储桶的提供方区域）在允许列表中；ipaddr 类型位于 cdn.origin_cidrs 之内；domain / common 类型匹配 cdn.origin_domains（默认 *.gov.cn、*.政务、*.xn--zfr164b）。",
		"en": "Every origin (sources) of a CDN / DCDN domain is domestic: an oss origin's region (from <bucket>.oss-<region>.aliyuncs.com, or the referenced bucket's provider region) is allowed; an ipaddr origin is inside cdn.origin_cidrs; a domain / common origin matches cdn.origin_domains (by default *.gov.cn, *.政务, *.xn--zfr164b).",
	},
	"remediation": {
		"zh": "使用境内区域的 OSS 存储桶或境内源站；将源站 IP 网段加入 cdn.origin_cidrs，或将源站域名加入 cdn.origin_domains。",
		"en": "Use an OSS bucket in a mainland region or a domestic origin; add the origin's IP ranges to cdn.origin_cidrs, or its domain to cdn.origin_domains.",
	},
	"decisions": [
		{
			"zh": "cdn.origin_cidrs 默认为空：IP 源站须先在配置中登记为境内地址。",
			"en": "cdn.origin_cidrs is empty by default: an IP origin must first be registered as domestic in the configuration.",
		},
		{
			"zh": "源站地址在应用前未知时按无法核实判为违规。",
			"en": "An origin that is only known after apply is a violation (cannot be verified).",
		},
		{
			"zh": "sources 块、源站类型或地址在应用前未知时，按无法核实判为违规。",
			"en": "A sources block, origin type or address that is only known after apply is a violation (cannot be verified).",
		},
	],
	"resources": ["alicloud_cdn_domain_new", "alicloud_dcdn_domain"],
	"deciding": [
		{"type": "alicloud_cdn_domain_new", "attribute": "sources"},
		{"type": "alicloud_cdn_domain_new", "attribute": "sources.type"},
		{"type": "alicloud_cdn_domain_new", "attribute": "sources.content"},
		{"type": "alicloud_dcdn_domain", "attribute": "sources"},
		{"type": "alicloud_dcdn_domain", "attribute": "sources.type"},
		{"type": "alicloud_dcdn_domain", "attribute": "sources.content"},
	],
}

domains := resources.of_types(["alicloud_cdn_domain_new", "alicloud_dcdn_domain"])

origins contains {"domain": domain, "type": origin_type(source), "type_source": type_source, "content": content} if {
	some domain in domains
	some source in fields.blocks(domain, "sources")
	type_source := pending.nested(domain, "sources", source, "type")
	content := pending.nested(domain, "sources", source, "content")
}

# Origins only known after apply (sources set from an expression, or a dynamic block).
violations contains {
	"resource": domain.address,
	"attribute": "sources",
	"message": {
		"zh": concat("", [said1.zh, "，无法核实源站是否位于境内"]),
		"en": concat("", [said1.en, ", so the origins cannot be verified to be domestic"]),
	},
} if {
	some domain in domains
	source := pending.block(domain, "sources")
	said1 := fields.describe("sources", source)
}

violations contains {
	"resource": origin.domain.address,
	"attribute": "sources",
	"message": message(origin),
} if {
	some origin in origins
	not domestic(origin)
}

domestic(origin) if {
	origin.type == "oss"
	regions.allowed(oss_region(origin))
}

domestic(origin) if {
	origin.type == "ipaddr"
	network.inside(origin.content.value, params.effective.cdn.origin_cidrs)
}

domestic(origin) if {
	origin.type in {"domain", "common"}
	patterns.matches_any(params.effective.cdn.origin_domains, lower(origin.content.value))
}

origin_type(source) := fields.known(source, "type") if {
	is_string(fields.known(source, "type"))
} else := "(unknown type)"

# "gov-web.oss-cn-hangzhou.aliyuncs.com" -> "cn-hangzhou"; else the referenced bucket's region.
# The pattern is tried only on a text it can match: OPA's wasm compiles it afresh in every evaluation.
oss_region(origin) := match[1] if {
	contains(origin.content.value, ".oss-")
	endswith(origin.content.value, ".aliyuncs.com")
	some match in regex.find_all_string_submatch_n(`\.oss-([a-z0-9-]+?)(?:-internal)?\.aliyuncs\.com$`, origin.content.value, 1)
} else := region.value if {
	region := regions.region_of_reference(origin.domain, "sources")
	region.status == "known"
}

message(origin) := {
	"zh": concat("", [fields.describe("sources.type", origin.type_source).zh, "，无法核实源站 ", shown(origin.content).zh, " 是否位于境内"]),
	"en": concat("", [fields.describe("sources.type", origin.type_source).en, ", so the origin ", shown(origin.content).en, " cannot be verified to be domestic"]),
} if {
	origin.type_source.status == "unresolved"
} else := {
	"zh": concat("", [origin.type, " 源站取自 ", origin.content.expression, "，应用前无法核实是否位于境内"]),
	"en": concat("", ["the ", origin.type, " origin is set from ", origin.content.expression, ", so it cannot be verified to be domestic before apply"]),
} if {
	origin.content.status == "unresolved"
	not oss_region(origin)
} else := {
	"zh": concat("", ["oss 源站 ", fields.display(origin.content), " 的区域 ", oss_region(origin), " 不在允许的境内区域列表中"]),
	"en": concat("", ["the oss origin ", fields.display(origin.content), " is in ", oss_region(origin), ", which is not an allowed mainland region"]),
} if {
	origin.type == "oss"
	oss_region(origin)
} else := {
	"zh": concat("", [origin.type, " 源站 ", shown(origin.content).zh, " 未登记为境内源站（cdn.origin_cidrs / cdn.origin_domains）"]),
	"en": concat("", ["the ", origin.type, " origin ", shown(origin.content).en, " is not registered as domestic (cdn.origin_cidrs / cdn.origin_domains)"]),
} if {
	origin.content.status == "known"
} else := {
	"zh": concat("", [origin.type, " 源站未设置地址"]),
	"en": concat("", ["the ", origin.type, " origin has no content"]),
}

# An origin's address as findings show it: never empty.
shown(content) := {"zh": "（地址为空）", "en": "(empty address)"} if {
	content.value == ""
} else := {"zh": fields.display(content), "en": fields.display(content)} if {
	content.status == "known"
} else := {"zh": "（地址未设置）", "en": "(no address)"} if {
	content.status == "missing"
} else := {"zh": concat("", ["（取自 ", content.expression, "）"]), "en": concat("", ["(set from ", content.expression, ")"])}

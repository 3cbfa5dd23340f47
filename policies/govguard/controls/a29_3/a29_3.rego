package govguard.controls.a29_3

import data.govguard.lib.cdn
import data.govguard.lib.fields

metadata := {
	"id": "A29.3",
	"article": 29,
	"articles": [29],
	"severity": "high",
	"title": {
		"zh": "边缘节点仅使用 TLS 1.2 及以上",
		"en": "Edge TLS is 1.2 or newer",
	},
	"requirement": {
		"zh": "每个 CDN / DCDN 加速域名都有 https_tls_version 功能配置，且 tls10 = off、tls11 = off（各版本默认均为 on，未配置即为违规）。",
		"en": "Every CDN / DCDN domain has an https_tls_version config with tls10 = off and tls11 = off (every version is on by default, so no config is a violation).",
	},
	"remediation": {
		"zh": "添加 https_tls_version 配置：tls10 = off、tls11 = off、tls12 = on、tls13 = on。",
		"en": "Add an https_tls_version config: tls10 = off, tls11 = off, tls12 = on, tls13 = on.",
	},
	"decisions": [
		{
			"zh": "未写出或应用前未知的 tls10 / tls11 按默认 on 处理。",
			"en": "A tls10 / tls11 argument that is not written or only known after apply is read as its default, on.",
		},
		{
			"zh": "域名没有 https_tls_version 配置时报告在域名上；配置未关闭旧版本时报告在该配置上。",
			"en": "A domain without an https_tls_version config is reported on the domain; a config that leaves an old version on is reported on the config.",
		},
		{
			"zh": "function_name、function_args 或其参数名、参数值在应用前未知的配置，在没有其他配置满足要求时，报告在该配置上（无法核实）。",
			"en": "A config whose function_name, function_args, or an argument name or value in them, is only known after apply is reported on that config (cannot be verified) when no other config settles the domain.",
		},
	],
	"resources": ["alicloud_cdn_domain_new", "alicloud_dcdn_domain", "alicloud_cdn_domain_config", "alicloud_dcdn_domain_config"],
	"deciding": [
		{"type": "alicloud_cdn_domain_config", "attribute": "function_name"},
		{"type": "alicloud_cdn_domain_config", "attribute": "function_args"},
		{"type": "alicloud_cdn_domain_config", "attribute": "function_args.arg_name"},
		{"type": "alicloud_cdn_domain_config", "attribute": "function_args.arg_value"},
		{"type": "alicloud_dcdn_domain_config", "attribute": "function_name"},
		{"type": "alicloud_dcdn_domain_config", "attribute": "function_args"},
		{"type": "alicloud_dcdn_domain_config", "attribute": "function_args.arg_name"},
		{"type": "alicloud_dcdn_domain_config", "attribute": "function_args.arg_value"},
	],
}

# Domains with some config of the function, right or wrong.
configured := cdn.configured(tls_configs) | cdn.pending_domains

tls_configs := cdn.configs("https_tls_version")

old_versions := ["tls10", "tls11"]

# TLS 1.0 and 1.1 left on (every version is on unless its argument says off).
left_on(entry) := [name |
	some name in old_versions
	not entry.args[name] == "off"
]

modern := {position |
	some entry in tls_configs
	left_on(entry) == []
	some position in entry.domains
}

violations contains {
	"resource": domain.address,
	"attribute": "https_tls_version",
	"message": {
		"zh": "没有 https_tls_version 配置，TLS 1.0 与 1.1 保持默认开启",
		"en": "there is no https_tls_version config, so TLS 1.0 and 1.1 stay on by default",
	},
} if {
	some domain in cdn.domains
	not configured[domain.position]
}

violations contains {
	"resource": entry.config.address,
	"attribute": "function_args",
	"message": {
		"zh": concat("", [concat("；", [fields.describe(name, cdn.arg(entry, name)).zh | some name in bad]), "；tls10 与 tls11 都需要为 off（未写出的版本默认开启）"]),
		"en": concat("", [concat("; ", [fields.describe(name, cdn.arg(entry, name)).en | some name in bad]), "; tls10 and tls11 both need off (a version not written stays on)"]),
	},
} if {
	some entry in tls_configs
	bad := left_on(entry)
	bad != []
	some position in entry.domains
	not modern[position]
}

# A config whose function is only known after apply, on a domain no config settles: reported on
# the config, instead of the domain's missing config.
violations contains {
	"resource": entry.config.address,
	"attribute": "function_name",
	"message": {
		"zh": concat("", [said1.zh, "，无法核实TLS 1.0 与 1.1 是否关闭（https_tls_version）"]),
		"en": concat("", [said1.en, ", so whether TLS 1.0 and 1.1 are off (https_tls_version) cannot be verified"]),
	},
} if {
	some entry in cdn.pending_configs
	some position in entry.domains
	not modern[position]
	said1 := fields.describe("function_name", entry.function_name)
}

# A config is judged with the other configs of its domain (one that settles the domain silences a
# wrong or pending one): a partitioned evaluation must hold them with it (govguard/about/joins).
siblings contains "alicloud_cdn_domain_config"

siblings contains "alicloud_dcdn_domain_config"

package govguard.controls.a29_4

import data.govguard.lib.cdn
import data.govguard.lib.fields
import data.govguard.lib.params

metadata := {
	"id": "A29.4",
	"article": 29,
	"articles": [29],
	"severity": "medium",
	"title": {
		"zh": "边缘节点启用 HSTS",
		"en": "HSTS is on at the edge",
	},
	"requirement": {
		"zh": "每个 CDN / DCDN 加速域名都有 function_name = \"HSTS\"（大写）的配置，enabled = on 且 https_hsts_max_age 不小于 tls.hsts_min_age（默认 31536000 秒）。",
		"en": "Every CDN / DCDN domain has a config with function_name = \"HSTS\" (upper case), enabled = on and https_hsts_max_age of at least tls.hsts_min_age (31536000 seconds by default).",
	},
	"remediation": {
		"zh": "添加 HSTS 配置：enabled = on、https_hsts_max_age = 31536000。",
		"en": "Add an HSTS config: enabled = on, https_hsts_max_age = 31536000.",
	},
	"decisions": [
		{
			"zh": "功能名区分大小写，必须为 HSTS；开关参数名为 enabled（不是 enable）。",
			"en": "The function name is case-sensitive and must be HSTS; its switch is enabled (not enable).",
		},
		{
			"zh": "域名没有 HSTS 配置时报告在域名上；配置未开启或有效期过短时报告在该配置上。",
			"en": "A domain without an HSTS config is reported on the domain; a config that is off or too short is reported on the config.",
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

min_age := params.effective.tls.hsts_min_age

# Domains with some config of the function, right or wrong.
configured := cdn.configured(hsts_configs) | cdn.pending_domains

hsts_configs := cdn.configs("HSTS")

long_enough(entry) if fields.number(cdn.arg(entry, "https_hsts_max_age")) >= min_age

needs := fields.int_text(min_age)

problems(entry) := array.concat(
	[text |
		not entry.args.enabled == "on"
		source := cdn.arg(entry, "enabled")
		text := {"zh": concat("", [fields.describe("enabled", source).zh, "，需要为 on"]), "en": concat("", [fields.describe("enabled", source).en, ", needs on"])}
	],
	[text |
		not long_enough(entry)
		source := cdn.arg(entry, "https_hsts_max_age")
		text := {"zh": concat("", [fields.describe("https_hsts_max_age", source).zh, "，至少需要 ", needs]), "en": concat("", [fields.describe("https_hsts_max_age", source).en, ", needs at least ", needs])}
	],
)

strict := {position |
	some entry in hsts_configs
	problems(entry) == []
	some position in entry.domains
}

violations contains {
	"resource": domain.address,
	"attribute": "HSTS",
	"message": {
		"zh": "没有 HSTS 配置（功能名须为大写 HSTS）",
		"en": "there is no HSTS config (the function name is HSTS, upper case)",
	},
} if {
	some domain in cdn.domains
	not configured[domain.position]
}

violations contains {
	"resource": entry.config.address,
	"attribute": "function_args",
	"message": {
		"zh": concat("", ["HSTS 配置的 ", concat("；", [p.zh | some p in found])]),
		"en": concat("", ["HSTS config: ", concat("; ", [p.en | some p in found])]),
	},
} if {
	some entry in hsts_configs
	found := problems(entry)
	found != []
	some position in entry.domains
	not strict[position]
}

# A config whose function is only known after apply, on a domain no config settles: reported on
# the config, instead of the domain's missing config.
violations contains {
	"resource": entry.config.address,
	"attribute": "function_name",
	"message": {
		"zh": concat("", [said1.zh, "，无法核实HSTS 是否开启（HSTS）"]),
		"en": concat("", [said1.en, ", so whether HSTS is on (HSTS) cannot be verified"]),
	},
} if {
	some entry in cdn.pending_configs
	some position in entry.domains
	not strict[position]
	said1 := fields.describe("function_name", entry.function_name)
}

# A config is judged with the other configs of its domain (one that settles the domain silences a
# wrong or pending one): a partitioned evaluation must hold them with it (govguard/about/joins).
siblings contains "alicloud_cdn_domain_config"

siblings contains "alicloud_dcdn_domain_config"

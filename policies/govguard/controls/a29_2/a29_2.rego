package govguard.controls.a29_2

import data.govguard.lib.cdn
import data.govguard.lib.fields

metadata := {
	"id": "A29.2",
	"article": 29,
	"articles": [29],
	"severity": "high",
	"title": {
		"zh": "HTTP 请求强制跳转 HTTPS",
		"en": "HTTP is redirected to HTTPS",
	},
	"requirement": {
		"zh": "每个 CDN / DCDN 加速域名都有 function_name = \"https_force\" 且参数 enable = on 的 alicloud_cdn_domain_config / alicloud_dcdn_domain_config；不存在 http_force（强制 HTTP）配置。",
		"en": "Every CDN / DCDN domain has an alicloud_cdn_domain_config / alicloud_dcdn_domain_config with function_name = \"https_force\" and argument enable = on; no http_force (force HTTP) config exists.",
	},
	"remediation": {
		"zh": "为域名添加 https_force 功能配置（enable = on，可选 https_rewrite = 301），并删除 http_force 配置。",
		"en": "Add an https_force config to the domain (enable = on, optionally https_rewrite = 301) and remove any http_force config.",
	},
	"decisions": [
		{
			"zh": "域名没有 https_force 配置时报告在域名上；有配置但未开启（enable 不是 on、未写或应用前未知）时报告在该配置上。",
			"en": "A domain without an https_force config is reported on the domain; a config that does not switch it on (enable not on, not written or only known after apply) is reported on the config.",
		},
		{
			"zh": "任何 http_force 配置都报告在该配置上，无论其 enable 取值。",
			"en": "Any http_force config is reported on that config, whatever its enable value.",
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
configured := cdn.configured(force_configs) | cdn.pending_domains

force_configs := cdn.configs("https_force")

forced := {position |
	some entry in force_configs
	entry.args.enable == "on"
	some position in entry.domains
}

violations contains {
	"resource": domain.address,
	"attribute": "https_force",
	"message": {
		"zh": "没有 https_force 配置，HTTP 请求不会跳转到 HTTPS",
		"en": "there is no https_force config, so HTTP requests are not redirected to HTTPS",
	},
} if {
	some domain in cdn.domains
	not configured[domain.position]
}

# A config that is there but does not switch the redirect on is what the reviewer must change.
violations contains {
	"resource": entry.config.address,
	"attribute": "function_args",
	"message": {
		"zh": concat("", ["https_force 配置的 ", said1.zh, "；需要为 on"]),
		"en": concat("", ["https_force config: ", said1.en, "; needs on"]),
	},
} if {
	some entry in force_configs
	not entry.args.enable == "on"
	some position in entry.domains
	not forced[position]
	source := cdn.arg(entry, "enable")
	said1 := fields.describe("enable", source)
}

violations contains {
	"resource": entry.config.address,
	"attribute": "function_name",
	"message": {
		"zh": "http_force 强制使用 HTTP，与 HTTPS 跳转相反",
		"en": "http_force forces plain HTTP, the opposite of redirecting to HTTPS",
	},
} if {
	some entry in cdn.configs("http_force")
}

# A config whose function is only known after apply, on a domain no config settles: reported on
# the config, instead of the domain's missing config.
violations contains {
	"resource": entry.config.address,
	"attribute": "function_name",
	"message": {
		"zh": concat("", [said1.zh, "，无法核实HTTP 是否跳转到 HTTPS（https_force）"]),
		"en": concat("", [said1.en, ", so whether HTTP is redirected to HTTPS (https_force) cannot be verified"]),
	},
} if {
	some entry in cdn.pending_configs
	some position in entry.domains
	not forced[position]
	said1 := fields.describe("function_name", entry.function_name)
}

# A config is judged with the other configs of its domain (one that settles the domain silences a
# wrong or pending one): a partitioned evaluation must hold them with it (govguard/about/joins).
siblings contains "alicloud_cdn_domain_config"

siblings contains "alicloud_dcdn_domain_config"

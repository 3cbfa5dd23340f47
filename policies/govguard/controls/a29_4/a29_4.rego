# METADATA
# description: A29.4 HSTS is on at the edge.
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
	"decisions": [{
		"zh": "功能名区分大小写，必须为 HSTS；开关参数名为 enabled（不是 enable）。",
		"en": "The function name is case-sensitive and must be HSTS; its switch is enabled (not enable).",
	}],
	"resources": ["alicloud_cdn_domain_new", "alicloud_dcdn_domain", "alicloud_cdn_domain_config", "alicloud_dcdn_domain_config"],
}

min_age := params.effective.tls.hsts_min_age

strict := {position |
	some entry in cdn.configs("HSTS")
	entry.args.enabled == "on"
	fields.number({"status": "known", "value": entry.args.https_hsts_max_age}) >= min_age
	some position in entry.domains
}

violations contains {
	"resource": domain.address,
	"attribute": "HSTS",
	"message": {
		"zh": concat("", ["没有 enabled = on 且 https_hsts_max_age 不小于 ", fields.int_text(min_age), " 的 HSTS 配置"]),
		"en": concat("", ["there is no HSTS config with enabled = on and https_hsts_max_age of at least ", fields.int_text(min_age)]),
	},
} if {
	some domain in cdn.domains
	not domain.position in strict
}

# METADATA
# description: A29.3 edge TLS is 1.2 or newer.
package govguard.controls.a29_3

import data.govguard.lib.cdn

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
	"decisions": [{
		"zh": "未写出的参数按默认 on 处理。",
		"en": "An argument that is not written is read as its default, on.",
	}],
	"resources": ["alicloud_cdn_domain_new", "alicloud_dcdn_domain", "alicloud_cdn_domain_config", "alicloud_dcdn_domain_config"],
}

modern := {position |
	some entry in cdn.configs("https_tls_version")
	entry.args.tls10 == "off"
	entry.args.tls11 == "off"
	some position in entry.domains
}

violations contains {
	"resource": domain.address,
	"attribute": "https_tls_version",
	"message": {
		"zh": "没有关闭 TLS 1.0 与 1.1 的 https_tls_version 配置（各版本默认开启）",
		"en": "there is no https_tls_version config that switches TLS 1.0 and 1.1 off (every version is on by default)",
	},
} if {
	some domain in cdn.domains
	not domain.position in modern
}

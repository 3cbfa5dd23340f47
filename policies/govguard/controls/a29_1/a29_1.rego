# METADATA
# description: A29.1 accelerated domains serve HTTPS.
package govguard.controls.a29_1

import data.govguard.lib.fields
import data.govguard.lib.resources

metadata := {
	"id": "A29.1",
	"article": 29,
	"articles": [29],
	"severity": "high",
	"title": {
		"zh": "加速域名启用 HTTPS",
		"en": "Accelerated domains serve HTTPS",
	},
	"requirement": {
		"zh": "alicloud_cdn_domain_new 配置 certificate_config，server_certificate_status 为 on 并带有证书（cert_id、server_certificate 或 cert_type = free）；alicloud_dcdn_domain 的 ssl_protocol 为 on。",
		"en": "alicloud_cdn_domain_new has a certificate_config with server_certificate_status on and a certificate (cert_id, server_certificate, or cert_type = free); alicloud_dcdn_domain has ssl_protocol on.",
	},
	"remediation": {
		"zh": "为 CDN 域名添加 certificate_config（如 cert_type = \"cas\" 与 cert_id），DCDN 域名设置 ssl_protocol = \"on\" 并配置证书。",
		"en": "Add a certificate_config to the CDN domain (for example cert_type = \"cas\" with cert_id); set ssl_protocol = \"on\" with a certificate on the DCDN domain.",
	},
	"decisions": [{
		"zh": "certificate_config 未设置时由服务端决定（计划中为未知值），按未启用 HTTPS 处理。",
		"en": "An unset certificate_config is decided by the service (unknown in the plan) and counts as no HTTPS.",
	}],
	"resources": ["alicloud_cdn_domain_new", "alicloud_dcdn_domain"],
}

violations contains {
	"resource": domain.address,
	"attribute": "certificate_config",
	"message": {
		"zh": "没有启用证书的 certificate_config，域名不提供 HTTPS",
		"en": "there is no certificate_config with a certificate switched on, so the domain does not serve HTTPS",
	},
} if {
	some domain in resources.of_type("alicloud_cdn_domain_new")
	not serves_https(domain)
}

violations contains {
	"resource": domain.address,
	"attribute": "ssl_protocol",
	"message": message(source),
} if {
	some domain in resources.of_type("alicloud_dcdn_domain")
	source := fields.get(domain, "ssl_protocol")
	not on(source)
}

on(source) if source.value == "on"

message(source) := {
	"zh": "ssl_protocol 未设置，默认 off；域名不提供 HTTPS",
	"en": "ssl_protocol is not set, so the default off applies and the domain does not serve HTTPS",
} if {
	source.status == "missing"
} else := {
	"zh": concat("", [fields.describe("ssl_protocol", source).zh, "；域名不提供 HTTPS"]),
	"en": concat("", [fields.describe("ssl_protocol", source).en, "; the domain must serve HTTPS"]),
}

serves_https(domain) if {
	some certificate in fields.blocks(domain, "certificate_config")
	fields.value_or(certificate, "server_certificate_status", "on") == "on"
	has_certificate(certificate)
}

has_certificate(certificate) if fields.get(certificate, "cert_id").status == "known"

has_certificate(certificate) if fields.get(certificate, "server_certificate").status == "known"

has_certificate(certificate) if fields.known(certificate, "cert_type") == "free"

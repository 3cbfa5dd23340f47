package govguard.controls.a29_1

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.pending
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
	"decisions": [
		{
			"zh": "certificate_config 未设置时由服务端决定（计划中为未知值），按未启用 HTTPS 处理。",
			"en": "An unset certificate_config is decided by the service (unknown in the plan) and counts as no HTTPS.",
		},
		{
			"zh": "certificate_config 或其中的证书、开关在应用前未知时按无法核实判为违规；cert_id 引用本栈中的证书资源时视为已配置证书。",
			"en": "A certificate_config, or a certificate or switch in it, that is only known after apply is a violation (cannot be verified); a cert_id that refers to a certificate resource of this stack counts as a certificate.",
		},
	],
	"resources": ["alicloud_cdn_domain_new", "alicloud_dcdn_domain"],
	"deciding": [
		{"type": "alicloud_cdn_domain_new", "attribute": "certificate_config"},
		{"type": "alicloud_cdn_domain_new", "attribute": "certificate_config.server_certificate_status"},
		{"type": "alicloud_cdn_domain_new", "attribute": "certificate_config.cert_id"},
		{"type": "alicloud_cdn_domain_new", "attribute": "certificate_config.server_certificate"},
		{"type": "alicloud_cdn_domain_new", "attribute": "certificate_config.cert_type"},
		{"type": "alicloud_dcdn_domain", "attribute": "ssl_protocol"},
	],
}

violations contains {
	"resource": domain.address,
	"attribute": "certificate_config",
	"message": certificate_message(domain),
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
	some block in fields.blocks(domain, "certificate_config")
	fields.value_or(block, "server_certificate_status", "on") == "on"
	has_certificate(object.union(block, {"stack_certificate": refers_to_certificate(domain)}))
}

has_certificate(certificate) if fields.get(certificate, "cert_id").status == "known"

# A certificate of this stack (alicloud_ssl_certificates_service_certificate and the like) is a
# certificate, whatever its ID turns out to be.
has_certificate(certificate) if {
	some name in ["cert_id", "server_certificate"]
	fields.get(certificate, name).status == "unresolved"
	certificate.stack_certificate
}

has_certificate(certificate) if fields.get(certificate, "server_certificate").status == "known"

has_certificate(certificate) if fields.known(certificate, "cert_type") == "free"

default refers_to_certificate(_) := false

refers_to_certificate(domain) if {
	some reference in links.references(domain, "certificate_config")
	startswith(reference.type, "alicloud_")
	contains(reference.type, "certificate")
}

certificate_message(domain) := {
	"zh": concat("", [concat("；", [fields.describe(name, source).zh | some [name, source] in unresolved]), "，无法核实域名是否提供 HTTPS"]),
	"en": concat("", [concat("; ", [fields.describe(name, source).en | some [name, source] in unresolved]), ", so whether the domain serves HTTPS cannot be verified"]),
} if {
	unresolved := pending_certificate(domain)
	count(unresolved) > 0
} else := {
	"zh": "没有启用证书的 certificate_config，域名不提供 HTTPS",
	"en": "there is no certificate_config with a certificate switched on, so the domain does not serve HTTPS",
}

# [name, source] of what keeps a certificate_config from being read: the block itself, its
# switch, or the certificate it names, set from an expression.
pending_certificate(domain) := [["certificate_config", source]] if {
	source := pending.block(domain, "certificate_config")
} else := [[concat(".", ["certificate_config", name]), source] |
	some certificate in fields.blocks(domain, "certificate_config")
	some name in ["server_certificate_status", "cert_id", "server_certificate", "cert_type"]
	source := pending.nested(domain, "certificate_config", certificate, name)
	source.status == "unresolved"
]

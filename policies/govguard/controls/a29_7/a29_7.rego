package govguard.controls.a29_7

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.resources

metadata := {
	"id": "A29.7",
	"article": 29,
	"articles": [29],
	"severity": "medium",
	"title": {
		"zh": "数据库连接启用 TLS",
		"en": "Databases require TLS",
	},
	"requirement": {
		"zh": "alicloud_db_instance 与 alicloud_mongodb_instance 的 ssl_action 为 Open 或 Update；alicloud_kvstore_instance 的 ssl_enable 为 Enable；alicloud_polardb_endpoint 的 ssl_enabled 为 Enable。",
		"en": "alicloud_db_instance and alicloud_mongodb_instance have ssl_action Open or Update; alicloud_kvstore_instance has ssl_enable Enable; alicloud_polardb_endpoint has ssl_enabled Enable.",
	},
	"remediation": {
		"zh": "设置 ssl_action = \"Open\"（RDS、MongoDB）、ssl_enable = \"Enable\"（Redis）、ssl_enabled = \"Enable\"（PolarDB 端点）。",
		"en": "Set ssl_action = \"Open\" (RDS, MongoDB), ssl_enable = \"Enable\" (Redis), ssl_enabled = \"Enable\" (PolarDB endpoints).",
	},
	"decisions": [
		{
			"zh": "这些属性未设置时由服务端决定（多为关闭），须显式开启。",
			"en": "When unset these attributes are decided by the service (mostly off) and must be switched on explicitly.",
		},
		{
			"zh": "ssl_action = Update 更新 SSL 证书且保持 TLS 开启，与 Open 同样合规；取值区分大小写，与提供方一致。",
			"en": "ssl_action = Update renews the SSL certificate with TLS kept on, so it complies as Open does; values are case-sensitive, as the provider's are.",
		},
	],
	"resources": ["alicloud_db_instance", "alicloud_mongodb_instance", "alicloud_kvstore_instance", "alicloud_polardb_endpoint"],
	"deciding": [
		{"type": "alicloud_db_instance", "attribute": "ssl_action"},
		{"type": "alicloud_mongodb_instance", "attribute": "ssl_action"},
		{"type": "alicloud_kvstore_instance", "attribute": "ssl_enable"},
		{"type": "alicloud_polardb_endpoint", "attribute": "ssl_enabled"},
	],
}

# "on": the values that keep TLS required, as the message names them.
switches := [
	{"type": "alicloud_db_instance", "attr": "ssl_action", "on": ["Open", "Update"]},
	{"type": "alicloud_mongodb_instance", "attr": "ssl_action", "on": ["Open", "Update"]},
	{"type": "alicloud_kvstore_instance", "attr": "ssl_enable", "on": ["Enable"]},
	{"type": "alicloud_polardb_endpoint", "attr": "ssl_enabled", "on": ["Enable"]},
]

violations contains {
	"resource": database.address,
	"attribute": switch.attr,
	"message": {
		"zh": concat("", [said1.zh, "；需要 ", concat(" 或 ", switch.on), " 以强制 TLS 连接"]),
		"en": concat("", [said1.en, "; it must be ", concat(" or ", switch.on), " to require TLS"]),
	},
} if {
	some switch in switches
	some database in resources.of_type(switch.type)
	source := links.explicit(database, switch.attr)
	not switched_on(source, switch.on)
	said1 := fields.describe(switch.attr, source)
}

switched_on(source, accepted) if {
	source.status == "known"
	some value in accepted
	source.value == value
}

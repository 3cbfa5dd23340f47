# METADATA
# description: A29.7 databases require TLS.
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
		"zh": "alicloud_db_instance 与 alicloud_mongodb_instance 的 ssl_action 为 Open；alicloud_kvstore_instance 的 ssl_enable 为 Enable；alicloud_polardb_endpoint 的 ssl_enabled 为 Enable。",
		"en": "alicloud_db_instance and alicloud_mongodb_instance have ssl_action Open; alicloud_kvstore_instance has ssl_enable Enable; alicloud_polardb_endpoint has ssl_enabled Enable.",
	},
	"remediation": {
		"zh": "设置 ssl_action = \"Open\"（RDS、MongoDB）、ssl_enable = \"Enable\"（Redis）、ssl_enabled = \"Enable\"（PolarDB 端点）。",
		"en": "Set ssl_action = \"Open\" (RDS, MongoDB), ssl_enable = \"Enable\" (Redis), ssl_enabled = \"Enable\" (PolarDB endpoints).",
	},
	"decisions": [{
		"zh": "这些属性未设置时由服务端决定（多为关闭），须显式开启。",
		"en": "When unset these attributes are decided by the service (mostly off) and must be switched on explicitly.",
	}],
	"resources": ["alicloud_db_instance", "alicloud_mongodb_instance", "alicloud_kvstore_instance", "alicloud_polardb_endpoint"],
}

switches := [
	{"type": "alicloud_db_instance", "attr": "ssl_action", "on": "Open"},
	{"type": "alicloud_mongodb_instance", "attr": "ssl_action", "on": "Open"},
	{"type": "alicloud_kvstore_instance", "attr": "ssl_enable", "on": "Enable"},
	{"type": "alicloud_polardb_endpoint", "attr": "ssl_enabled", "on": "Enable"},
]

violations contains {
	"resource": database.address,
	"attribute": switch.attr,
	"message": {
		"zh": concat("", [fields.describe(switch.attr, source).zh, "；需要 ", switch.on, " 以强制 TLS 连接"]),
		"en": concat("", [fields.describe(switch.attr, source).en, "; it must be ", switch.on, " to require TLS"]),
	},
} if {
	some switch in switches
	some database in resources.of_type(switch.type)
	source := links.explicit(database, switch.attr)
	not switched_on(source, switch.on)
}

switched_on(source, value) if source.value == value

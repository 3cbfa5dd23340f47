# METADATA
# description: A22.2 databases have no public endpoint.
package govguard.controls.a22_2

import data.govguard.lib.fields
import data.govguard.lib.resources

metadata := {
	"id": "A22.2",
	"article": 22,
	"articles": [22],
	"severity": "high",
	"title": {
		"zh": "数据库不开放公网连接地址",
		"en": "Databases have no public endpoint",
	},
	"requirement": {
		"zh": "不创建公网连接地址：alicloud_db_connection 与 alicloud_kvstore_connection（均为公网地址），以及 net_type 为 Public 的 alicloud_polardb_endpoint_address。",
		"en": "No public endpoint is created: alicloud_db_connection and alicloud_kvstore_connection (both public addresses), and alicloud_polardb_endpoint_address with net_type Public.",
	},
	"remediation": {
		"zh": "删除公网连接地址，通过 VPC 内网地址访问数据库；确需远程维护时经堡垒机访问。",
		"en": "Remove the public endpoint and reach the database through its VPC address; for remote maintenance go through the bastion host.",
	},
	"decisions": [{
		"zh": "PolarDB 地址的 net_type 在应用前未知时按无法核实判为违规。",
		"en": "A PolarDB address whose net_type is only known after apply is a violation (cannot be verified).",
	}],
	"resources": ["alicloud_db_connection", "alicloud_kvstore_connection", "alicloud_polardb_endpoint_address"],
}

violations contains {
	"resource": connection.address,
	"attribute": "type",
	"message": {
		"zh": concat("", [connection.type, " 为数据库创建公网连接地址"]),
		"en": concat("", [connection.type, " creates a public endpoint for the database"]),
	},
} if {
	some connection in resources.of_types(["alicloud_db_connection", "alicloud_kvstore_connection"])
}

violations contains {
	"resource": address.address,
	"attribute": "net_type",
	"message": {
		"zh": concat("", [fields.describe("net_type", source).zh, "，不得为公网地址"]),
		"en": concat("", [fields.describe("net_type", source).en, "; the address must not be public"]),
	},
} if {
	some address in resources.of_type("alicloud_polardb_endpoint_address")
	source := fields.get(address, "net_type")
	not private(source)
}

private(source) if {
	source.status == "known"
	lower(source.value) != "public"
}

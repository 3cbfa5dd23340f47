package govguard.controls.a22_2

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.network
import data.govguard.lib.params
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
		"zh": "不创建公网连接地址：alicloud_db_connection 与 alicloud_kvstore_connection（均为公网地址），以及 net_type 为 Public 的 alicloud_polardb_endpoint_address；alicloud_elasticsearch_instance 开启公网地址（enable_public）或 Kibana 公网访问（enable_kibana_public_network，未设置时默认开启）时，对应的公网白名单（public_whitelist / kibana_whitelist）须非空且只含 admin.allowed_cidrs 之内的地址。",
		"en": "No public endpoint is created: alicloud_db_connection and alicloud_kvstore_connection (both public addresses), and alicloud_polardb_endpoint_address with net_type Public; an alicloud_elasticsearch_instance with a public endpoint (enable_public) or public Kibana access (enable_kibana_public_network, on when unset) needs the matching public whitelist (public_whitelist / kibana_whitelist) to be non-empty and inside admin.allowed_cidrs.",
	},
	"remediation": {
		"zh": "删除公网连接地址，通过 VPC 内网地址访问数据库；确需远程维护时经堡垒机访问。",
		"en": "Remove the public endpoint and reach the database through its VPC address; for remote maintenance go through the bastion host.",
	},
	"decisions": [{
		"zh": "PolarDB 地址的 net_type 在应用前未知时按无法核实判为违规。",
		"en": "A PolarDB address whose net_type is only known after apply is a violation (cannot be verified).",
	}],
	"resources": ["alicloud_db_connection", "alicloud_kvstore_connection", "alicloud_polardb_endpoint_address", "alicloud_elasticsearch_instance"],
	"deciding": [
		{"type": "alicloud_polardb_endpoint_address", "attribute": "net_type"},
		{"type": "alicloud_elasticsearch_instance", "attribute": "enable_public"},
		{"type": "alicloud_elasticsearch_instance", "attribute": "public_whitelist"},
		{"type": "alicloud_elasticsearch_instance", "attribute": "enable_kibana_public_network"},
		{"type": "alicloud_elasticsearch_instance", "attribute": "kibana_whitelist"},
	],
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
		"zh": concat("", [said1.zh, "，不得为公网地址"]),
		"en": concat("", [said1.en, "; the address must not be public"]),
	},
} if {
	some address in resources.of_type("alicloud_polardb_endpoint_address")
	source := fields.get(address, "net_type")
	not private(source)
	said1 := fields.describe("net_type", source)
}

# --- Elasticsearch (issue 15) ------------------------------------------------------------------

violations contains {
	"resource": cluster.address,
	"attribute": attribute,
	"message": message,
} if {
	some cluster in resources.of_type("alicloud_elasticsearch_instance")
	some access in elasticsearch_accesses
	switch := links.explicit(cluster, access.switch)
	not closed(switch, access.open_when_unset)
	not allow_listed(cluster, access.whitelist)
	attribute := access_attribute(switch, access)
	message := access_message(cluster, switch, access)
}

private(source) if {
	source.status == "known"
	lower(source.value) != "public"
}

# Elasticsearch public access (issue 15).
# The instance's public endpoint is off unless switched on (the provider default was false); its
# Kibana's public access is on unless switched off (the provider default was true). Either, when
# open, needs its whitelist non-empty and inside the admin ranges.
elasticsearch_accesses := [
	{"switch": "enable_public", "whitelist": "public_whitelist", "open_when_unset": false, "zh": "Elasticsearch 公网地址", "en": "the Elasticsearch public endpoint"},
	{"switch": "enable_kibana_public_network", "whitelist": "kibana_whitelist", "open_when_unset": true, "zh": "Kibana 公网访问", "en": "public Kibana access"},
]

closed(switch, _) if fields.boolean(switch) == false

closed(switch, open_when_unset) if {
	switch.status == "missing"
	open_when_unset == false
}

allow_listed(cluster, whitelist) if {
	entries := fields.known(cluster, whitelist)
	count(entries) > 0
	every entry in entries {
		network.inside(entry, params.admin_cidrs)
	}
}

access_attribute(switch, access) := access.switch if switch.status == "unresolved"

else := access.whitelist

access_message(cluster, switch, access) := {
	"zh": concat("", [fields.describe(access.switch, switch).zh, "，无法核实", access.zh, "是否关闭"]),
	"en": concat("", [fields.describe(access.switch, switch).en, ", so whether ", access.en, " is off cannot be verified"]),
} if {
	switch.status == "unresolved"
} else := {
	"zh": concat("", [fields.describe(access.whitelist, whitelist).zh, "，无法核实", access.zh, "是否限定在管理网段之内"]),
	"en": concat("", [fields.describe(access.whitelist, whitelist).en, ", so whether ", access.en, " is limited to the admin ranges cannot be verified"]),
} if {
	whitelist := fields.get(cluster, access.whitelist)
	whitelist.status == "unresolved"
} else := {
	"zh": concat("", [access.zh, "已开启（", switch_text(switch).zh, "），但 ", access.whitelist, " 未限定在管理网段（", concat("、", params.admin_cidrs), "）之内：", allow_list_text(cluster, access.whitelist).zh]),
	"en": concat("", [access.en, " is on (", switch_text(switch).en, ") and ", access.whitelist, " is not limited to the admin ranges (", concat(", ", params.admin_cidrs), "): ", allow_list_text(cluster, access.whitelist).en]),
}

allow_list_text(resource, attribute) := network.outside_text(entries, params.admin_cidrs) if {
	entries := fields.known(resource, attribute)
} else := {"zh": "列表未设置或无法读取", "en": "the list is not set or cannot be read"}

switch_text(switch) := {"zh": "未设置时默认开启", "en": "on by default when unset"} if {
	switch.status == "missing"
} else := {"zh": "= true", "en": "= true"}

# METADATA
# description: A19.3 database and cache allow-lists are closed.
package govguard.controls.a19_3

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.network
import data.govguard.lib.params
import data.govguard.lib.resources

metadata := {
	"id": "A19.3",
	"article": 19,
	"articles": [19, 22],
	"severity": "high",
	"title": {
		"zh": "数据库与缓存白名单不对外开放",
		"en": "Database and cache allow-lists are closed",
	},
	"requirement": {
		"zh": "alicloud_db_instance、alicloud_db_readonly_instance、alicloud_kvstore_instance 的 security_ips，alicloud_polardb_cluster 的 db_cluster_ip_array.security_ips，alicloud_mongodb_instance 的 security_ip_list 中：没有 0.0.0.0/0 或 0.0.0.0，每一项都在 network.internal_cidrs 或 admin.allowed_cidrs 之内。",
		"en": "In security_ips of alicloud_db_instance, alicloud_db_readonly_instance and alicloud_kvstore_instance, db_cluster_ip_array.security_ips of alicloud_polardb_cluster and security_ip_list of alicloud_mongodb_instance: no 0.0.0.0/0 or 0.0.0.0, and every entry inside network.internal_cidrs or admin.allowed_cidrs.",
	},
	"remediation": {
		"zh": "白名单只列出应用所在的内网网段与管理网段，删除 0.0.0.0/0 与公网地址。",
		"en": "List only the internal ranges of the application and the admin ranges; remove 0.0.0.0/0 and public addresses.",
	},
	"decisions": [
		{
			"zh": "白名单是可选且由服务端计算的属性，未设置时无法核实，须显式设置；127.0.0.1 视为关闭。",
			"en": "The allow-lists are optional and computed by the service, so an unset one cannot be verified and must be set explicitly; 127.0.0.1 counts as closed.",
		},
		{
			"zh": "PolarDB 集群检查每个 db_cluster_ip_array 分组；没有分组时检查顶层 security_ips；顶层 security_ips 有值时同样检查。",
			"en": "PolarDB clusters are judged by every db_cluster_ip_array group; without groups, by the top-level security_ips, which is also judged whenever it has a value.",
		},
		{
			"zh": "一项中含逗号分隔的多个地址时逐个判断；白名单在应用前未知时按无法核实判为违规。",
			"en": "An entry holding several comma-separated addresses is judged address by address; an allow-list known only after apply is a violation (cannot be verified).",
		},
	],
	"resources": [
		"alicloud_db_instance", "alicloud_db_readonly_instance", "alicloud_kvstore_instance",
		"alicloud_polardb_cluster", "alicloud_mongodb_instance",
	],
}

allowed := array.flatten([params.internal_cidrs, params.admin_cidrs, ["127.0.0.1/32"]])

lists := [
	{"type": "alicloud_db_instance", "attr": "security_ips"},
	{"type": "alicloud_db_readonly_instance", "attr": "security_ips"},
	{"type": "alicloud_kvstore_instance", "attr": "security_ips"},
	{"type": "alicloud_mongodb_instance", "attr": "security_ip_list"},
]

# Every allow-list as {"resource", "name", "source"}, the source holding a list of entries.
allow_lists contains {"resource": database, "name": spec.attr, "source": links.explicit(database, spec.attr)} if {
	some spec in lists
	some database in resources.of_type(spec.type)
}

allow_lists contains {"resource": cluster, "name": "db_cluster_ip_array.security_ips", "source": fields.get(group, "security_ips")} if {
	some cluster in resources.of_type("alicloud_polardb_cluster")
	some group in fields.blocks(cluster, "db_cluster_ip_array")
}

allow_lists contains {"resource": cluster, "name": "security_ips", "source": source} if {
	some cluster in resources.of_type("alicloud_polardb_cluster")
	source := links.explicit(cluster, "security_ips")
	judged_at_top_level(cluster, source)
}

judged_at_top_level(_, source) if source.status == "known"

judged_at_top_level(cluster, _) if count(fields.blocks(cluster, "db_cluster_ip_array")) == 0

violations contains {
	"resource": list.resource.address,
	"attribute": list.name,
	"message": {
		"zh": concat("", [list.name, " 包含 ", concat("、", sort(open)), "，不在内部或管理网段之内"]),
		"en": concat("", [list.name, " includes ", concat(", ", sort(open)), ", outside the internal and admin ranges"]),
	},
} if {
	some list in allow_lists
	list.source.status == "known"
	open := {address | some address in entries(list.source.value); not closed(address)}
	count(open) > 0
}

violations contains {
	"resource": list.resource.address,
	"attribute": list.name,
	"message": {
		"zh": concat("", [list.name, " 取自 ", list.source.expression, "，应用前无法核实白名单是否关闭"]),
		"en": concat("", [list.name, " is set from ", list.source.expression, ", so the allow-list cannot be verified to be closed before apply"]),
	},
} if {
	some list in allow_lists
	list.source.status == "unresolved"
}

violations contains {
	"resource": list.resource.address,
	"attribute": list.name,
	"message": {
		"zh": concat("", [list.name, " 未设置，白名单由服务端决定，无法核实；请显式设置为内部或管理网段"]),
		"en": concat("", [list.name, " is not set, so the service decides the allow-list and it cannot be verified; set it explicitly to internal or admin ranges"]),
	},
} if {
	some list in allow_lists
	list.source.status == "missing"
}

# A list, or a comma-separated string, of addresses.
entries(value) := [trim_space(address) | some item in as_list(value); some address in split(item, ","); trim_space(address) != ""]

as_list(value) := value if is_array(value)

as_list(value) := [value] if is_string(value)

closed(address) if {
	not network.is_world(address)
	network.inside(address, allowed)
}

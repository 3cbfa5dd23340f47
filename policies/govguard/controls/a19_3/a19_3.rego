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
		"zh": "alicloud_db_instance、alicloud_db_readonly_instance、alicloud_kvstore_instance 的 security_ips，alicloud_polardb_cluster 的 db_cluster_ip_array.security_ips，alicloud_mongodb_instance 的 security_ip_list 与每个 security_ip_groups.security_ip_list 中：没有 0.0.0.0/0 或 0.0.0.0，每一项都在 network.internal_cidrs 或 admin.allowed_cidrs 之内。",
		"en": "In security_ips of alicloud_db_instance, alicloud_db_readonly_instance and alicloud_kvstore_instance, db_cluster_ip_array.security_ips of alicloud_polardb_cluster, and security_ip_list and every security_ip_groups.security_ip_list of alicloud_mongodb_instance: no 0.0.0.0/0 or 0.0.0.0, and every entry inside network.internal_cidrs or admin.allowed_cidrs.",
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
		{
			"zh": "MongoDB 的 security_ip_list 始终须显式设置，security_ip_groups 的每个分组另行判断。以 dynamic 块或表达式写成、或在计划中未知的分组块（security_ip_groups、db_cluster_ip_array）无法在此核实，判为违规；计划 JSON 中已展开的 dynamic 块逐组判断。PolarDB 的 db_cluster_ip_array 同时由服务端计算：计划中未配置而未知时按顶层 security_ips 判断。",
			"en": "MongoDB's security_ip_list must always be set explicitly, and each security_ip_groups group is judged too. A group block (security_ip_groups, db_cluster_ip_array) written as a dynamic block or an expression, or unknown in a plan, cannot be verified here and is a violation; plan JSON, where terraform has expanded dynamic blocks, is judged group by group. PolarDB's db_cluster_ip_array is also computed by the service: unknown in a plan that does not configure it, the cluster is judged by its top-level security_ips.",
		},
	],
	"resources": [
		"alicloud_db_instance", "alicloud_db_readonly_instance", "alicloud_kvstore_instance",
		"alicloud_polardb_cluster", "alicloud_mongodb_instance",
	],
	"deciding": [
		{"type": "alicloud_db_instance", "attribute": "security_ips"},
		{"type": "alicloud_db_readonly_instance", "attribute": "security_ips"},
		{"type": "alicloud_kvstore_instance", "attribute": "security_ips"},
		{"type": "alicloud_mongodb_instance", "attribute": "security_ip_list"},
		{"type": "alicloud_mongodb_instance", "attribute": "security_ip_groups"},
		{"type": "alicloud_mongodb_instance", "attribute": "security_ip_groups.security_ip_list"},
		{"type": "alicloud_polardb_cluster", "attribute": "security_ips"},
		{"type": "alicloud_polardb_cluster", "attribute": "db_cluster_ip_array"},
		{"type": "alicloud_polardb_cluster", "attribute": "db_cluster_ip_array.security_ips"},
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

allow_lists contains {"resource": instance, "name": "security_ip_groups.security_ip_list", "source": fields.get(group, "security_ip_list")} if {
	some instance in resources.of_type("alicloud_mongodb_instance")
	some group in fields.blocks(instance, "security_ip_groups")
}

allow_lists contains {"resource": cluster, "name": "security_ips", "source": source} if {
	some cluster in resources.of_type("alicloud_polardb_cluster")
	source := links.explicit(cluster, "security_ips")
	judged_at_top_level(cluster, source)
}

judged_at_top_level(_, source) if source.status == "known"

judged_at_top_level(cluster, _) if {
	count(fields.blocks(cluster, "db_cluster_ip_array")) == 0
	not hidden(cluster, polardb_groups)
}

# Allow-list groups written as blocks, which a `dynamic` block, an expression or an unknown plan
# value hides from this reading. PolarDB's db_cluster_ip_array is also computed by the service:
# in a plan, an unknown one the configuration never sets is the service's view of security_ips,
# not a hidden list. (Plan JSON leaves dynamic blocks out of `configuration`, so a dynamic
# db_cluster_ip_array whose for_each is unknown at plan time reads the same way.)
mongodb_groups := {"type": "alicloud_mongodb_instance", "block": "security_ip_groups", "computed": false}

polardb_groups := {"type": "alicloud_polardb_cluster", "block": "db_cluster_ip_array", "computed": true}

hidden(database, spec) if {
	fields.block_status(database, spec.block) == "unresolved"
	written_by_the_author(database, spec)
}

written_by_the_author(database, _) if database.kind == "config"

written_by_the_author(_, spec) if spec.computed == false

written_by_the_author(database, spec) if links.configured(database, spec.block)

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

violations contains {
	"resource": database.address,
	"attribute": spec.block,
	"message": {
		"zh": concat("", [spec.block, " 取自 ", fields.block_expression(database, spec.block), "（dynamic 块、表达式或应用前未知的值），无法核实白名单是否关闭"]),
		"en": concat("", [spec.block, " is set from ", fields.block_expression(database, spec.block), " (a dynamic block, an expression or a value known only after apply), so the allow-list cannot be verified to be closed"]),
	},
} if {
	some spec in [mongodb_groups, polardb_groups]
	some database in resources.of_type(spec.type)
	hidden(database, spec)
}

# A list, or a comma-separated string, of addresses.
entries(value) := [trim_space(address) | some item in as_list(value); some address in split(item, ","); trim_space(address) != ""]

as_list(value) := value if is_array(value)

as_list(value) := [value] if is_string(value)

closed(address) if {
	not network.is_world(address)
	network.inside(address, allowed)
}

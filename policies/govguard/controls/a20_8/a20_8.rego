package govguard.controls.a20_8

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.resources
import data.govguard.lib.sls

metadata := {
	"id": "A20.8",
	"article": 20,
	"articles": [20],
	"severity": "medium",
	"title": {
		"zh": "记录网络流量日志",
		"en": "Network traffic logs exist",
	},
	"requirement": {
		"zh": "每个 alicloud_vpc 都有 alicloud_vpc_flow_log（resource_type = VPC、traffic_type = All、显式设置 status = Active），投递到本栈中保存期限满足 A20.1 的日志库。",
		"en": "Every alicloud_vpc has an alicloud_vpc_flow_log (resource_type = VPC, traffic_type = All, status = Active set explicitly) delivering to a log store of this stack that meets A20.1.",
	},
	"remediation": {
		"zh": "为 VPC 添加流日志：resource_type = \"VPC\"、traffic_type = \"All\"、status = \"Active\"，project_name / log_store_name 指向本栈中保存至少一年的日志库。",
		"en": "Add a flow log for the VPC with resource_type = \"VPC\", traffic_type = \"All\", status = \"Active\", and project_name / log_store_name naming a log store of this stack that keeps a year.",
	},
	"decisions": [{
		"zh": "status 是可选且由服务端计算的属性，未设置无法核实，须显式设置；目标日志库不在本栈中时无法核实保存期限，按违规处理。",
		"en": "status is optional and computed by the service, so unset cannot be verified and must be set; a target log store outside this stack cannot be verified and counts as a violation.",
	}],
	"resources": ["alicloud_vpc", "alicloud_vpc_flow_log", "alicloud_log_store"],
	"deciding": [
		{"type": "alicloud_vpc_flow_log", "attribute": "resource_type"},
		{"type": "alicloud_vpc_flow_log", "attribute": "traffic_type"},
		{"type": "alicloud_vpc_flow_log", "attribute": "status"},
		{"type": "alicloud_log_store", "attribute": "retention_period"},
	],
}

violations contains {
	"resource": vpc.address,
	"attribute": "flow_log",
	"message": {
		"zh": concat("", [said1.zh, "VPC 没有全量流量、已启用、投递到保存一年日志库的流日志（alicloud_vpc_flow_log）"]),
		"en": concat("", [said1.en, "the VPC has no active flow log of all traffic delivering to a log store that keeps a year (alicloud_vpc_flow_log)"]),
	},
} if {
	some vpc in resources.of_type("alicloud_vpc")
	not logged[vpc.position]
	said1 := fields.caveat(unverifiable(vpc))
}

# --- helpers ---------------------------------------------------------------------------------

flow_logs := resources.of_type("alicloud_vpc_flow_log")

logged := {position |
	some flow_log in flow_logs
	fields.known(flow_log, "resource_type") == "VPC"
	fields.known(flow_log, "traffic_type") == "All"
	links.explicit(flow_log, "status").value == "Active"
	sls.keeps_a_year(resources.list[target_store[flow_log.position]])
	some position in links.parents("vpc_flow_log", flow_log)
}

# The log store each flow log writes to, by literal names or by a reference to the store.
target_store := {flow_log.position: position |
	some flow_log in flow_logs
	some position in store_positions(flow_log)
	position == min(store_positions(flow_log))
}

store_positions(flow_log) := named | links.referenced(flow_log, "log_store_name", "alicloud_log_store") if {
	named := {position |
		key := concat("|", [fields.known(flow_log, "project_name"), fields.known(flow_log, "log_store_name")])
		position := sls.by_name[key]
	}
}

# What the VPC's flow logs are set from that is only known after apply: their settings, and the
# retention of the log store each writes to.
unverifiable(vpc) := array.concat(
	links.unresolved_in_children(pending_flow_logs, "vpc_flow_log", vpc),
	object.get(store_texts, vpc.position, []),
)

pending_flow_logs := links.pending_children("vpc_flow_log", ["resource_type", "traffic_type", "status", "project_name", "log_store_name"])

# Per VPC position, the retention of its flow logs' log stores that is only known after apply.
# The flow logs whose store is unresolved are found once, and only they are asked for their VPCs.
store_texts[position] := [entry.text |
	some entry in unresolved_stores
	position in links.parents("vpc_flow_log", entry.flow_log)
] if {
	some vpc in resources.of_type("alicloud_vpc")
	not logged[vpc.position]
	position := vpc.position
}

unresolved_stores := [{"flow_log": flow_log, "text": text} |
	some flow_log in flow_logs
	store := resources.list[target_store[flow_log.position]]
	source := fields.get(store, "retention_period")
	source.status == "unresolved"
	text := fields.describe(concat("", [store.address, ".retention_period"]), source)
]

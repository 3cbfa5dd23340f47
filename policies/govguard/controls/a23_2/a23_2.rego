package govguard.controls.a23_2

import data.govguard.lib.fields
import data.govguard.lib.pending
import data.govguard.lib.regions
import data.govguard.lib.resources

metadata := {
	"id": "A23.2",
	"article": 23,
	"articles": [23],
	"severity": "critical",
	"title": {
		"zh": "数据不得流向允许区域之外",
		"en": "Data never flows to a region outside the allowed list",
	},
	"requirement": {
		"zh": "跨区域复制、备份、快照复制、网络互联与日志投递的目的区域都在允许的境内区域列表中；CEN 带宽包两端均为 China。适用资源见 resources。",
		"en": "Every destination of cross-region replication, backup, snapshot copy, interconnection and log delivery is an allowed mainland region, and both ends of a CEN bandwidth package are China. The types judged are listed under resources.",
	},
	"remediation": {
		"zh": "把目的区域改为允许的境内区域（如 cn-shanghai）；CEN 带宽包两端设为 China。",
		"en": "Point the destination to an allowed mainland region (for example cn-shanghai); set both ends of a CEN bandwidth package to China.",
	},
	"decisions": [
		{
			"zh": "OSS 复制的 location 为 oss-<区域> 形式，去掉 oss- 前缀后比对。",
			"en": "OSS replication locations read oss-<region>; the prefix is removed before matching.",
		},
		{
			"zh": "目的区域在应用前未知但引用了本栈中的资源（如目的存储桶）时，取该资源所用提供方的区域；否则按无法核实判为违规。",
			"en": "A destination that is only known after apply but refers to a resource of this stack (such as the destination bucket) takes that resource's provider region; otherwise it is a violation (cannot be verified).",
		},
		{
			"zh": "未设置的可选目的属性表示没有跨区域流动，不判为违规。",
			"en": "An optional destination attribute that is not set means no cross-region flow and is not a violation.",
		},
		{
			"zh": "目的区域块（destination、rules、centralize_config）整体在应用前未知时，同样按无法核实判为违规。",
			"en": "A destination block (destination, rules, centralize_config) that is only known after apply as a whole is a violation too (cannot be verified).",
		},
	],
	"resources": [
		"alicloud_oss_bucket_replication", "alicloud_rds_instance_cross_backup_policy",
		"alicloud_ecs_auto_snapshot_policy", "alicloud_hbr_policy", "alicloud_polardb_backup_policy",
		"alicloud_cen_instance_attachment", "alicloud_cen_transit_router_peer_attachment",
		"alicloud_cen_bandwidth_package", "alicloud_vpc_peer_connection", "alicloud_actiontrail_trail",
		"alicloud_sls_collection_policy", "alicloud_cdn_real_time_log_delivery",
	],
	"deciding": [
		{"type": "alicloud_oss_bucket_replication", "attribute": "destination"},
		{"type": "alicloud_oss_bucket_replication", "attribute": "destination.location"},
		{"type": "alicloud_rds_instance_cross_backup_policy", "attribute": "cross_backup_region"},
		{"type": "alicloud_ecs_auto_snapshot_policy", "attribute": "target_copy_regions"},
		{"type": "alicloud_hbr_policy", "attribute": "rules"},
		{"type": "alicloud_hbr_policy", "attribute": "rules.replication_region_id"},
		{"type": "alicloud_polardb_backup_policy", "attribute": "data_level2_backup_another_region_region"},
		{"type": "alicloud_polardb_backup_policy", "attribute": "log_backup_another_region_region"},
		{"type": "alicloud_cen_instance_attachment", "attribute": "child_instance_region_id"},
		{"type": "alicloud_cen_transit_router_peer_attachment", "attribute": "peer_transit_router_region_id"},
		{"type": "alicloud_cen_bandwidth_package", "attribute": "geographic_region_a_id"},
		{"type": "alicloud_cen_bandwidth_package", "attribute": "geographic_region_b_id"},
		{"type": "alicloud_vpc_peer_connection", "attribute": "accepting_region_id"},
		{"type": "alicloud_actiontrail_trail", "attribute": "sls_project_arn"},
		{"type": "alicloud_sls_collection_policy", "attribute": "centralize_config"},
		{"type": "alicloud_sls_collection_policy", "attribute": "centralize_config.dest_region"},
		{"type": "alicloud_cdn_real_time_log_delivery", "attribute": "sls_region"},
	],
}

# Where each type names a destination: a top-level attribute, an attribute of a block, or a list.
destinations := [
	{"type": "alicloud_oss_bucket_replication", "block": "destination", "attr": "location", "format": "oss", "fallback": "bucket"},
	{"type": "alicloud_rds_instance_cross_backup_policy", "attr": "cross_backup_region", "format": "id"},
	{"type": "alicloud_hbr_policy", "block": "rules", "attr": "replication_region_id", "format": "id"},
	{"type": "alicloud_polardb_backup_policy", "attr": "data_level2_backup_another_region_region", "format": "id"},
	{"type": "alicloud_polardb_backup_policy", "attr": "log_backup_another_region_region", "format": "id"},
	{"type": "alicloud_cen_instance_attachment", "attr": "child_instance_region_id", "format": "id"},
	{"type": "alicloud_cen_transit_router_peer_attachment", "attr": "peer_transit_router_region_id", "format": "id"},
	{"type": "alicloud_vpc_peer_connection", "attr": "accepting_region_id", "format": "id"},
	{"type": "alicloud_actiontrail_trail", "attr": "sls_project_arn", "format": "arn"},
	{"type": "alicloud_sls_collection_policy", "block": "centralize_config", "attr": "dest_region", "format": "id"},
	{"type": "alicloud_cdn_real_time_log_delivery", "attr": "sls_region", "format": "id"},
]

# Each destination value of a resource: {"resource", "name" (shown in findings), "source"}.
flows contains {"resource": resource, "name": spec.attr, "source": regions.destination(resource, resource, spec.attr, spec.format)} if {
	some spec in destinations
	not spec.block
	some resource in resources.of_type(spec.type)
	fields.get(resource, spec.attr).status != "missing"
}

flows contains {"resource": resource, "name": concat(".", [spec.block, spec.attr]), "source": source} if {
	some spec in destinations
	spec.block
	some resource in resources.of_type(spec.type)
	some block in fields.blocks(resource, spec.block)
	fields.get(block, spec.attr).status != "missing"
	source := named(resource, spec.block, block_destination(resource, block, spec))
}

# A destination block whose contents are only known after apply may name any region.
flows contains {"resource": resource, "name": spec.block, "source": source} if {
	some spec in destinations
	spec.block
	some resource in resources.of_type(spec.type)
	source := pending.block(resource, spec.block)
}

# ECS snapshot copies: target_copy_regions is a list of region IDs.
flows contains {"resource": resource, "name": "target_copy_regions", "source": source} if {
	some resource in resources.of_type("alicloud_ecs_auto_snapshot_policy")
	list := fields.get(resource, "target_copy_regions")
	list.status == "known"
	some region in list.value
	source := {"status": "known", "value": region}
}

flows contains {"resource": resource, "name": "target_copy_regions", "source": list} if {
	some resource in resources.of_type("alicloud_ecs_auto_snapshot_policy")
	list := fields.get(resource, "target_copy_regions")
	list.status == "unresolved"
}

violations contains {
	"resource": flow.resource.address,
	"attribute": flow.name,
	"message": {
		"zh": concat("", [flow.name, " 指向 ", said1.zh, "，数据将流向允许的境内区域之外"]),
		"en": concat("", [flow.name, " points to ", said1.en, ", so data flows outside the allowed mainland regions"]),
	},
} if {
	some flow in flows
	flow.source.status == "known"
	not regions.allowed(flow.source.value)
	said1 := shown(flow.source)
}

violations contains {
	"resource": flow.resource.address,
	"attribute": flow.name,
	"message": {
		"zh": concat("", [flow.name, " 取自 ", flow.source.expression, "，应用前无法核实数据流向的区域"]),
		"en": concat("", [flow.name, " is set from ", flow.source.expression, ", so the region data flows to cannot be verified before apply"]),
	},
} if {
	some flow in flows
	flow.source.status == "unresolved"
}

violations contains {
	"resource": bandwidth.address,
	"attribute": attr,
	"message": {
		"zh": concat("", [said1.zh, "，带宽包两端都必须为 China"]),
		"en": concat("", [said1.en, "; both ends of the bandwidth package must be China"]),
	},
} if {
	some bandwidth in resources.of_type("alicloud_cen_bandwidth_package")
	some attr in ["geographic_region_a_id", "geographic_region_b_id"]
	source := fields.get(bandwidth, attr)
	not china(source)
	said1 := fields.describe(attr, source)
}

china(source) if source.value == "China"

# A known destination as findings show it: never empty, never a sensitive value.
shown(source) := {"zh": "空值", "en": "an empty value"} if {
	source.value == ""
} else := {"zh": fields.display(source), "en": fields.display(source)}

# An unresolved value inside a block, naming what the block's top-level attribute is set from.
named(resource, top, source) := object.union(source, {"expression": text}) if {
	source.status == "unresolved"
	source.expression == fields.unknown_after_apply.expression
	text := object.get(resource, ["unknown_texts", top], null)
	is_string(text)
} else := source

# OSS replication: an unknown location falls back to the destination bucket's region.
block_destination(resource, block, spec) := source if {
	source := regions.destination(resource, block, spec.attr, spec.format)
	source.status == "known"
} else := fallback if {
	spec.fallback
	fallback := regions.region_of_reference(resource, spec.block)
} else := regions.destination(resource, block, spec.attr, spec.format)

package govguard.controls.a26_3

import data.govguard.lib.classification
import data.govguard.lib.fields
import data.govguard.lib.index
import data.govguard.lib.links
import data.govguard.lib.params
import data.govguard.lib.pending
import data.govguard.lib.problems
import data.govguard.lib.provider
import data.govguard.lib.regions
import data.govguard.lib.resources

metadata := {
	"id": "A26.3",
	"article": 26,
	"articles": [26],
	"severity": "high",
	"title": {
		"zh": "数据库具备跨可用区与跨区域容灾能力",
		"en": "Databases survive the loss of a zone and of a region",
	},
	"requirement": {
		"zh": "alicloud_db_instance：category 不是 Basic；zone_id_slave_a 已设置且不同于 zone_id；有 backup_retention_period 不少于 dr.min_backup_days（默认 7）的 alicloud_db_backup_policy；重要数据还需一个目的为另一允许区域的 alicloud_rds_instance_cross_backup_policy。alicloud_polardb_cluster：hot_standby_cluster 为 ON / EQUAL 或设置 standby_az；有 alicloud_polardb_backup_policy，重要数据须设置另一允许区域的异地备份。",
		"en": "alicloud_db_instance: category is not Basic; zone_id_slave_a is set and differs from zone_id; an alicloud_db_backup_policy keeps backups at least dr.min_backup_days (7 by default); important data also has an alicloud_rds_instance_cross_backup_policy to another allowed region. alicloud_polardb_cluster: hot_standby_cluster ON / EQUAL or standby_az set; an alicloud_polardb_backup_policy, with another-region backup in an allowed region for important data.",
	},
	"remediation": {
		"zh": "使用高可用系列并把备节点放在另一可用区；添加备份策略（保留至少 7 天）；重要数据添加到灾备区域的跨区域备份。",
		"en": "Use a high-availability edition with the standby in another zone; add a backup policy keeping at least 7 days; for important data add a cross-region backup to the disaster-recovery region.",
	},
	"decisions": [
		{
			"zh": "zone_id_slave_a 为 Auto 时备可用区由服务端选择，无法核实是否跨可用区，按违规处理。",
			"en": "zone_id_slave_a = Auto lets the service choose the standby zone, so a different zone cannot be verified; it counts as a violation.",
		},
		{
			"zh": "category 未设置时使用服务端默认值，无法核实高可用，按违规处理。",
			"en": "An unset category leaves the edition to the service and cannot be verified as highly available.",
		},
		{
			"zh": "分级、可用区、备份保留天数或异地备份区域在应用前未知时，按无法核实判为违规，报告在数据库上并指明取值来源。",
			"en": "A classification, zone, backup retention or other-region backup region that is only known after apply is a violation (cannot be verified), reported on the database, naming where the value comes from.",
		},
	],
	"resources": [
		"alicloud_db_instance", "alicloud_db_backup_policy", "alicloud_rds_instance_cross_backup_policy",
		"alicloud_polardb_cluster", "alicloud_polardb_backup_policy",
	],
	"deciding": [
		{"type": "alicloud_db_instance", "attribute": "category"},
		{"type": "alicloud_db_instance", "attribute": "zone_id"},
		{"type": "alicloud_db_instance", "attribute": "zone_id_slave_a"},
		{"type": "alicloud_db_instance", "attribute": "tags"},
		{"type": "alicloud_db_backup_policy", "attribute": "backup_retention_period"},
		{"type": "alicloud_rds_instance_cross_backup_policy", "attribute": "cross_backup_region"},
		{"type": "alicloud_polardb_cluster", "attribute": "hot_standby_cluster"},
		{"type": "alicloud_polardb_cluster", "attribute": "standby_az"},
		{"type": "alicloud_polardb_cluster", "attribute": "tags"},
		{"type": "alicloud_polardb_backup_policy", "attribute": "data_level2_backup_another_region_region"},
	],
}

min_days := params.effective.dr.min_backup_days

violations contains object.union({"resource": cluster.address}, problems.combined(found)) if {
	some cluster in resources.of_type("alicloud_polardb_cluster")
	found := polardb_problems(cluster)
	count(found) > 0
}

violations contains object.union({"resource": instance.address}, problems.combined(found)) if {
	some instance in resources.of_type("alicloud_db_instance")
	category := links.explicit(instance, "category")
	found := array.flatten([
		[category_problem(category) | not highly_available(category)],
		[zone_problem_of(instance) | not other_zone(instance)],
		[problem_or(object.get(pending_backup_pairs, instance.position, []), backup_consequence, backup_problem) | not backed_up[instance.position]],
		[cross_problem |
			may_be_important(instance)
			not cross_backed_up[instance.position]
			unresolved := array.concat([pair | pair := pending.classification_of(instance)], object.get(pending_cross_pairs, instance.position, []))
			cross_problem := problem_or(unresolved, cross_consequence, cross_backup_problem)
		],
	])
	count(found) > 0
}

category_problem(source) := {
	"attribute": "category",
	"message": {
		"zh": concat("", [fields.describe("category", source).zh, "，需要带备节点的系列（如 HighAvailability）"]),
		"en": concat("", [fields.describe("category", source).en, ", it needs an edition with a standby (such as HighAvailability)"]),
	},
}

zone_problem := {
	"attribute": "zone_id_slave_a",
	"message": {
		"zh": "备节点未放在与主节点不同的指定可用区（zone_id_slave_a 未设置、为 Auto 或与 zone_id 相同）",
		"en": "the standby is not placed in a named zone other than the primary's (zone_id_slave_a is unset, Auto, or equal to zone_id)",
	},
}

backup_problem := {
	"attribute": "backup_retention_period",
	"message": {
		"zh": concat("", ["没有保留至少 ", fields.int_text(min_days), " 天的 alicloud_db_backup_policy"]),
		"en": concat("", ["there is no alicloud_db_backup_policy keeping backups at least ", fields.int_text(min_days), " days"]),
	},
}

cross_backup_problem := {
	"attribute": "cross_backup_region",
	"message": {
		"zh": "重要数据没有到另一允许境内区域的跨区域备份（alicloud_rds_instance_cross_backup_policy）",
		"en": "important data has no cross-region backup to another allowed mainland region (alicloud_rds_instance_cross_backup_policy)",
	},
}

polardb_problems(cluster) := array.flatten([
	[pending_problem(pending_standby(cluster), {"zh": "无法核实集群能否承受可用区故障", "en": "so it cannot be verified that the cluster survives the loss of a zone"}) |
		not standby(cluster)
		count(pending_standby(cluster)) > 0
	],
	[{
		"attribute": "hot_standby_cluster",
		"message": {
			"zh": "PolarDB 集群既未开启热备集群（hot_standby_cluster = ON / EQUAL），也未设置备可用区（standby_az）",
			"en": "the PolarDB cluster has neither a hot standby (hot_standby_cluster = ON / EQUAL) nor a standby zone (standby_az)",
		},
	} |
		not standby(cluster)
		count(pending_standby(cluster)) == 0
	],
	[{
		"attribute": "backup_policy",
		"message": {
			"zh": "PolarDB 集群没有 alicloud_polardb_backup_policy（重要数据还需另一允许区域的异地备份）",
			"en": "the PolarDB cluster has no alicloud_polardb_backup_policy (with another-region backup in an allowed region for important data)",
		},
	} |
		not polardb_backed_up(cluster)
		count(pending_polardb_backup(cluster)) == 0
	],
	[pending_problem(pending_polardb_backup(cluster), {"zh": "无法核实重要数据是否异地备份到另一允许区域", "en": "so it cannot be verified that important data is backed up to another allowed region"}) |
		not polardb_backed_up(cluster)
		count(pending_polardb_backup(cluster)) > 0
	],
])

# --- helpers ---------------------------------------------------------------------------------

highly_available(source) if {
	source.status == "known"
	source.value != "Basic"
}

other_zone(instance) if {
	standby := fields.known(instance, "zone_id_slave_a")
	is_string(standby)
	standby != "Auto"
	standby != ""
	not same_zone(instance, standby)
}

same_zone(instance, standby) if fields.known(instance, "zone_id") == standby

same_zone(instance, _) if links.explicit(instance, "zone_id").status == "unresolved"

backed_up := {position |
	some policy in resources.of_type("alicloud_db_backup_policy")
	keeps_enough(fields.get(policy, "backup_retention_period"))
	some position in links.parents("rds_backup_policy", policy)
}

keeps_enough(source) if fields.number(source) >= min_days

# The provider default of backup_retention_period is 7, known in any plan; configuration that
# leaves it unset gets the same default.
keeps_enough(source) if {
	min_days <= 7
	source.status == "missing"
}

cross_backed_up := {position |
	some policy in resources.of_type("alicloud_rds_instance_cross_backup_policy")
	target := fields.known(policy, "cross_backup_region")
	regions.allowed(target)
	some position in links.parents("rds_cross_backup", policy)
	source := provider.region_of(resources.list[position])
	source.value != target
}

standby(cluster) if fields.known(cluster, "hot_standby_cluster") in {"ON", "EQUAL"}

standby(cluster) if fields.get(cluster, "standby_az").status == "known"

polardb_backed_up(cluster) if {
	not may_be_important(cluster)
	with_polardb_policy[cluster.position]
}

polardb_backed_up(cluster) if {
	may_be_important(cluster)
	backed_up_elsewhere[cluster.position]
}

with_polardb_policy := links.with_children("polardb_backup_policy")

# Clusters with a backup policy that also backs up to another allowed region.
backed_up_elsewhere := {position |
	some policy in resources.of_type("alicloud_polardb_backup_policy")
	target := fields.known(policy, "data_level2_backup_another_region_region")
	regions.allowed(target)
	some position in links.parents("polardb_backup_policy", policy)
	provider.region_of(resources.list[position]).value != target
}

# --- values known only after apply ----------------------------------------------------------

# Important data, or data whose classification is only known after apply.
may_be_important(resource) if classification.important(resource)

may_be_important(resource) if pending.classification_of(resource)

# One problem naming the values only known after apply ([name, source] pairs) and what they leave
# unverified.
pending_problem(pending_values, consequence) := {
	"attribute": concat(", ", [pair[0] | some pair in pending_values]),
	"message": {
		"zh": concat("", [concat("；", [fields.describe(pair[0], pair[1]).zh | some pair in pending_values]), "，", consequence.zh]),
		"en": concat("", [concat("; ", [fields.describe(pair[0], pair[1]).en | some pair in pending_values]), ", ", consequence.en]),
	},
}

zone_problem_of(instance) := pending_problem(unresolved, {"zh": "无法核实备节点是否在另一可用区", "en": "so it cannot be verified that the standby is in another zone"}) if {
	unresolved := [[name, source] |
		some name in ["zone_id_slave_a", "zone_id"]
		source := links.explicit(instance, name)
		source.status == "unresolved"
	]
	count(unresolved) > 0
} else := zone_problem

# The problem naming the values only known after apply, or the plain problem when there are none.
problem_or(unresolved, consequence, _) := pending_problem(unresolved, consequence) if count(unresolved) > 0

problem_or(unresolved, _, plain) := plain if count(unresolved) == 0

pending_standby(cluster) := [[name, source] |
	some name in ["hot_standby_cluster", "standby_az"]
	source := links.explicit(cluster, name)
	source.status == "unresolved"
]

pending_polardb_backup(cluster) := array.concat(
	[pair | pair := pending.classification_of(cluster)],
	[pair |
		classification.important(cluster)
		some pair in object.get(pending_polardb_pairs, cluster.position, [])
	],
)

backup_consequence := {
	"zh": concat("", ["无法核实备份是否保留至少 ", fields.int_text(min_days), " 天"]),
	"en": concat("", ["so it cannot be verified that backups are kept at least ", fields.int_text(min_days), " days"]),
}

cross_consequence := {
	"zh": "无法核实重要数据是否跨区域备份到另一允许境内区域",
	"en": "so it cannot be verified that important data has a cross-region backup to another allowed mainland region",
}

# Parent position -> the position of a companion whose deciding value is only known after apply,
# built once (a per-parent scan of the companions would be quadratic).
pending_backups := pending_companions("alicloud_db_backup_policy", "backup_retention_period", "rds_backup_policy")

pending_cross_backups := pending_companions("alicloud_rds_instance_cross_backup_policy", "cross_backup_region", "rds_cross_backup")

pending_polardb_backups := pending_companions("alicloud_polardb_backup_policy", "data_level2_backup_another_region_region", "polardb_backup_policy")

pending_companions(type, attr, relation) := index.unique([{"key": parent, "position": companion.position} |
	some companion in resources.of_type(type)
	fields.get(companion, attr).status == "unresolved"
	some parent in links.parents(relation, companion)
])

pending_backup_pairs := companion_pairs(pending_backups, "backup_retention_period")

pending_cross_pairs := companion_pairs(pending_cross_backups, "cross_backup_region")

pending_polardb_pairs := companion_pairs(pending_polardb_backups, "data_level2_backup_another_region_region")

# Parent position -> [[name, source]] of its pending companion, for findings.
companion_pairs(companions, attr) := {parent: [[concat("", [companion.address, ".", attr]), fields.get(companion, attr)]] |
	some parent, position in companions
	companion := resources.list[position]
}

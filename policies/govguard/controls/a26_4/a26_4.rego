package govguard.controls.a26_4

import data.govguard.lib.classification
import data.govguard.lib.fields
import data.govguard.lib.index
import data.govguard.lib.links
import data.govguard.lib.pending
import data.govguard.lib.provider
import data.govguard.lib.regions
import data.govguard.lib.resources

metadata := {
	"id": "A26.4",
	"article": 26,
	"articles": [26],
	"severity": "medium",
	"title": {
		"zh": "重要系统的磁盘定期快照并异地复制",
		"en": "Disks of important systems are snapshotted",
	},
	"requirement": {
		"zh": "分级为重要数据的磁盘（alicloud_ecs_disk / alicloud_disk，经 alicloud_ecs_auto_snapshot_policy_attachment）与重要数据 ECS 实例的数据盘（data_disks.auto_snapshot_policy_id）绑定自动快照策略，且该策略开启跨区域复制到另一允许区域。",
		"en": "Disks classified as important data (alicloud_ecs_disk / alicloud_disk, through alicloud_ecs_auto_snapshot_policy_attachment) and the data disks of important ECS instances (data_disks.auto_snapshot_policy_id) are bound to an automatic snapshot policy that copies snapshots to another allowed region.",
	},
	"remediation": {
		"zh": "为磁盘绑定自动快照策略，并在策略中设置 enable_cross_region_copy = true、target_copy_regions = [\"<灾备区域>\"]。",
		"en": "Bind the disk to an automatic snapshot policy with enable_cross_region_copy = true and target_copy_regions = [\"<disaster-recovery region>\"].",
	},
	"decisions": [
		{
			"zh": "只要求重要数据；复制目的区域须在允许列表中且不同于磁盘所在区域。",
			"en": "Only important data is required to; the copy must go to an allowed region other than the disk's.",
		},
		{
			"zh": "分级、数据盘、快照策略或其复制设置在应用前未知时，按无法核实判为违规，报告在磁盘或实例上。",
			"en": "A classification, data disk, snapshot policy or copy setting that is only known after apply is a violation (cannot be verified), reported on the disk or instance.",
		},
	],
	"resources": ["alicloud_ecs_disk", "alicloud_disk", "alicloud_instance", "alicloud_ecs_auto_snapshot_policy", "alicloud_ecs_auto_snapshot_policy_attachment"],
	"deciding": [
		{"type": "alicloud_ecs_disk", "attribute": "tags"},
		{"type": "alicloud_disk", "attribute": "tags"},
		{"type": "alicloud_instance", "attribute": "tags"},
		{"type": "alicloud_instance", "attribute": "data_disks"},
		{"type": "alicloud_instance", "attribute": "data_disks.auto_snapshot_policy_id"},
		{"type": "alicloud_ecs_auto_snapshot_policy", "attribute": "enable_cross_region_copy"},
		{"type": "alicloud_ecs_auto_snapshot_policy", "attribute": "target_copy_regions"},
	],
}

violations contains {
	"resource": disk.address,
	"attribute": "auto_snapshot_policy",
	"message": message(disk_pending(disk), {
		"zh": "重要数据磁盘没有绑定跨区域复制的自动快照策略",
		"en": "the important-data disk is not bound to an automatic snapshot policy that copies to another region",
	}),
} if {
	some disk in resources.of_types(["alicloud_ecs_disk", "alicloud_disk"])
	may_be_important(disk)
	not protected_disks[disk.position]
}

violations contains {
	"resource": instance.address,
	"attribute": "data_disks",
	"message": message(instance_pending(instance), {
		"zh": "重要数据实例的数据盘没有绑定跨区域复制的自动快照策略",
		"en": "a data disk of the important-data instance is not bound to an automatic snapshot policy that copies to another region",
	}),
} if {
	some instance in resources.of_type("alicloud_instance")
	may_be_important(instance)
	unprotected_data_disks(instance)
}

# --- helpers ---------------------------------------------------------------------------------

# Positions of the snapshot policies that copy to an allowed region, with the regions they copy to.
copying := {policy.position: targets |
	some policy in resources.of_type("alicloud_ecs_auto_snapshot_policy")
	fields.boolean(fields.get(policy, "enable_cross_region_copy")) == true
	targets := {region | some region in fields.value_or(policy, "target_copy_regions", []); regions.allowed(region)}
	count(targets) > 0
}

protected_disks := {disk_position |
	some attachment in resources.of_type("alicloud_ecs_auto_snapshot_policy_attachment")
	some policy_position in links.parents("snapshot_policy_of_attachment", attachment)
	targets := copying[policy_position]
	some relation in ["disk_snapshot_policy", "legacy_disk_snapshot_policy"]
	some disk_position in links.parents(relation, attachment)
	some target in targets
	target != provider.region_of(resources.list[disk_position]).value
}

# The data disk names a policy, and the instance's data disks refer to a policy that copies to
# another allowed region.
instance_protected(instance, data_disk) if {
	fields.get(data_disk, "auto_snapshot_policy_id").status != "missing"
	some policy_position in links.referenced(instance, "data_disks", "alicloud_ecs_auto_snapshot_policy")
	some target in copying[policy_position]
	target != provider.region_of(instance).value
}

# --- values known only after apply ----------------------------------------------------------

may_be_important(resource) if classification.important(resource)

may_be_important(resource) if pending.classification_of(resource)

unprotected_data_disks(instance) if pending.block(instance, "data_disks")

unprotected_data_disks(instance) if {
	some data_disk in fields.blocks(instance, "data_disks")
	not instance_protected(instance, data_disk)
}

# The finding's message: the values only known after apply ([name, source] pairs), when there
# are any, or the plain one.
message(unresolved, plain) := {
	"zh": concat("", [concat("；", [fields.describe(pair[0], pair[1]).zh | some pair in unresolved]), "，无法核实重要数据是否有跨区域复制的自动快照"]),
	"en": concat("", [concat("; ", [fields.describe(pair[0], pair[1]).en | some pair in unresolved]), ", so it cannot be verified that important data has automatic snapshots copied to another region"]),
} if {
	count(unresolved) > 0
} else := plain

# A snapshot policy's copy settings that are only known after apply, as [name, source] pairs.
policy_pending(policy) := [[concat("", [policy.address, ".", name]), source] |
	some name in ["enable_cross_region_copy", "target_copy_regions"]
	source := fields.get(policy, name)
	source.status == "unresolved"
]

disk_pending(disk) := array.concat(
	[pair | pair := pending.classification_of(disk)],
	[pair | some pair in policy_pending(resources.list[pending_disk_policies[disk.position]])],
)

# Disk position -> the position of a snapshot policy attached to it whose copy settings are only
# known after apply, built once.
pending_disk_policies := index.unique([{"key": disk_position, "position": policy.position} |
	some attachment in resources.of_type("alicloud_ecs_auto_snapshot_policy_attachment")
	some policy in links.parents_of("snapshot_policy_of_attachment", attachment)
	count(policy_pending(policy)) > 0
	some relation in ["disk_snapshot_policy", "legacy_disk_snapshot_policy"]
	some disk_position in links.parents(relation, attachment)
])

instance_pending(instance) := array.flatten([
	[pair | pair := pending.classification_of(instance)],
	[["data_disks", source] | source := pending.block(instance, "data_disks")],
	[["data_disks.auto_snapshot_policy_id", source] |
		some data_disk in fields.blocks(instance, "data_disks")
		source := pending.nested(instance, "data_disks", data_disk, "auto_snapshot_policy_id")
		source.status == "unresolved"
		count(links.referenced(instance, "data_disks", "alicloud_ecs_auto_snapshot_policy")) == 0
	],
	[pair |
		some position in links.referenced(instance, "data_disks", "alicloud_ecs_auto_snapshot_policy")
		some pair in policy_pending(resources.list[position])
	],
])

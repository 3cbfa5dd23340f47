# METADATA
# description: A26.4 disks of important systems are snapshotted.
package govguard.controls.a26_4

import data.govguard.lib.classification
import data.govguard.lib.fields
import data.govguard.lib.links
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
	"decisions": [{
		"zh": "只要求重要数据；复制目的区域须在允许列表中且不同于磁盘所在区域。",
		"en": "Only important data is required to; the copy must go to an allowed region other than the disk's.",
	}],
	"resources": ["alicloud_ecs_disk", "alicloud_disk", "alicloud_instance", "alicloud_ecs_auto_snapshot_policy", "alicloud_ecs_auto_snapshot_policy_attachment"],
}

violations contains {
	"resource": disk.address,
	"attribute": "auto_snapshot_policy",
	"message": {
		"zh": "重要数据磁盘没有绑定跨区域复制的自动快照策略",
		"en": "the important-data disk is not bound to an automatic snapshot policy that copies to another region",
	},
} if {
	some disk in resources.of_types(["alicloud_ecs_disk", "alicloud_disk"])
	classification.important(disk)
	not protected_disks[disk.position]
}

violations contains {
	"resource": instance.address,
	"attribute": "data_disks",
	"message": {
		"zh": "重要数据实例的数据盘没有绑定跨区域复制的自动快照策略",
		"en": "a data disk of the important-data instance is not bound to an automatic snapshot policy that copies to another region",
	},
} if {
	some instance in resources.of_type("alicloud_instance")
	classification.important(instance)
	some data_disk in fields.blocks(instance, "data_disks")
	not instance_protected(instance, data_disk)
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

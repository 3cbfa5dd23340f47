package govguard.controls.a26_4_test

import data.govguard.testkit_test as testkit

important := {"data-classification": "important"}

policy(copy) := {"alicloud_ecs_auto_snapshot_policy": {"daily": object.union({"retention_days": 30, "repeat_weekdays": ["1"], "time_points": ["2"]}, copy)}}

copying := policy({"enable_cross_region_copy": true, "target_copy_regions": ["cn-shanghai"]})

disk := {
	"alicloud_ecs_disk": {"data": {"zone_id": "cn-hangzhou-i", "size": 100, "tags": important}},
	"alicloud_ecs_auto_snapshot_policy_attachment": {"a": {"disk_id": "${alicloud_ecs_disk.data.id}", "auto_snapshot_policy_id": "${alicloud_ecs_auto_snapshot_policy.daily.id}"}},
}

test_important_disk_with_a_copying_policy_passes if {
	every doc in testkit.shapes(object.union(disk, copying)) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A26.4") == set()
	}
}

test_no_copy_or_no_policy_fails if {
	every spec in [
		object.union(disk, policy({})),
		object.union(disk, policy({"enable_cross_region_copy": true, "target_copy_regions": ["cn-hangzhou"]})),
		object.union(disk, policy({"enable_cross_region_copy": true, "target_copy_regions": ["ap-southeast-1"]})),
		{"alicloud_ecs_disk": {"data": {"zone_id": "cn-hangzhou-i", "tags": important}}},
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A26.4") == {"alicloud_ecs_disk.data"}
		}
	}
}

test_instance_data_disks if {
	instance := {"alicloud_instance": {"db": {"instance_type": "ecs.g7.large", "tags": important, "data_disks": [{"size": 100, "auto_snapshot_policy_id": "${alicloud_ecs_auto_snapshot_policy.daily.id}"}]}}}
	every doc in testkit.shapes(object.union(instance, copying)) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A26.4") == set()
	}
	unbound := {"alicloud_instance": {"db": {"instance_type": "ecs.g7.large", "tags": important, "data_disks": [{"size": 100}]}}}
	report := data.govguard.report with input as testkit.hcl(object.union(unbound, copying))
	testkit.found(report, "A26.4") == {"alicloud_instance.db"}
}

test_ordinary_disks_need_no_copy if {
	report := data.govguard.report with input as testkit.hcl({"alicloud_ecs_disk": {"d": {"zone_id": "cn-hangzhou-i"}}})
	testkit.found(report, "A26.4") == set()
}

package govguard.controls.a12_1_test

import data.govguard.testkit_test as testkit

change(address, type, actions) := {"address": address, "type": type, "name": "x", "change": {"actions": actions, "before": {}, "after": null}}

plan := {
	"format_version": "1.2",
	"resource_changes": [
		change("alicloud_oss_bucket.old", "alicloud_oss_bucket", ["delete"]),
		change("alicloud_db_instance.db", "alicloud_db_instance", ["delete", "create"]),
		change("alicloud_vpc.v", "alicloud_vpc", ["delete"]),
		change("alicloud_oss_bucket.keep", "alicloud_oss_bucket", ["update"]),
		change("module.a[0].alicloud_log_project.p", "alicloud_log_project", ["create", "delete"]),
	],
}

test_deleting_or_replacing_data_stores if {
	report := data.govguard.report with input as plan
	testkit.messages(report, "A12.1") == {
		"alicloud_oss_bucket.old": "the plan deletes this data store, but its address is not in decommission.archived",
		"alicloud_db_instance.db": "the plan replaces (destroying first) this data store, but its address is not in decommission.archived",
		"module.a[0].alicloud_log_project.p": "the plan replaces (destroying first) this data store, but its address is not in decommission.archived",
	}
}

test_archived_addresses_and_patterns if {
	config := {"decommission": {"archived": ["alicloud_oss_bucket.old", "module.a[*].alicloud_log_project.*"]}}
	report := data.govguard.report with input as plan with data.govguard_config as config
	testkit.found(report, "A12.1") == {"alicloud_db_instance.db"}
}

test_configuration_has_no_deletions if {
	report := data.govguard.report with input as testkit.hcl({"alicloud_oss_bucket": {"b": {"bucket": "b"}}})
	testkit.found(report, "A12.1") == set()
}

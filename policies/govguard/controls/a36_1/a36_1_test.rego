package govguard.controls.a36_1_test

import data.govguard.testkit_test as testkit

app := {"alicloud_instance": {"web": {"instance_type": "ecs.g7.large"}}}

test_an_alarm_with_a_contact_group_passes if {
	alarm := object.union(app, {"alicloud_cms_alarm": {"cpu": {"name": "cpu", "project": "acs_ecs_dashboard", "metric": "CPUUtilization", "contact_groups": ["ops"]}}})
	rule := object.union(app, {"alicloud_cms_group_metric_rule": {"r": {"group_id": "1", "metric_name": "CPUUtilization", "contact_groups": "ops"}}})
	every spec in [alarm, rule] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A36.1") == set()
		}
	}
}

test_an_application_without_alarms_fails if {
	every doc in testkit.shapes(app) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A36.1") == {"(stack)"}
	}
	elsewhere := data.govguard.report with input as testkit.hcl(app) with data.govguard_config as {"monitoring": {"managed_elsewhere": true}}
	testkit.found(elsewhere, "A36.1") == set()
}

test_any_stack_of_alicloud_resources_needs_an_alarm if {
	report := data.govguard.report with input as testkit.hcl({"alicloud_vpc": {"v": {"vpc_name": "v"}}})
	testkit.found(report, "A36.1") == {"(stack)"}
	providers_only := data.govguard.report with input as {"provider": {"alicloud": [{"region": "cn-hangzhou"}]}}
	testkit.found(providers_only, "A36.1") == set()
}

test_an_alarm_that_notifies_nobody_is_reported_on_itself if {
	rule := object.union(app, {"alicloud_cms_group_metric_rule": {"r": {"group_id": "1", "metric_name": "CPUUtilization"}}})
	every doc in testkit.shapes(rule) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A36.1") == {"alicloud_cms_group_metric_rule.r"}
	}
}

package govguard.controls.a20_1_test

import data.govguard.testkit_test as testkit

store(attributes) := {"alicloud_log_store": {"s": object.union({"project_name": "p", "logstore_name": "s"}, attributes)}}

test_a_year_or_permanent_passes if {
	every spec in [store({"retention_period": 365}), store({"retention_period": 3650}), store({"retention_period": "400"})] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A20.1") == set()
		}
	}
}

test_short_retention_fails_in_every_shape if {
	every doc in testkit.shapes(store({"retention_period": 30})) {
		report := data.govguard.report with input as doc
		testkit.messages(report, "A20.1") == {"alicloud_log_store.s": "retention_period is 30; needs at least 365"}
	}
}

test_unset_retention_is_the_30_day_default if {
	doc := testkit.hcl(store({}))
	report := data.govguard.report with input as doc
	testkit.messages(report, "A20.1") == {"alicloud_log_store.s": "retention_period is not set, so the provider default of 30 days applies; needs at least 365"}
}

test_retention_known_only_after_apply_fails_closed if {
	every doc in testkit.shapes(store({"retention_period": "${alicloud_log_project.p.ttl}"})) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.1") == {"alicloud_log_store.s"}
	}
}

test_threshold_is_a_parameter if {
	doc := testkit.hcl(store({"retention_period": 180}))
	report := data.govguard.report with input as doc with data.govguard_config as {"logs": {"min_retention_days": 180}}
	testkit.found(report, "A20.1") == set()
}

test_deprecated_project_and_name_pair if {
	doc := testkit.hcl({"alicloud_log_store": {"old": {"project": "p", "name": "old", "retention_period": 7}}})
	report := data.govguard.report with input as doc
	testkit.found(report, "A20.1") == {"alicloud_log_store.old"}
}

package govguard.controls.a26_2_test

import data.govguard.testkit_test as testkit

test_zrs_or_a_transition_passes if {
	spec := {
		"alicloud_oss_bucket": {"z": {"bucket": "z", "redundancy_type": "ZRS"}, "l": {"bucket": "l"}},
		"alicloud_oss_bucket_data_redundancy_transition": {"t": {"bucket": "${alicloud_oss_bucket.l.bucket}"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A26.2") == set()
	}
}

test_lrs_explicit_or_by_default_fails if {
	spec := {"alicloud_oss_bucket": {"explicit": {"bucket": "e", "redundancy_type": "LRS"}, "default": {"bucket": "d"}}}
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.messages(report, "A26.2") == {
		"alicloud_oss_bucket.explicit": "redundancy_type is LRS; needs ZRS (zone-redundant)",
		"alicloud_oss_bucket.default": "redundancy_type is not set, so the default LRS (locally redundant) applies; needs ZRS",
	}
	plan := data.govguard.report with input as testkit.plan(spec)
	testkit.found(plan, "A26.2") == {"alicloud_oss_bucket.explicit", "alicloud_oss_bucket.default"}
}

package govguard.controls.a26_5_test

import data.govguard.testkit_test as testkit

test_protected_resources_pass if {
	spec := {
		"alicloud_db_instance": {"db": {"engine": "MySQL", "deletion_protection": true}},
		"alicloud_polardb_cluster": {"p": {"db_type": "MySQL", "deletion_lock": 1}},
		"alicloud_kms_key": {"k": {"deletion_protection": "Enabled"}},
		"alicloud_oss_bucket": {"b": {"bucket": "b"}, "c": {"bucket": "c", "force_destroy": false}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A26.5") == set()
	}
}

test_unprotected_resources_fail if {
	spec := {
		"alicloud_db_instance": {"db": {"engine": "MySQL"}},
		"alicloud_polardb_cluster": {"p": {"db_type": "MySQL", "deletion_lock": 0}},
		"alicloud_kms_key": {"k": {"deletion_protection": "Disabled"}},
		"alicloud_oss_bucket": {"b": {"bucket": "b", "force_destroy": true}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A26.5") == {"alicloud_db_instance.db", "alicloud_polardb_cluster.p", "alicloud_kms_key.k", "alicloud_oss_bucket.b"}
	}
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.messages(report, "A26.5")["alicloud_oss_bucket.b"] == "force_destroy is true; destroying the bucket would delete every object in it"
}

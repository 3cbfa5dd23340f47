package govguard.controls.a26_1_test

import data.govguard.testkit_test as testkit

important := {"data-classification": "important"}

bucket := {"alicloud_oss_bucket": {"data": {"bucket": "gov-data", "tags": important}}}

replicated_to(location) := object.union(bucket, {"alicloud_oss_bucket_replication": {"crr": {
	"bucket": "${alicloud_oss_bucket.data.bucket}",
	"destination": [{"bucket": "gov-data-dr", "location": location}],
}}})

test_important_bucket_replicated_to_another_mainland_region if {
	every doc in testkit.shapes(replicated_to("oss-cn-shanghai")) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A26.1") == set()
	}
}

test_important_bucket_without_replication if {
	every doc in testkit.shapes(bucket) {
		report := data.govguard.report with input as doc
		testkit.messages(report, "A26.1") == {"alicloud_oss_bucket.data": "the bucket is classified important (important data) but is not replicated to another mainland region"}
	}
}

test_same_region_or_foreign_replication_does_not_count if {
	every location in ["oss-cn-hangzhou", "oss-ap-southeast-1"] {
		report := data.govguard.report with input as testkit.hcl(replicated_to(location))
		testkit.found(report, "A26.1") == {"alicloud_oss_bucket.data"}
	}
}

# A destination only known after apply is reported on the bucket, naming the replication.
test_a_destination_only_known_after_apply_cannot_be_verified if {
	every doc in testkit.shapes(replicated_to("${var.somewhere}")) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A26.1") == {"alicloud_oss_bucket.data"}
	}
	report := data.govguard.report with input as testkit.hcl(replicated_to("${var.somewhere}"))
	testkit.messages(report, "A26.1") == {"alicloud_oss_bucket.data": "alicloud_oss_bucket_replication.crr: destination.location is set from var.somewhere, which cannot be verified before apply, so it cannot be verified that the important data is replicated to another mainland region"}
}

test_a_classification_only_known_after_apply_cannot_be_verified if {
	every tags in ["${var.tags}", {"data-classification": "${var.level}"}] {
		spec := {"alicloud_oss_bucket": {"data": {"bucket": "gov-data", "tags": tags}}}
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A26.1") == {"alicloud_oss_bucket.data"}
			contains(testkit.messages(report, "A26.1")["alicloud_oss_bucket.data"], "so it cannot be verified that the bucket holds no important data")
		}
	}
}

test_other_classifications_need_no_replication if {
	spec := {"alicloud_oss_bucket": {"a": {"bucket": "a", "tags": {"data-classification": "internal"}}, "b": {"bucket": "b"}}}
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.found(report, "A26.1") == set()
}

test_important_values_are_a_parameter if {
	spec := {"alicloud_oss_bucket": {"a": {"bucket": "a", "tags": {"level": "L4"}}}}
	config := {"data": {"tag_key": "level", "important_values": ["L3", "L4"]}}
	report := data.govguard.report with input as testkit.hcl(spec) with data.govguard_config as config
	testkit.found(report, "A26.1") == {"alicloud_oss_bucket.a"}
}

package govguard.controls.a21_1_test

import data.govguard.testkit_test as testkit

test_classified_data_stores_pass if {
	spec := {
		"alicloud_oss_bucket": {"b": {"bucket": "b", "tags": {"data-classification": "internal"}}},
		"alicloud_db_instance": {"db": {"engine": "MySQL", "tags": {"data-classification": "important"}}},
		"alicloud_log_project": {"p": {"project_name": "p", "tags": {"data-classification": "sensitive"}}},
		"alicloud_vpc": {"v": {"cidr_block": "10.0.0.0/8"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A21.1") == set()
	}
}

test_missing_wrong_or_unknown_tags_fail if {
	spec := {
		"alicloud_oss_bucket": {"untagged": {"bucket": "u"}, "wrong": {"bucket": "w", "tags": {"data-classification": "secret"}}},
		"alicloud_kvstore_instance": {"r": {"tags": "${local.tags}"}},
		"alicloud_nas_file_system": {"n": {"protocol_type": "NFS", "tags": {"team": "web"}}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A21.1") == {"alicloud_oss_bucket.untagged", "alicloud_oss_bucket.wrong", "alicloud_kvstore_instance.r", "alicloud_nas_file_system.n"}
	}
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.messages(report, "A21.1")["alicloud_oss_bucket.wrong"] == "tag data-classification is secret, not an allowed level (public, internal, sensitive, important, core)"
}

test_tag_key_and_levels_are_parameters if {
	spec := {"alicloud_oss_bucket": {"b": {"bucket": "b", "tags": {"level": "L3"}}}}
	config := {"data": {"tag_key": "level", "values": ["L1", "L2", "L3"]}}
	report := data.govguard.report with input as testkit.hcl(spec) with data.govguard_config as config
	testkit.found(report, "A21.1") == set()
}

test_a_classification_from_a_variable_is_resolved_or_fails_closed if {
	with_default := {
		"variable": {"level": [{"default": "internal"}]},
		"resource": {"alicloud_oss_bucket": {"b": [{"bucket": "b", "tags": {"data-classification": "${var.level}"}}]}},
	}
	report := data.govguard.report with input as with_default
	testkit.found(report, "A21.1") == set()
	without := {
		"variable": {"level": [{"type": "string"}]},
		"resource": {"alicloud_oss_bucket": {"b": [{"bucket": "b", "tags": {"data-classification": "${var.level}"}}]}},
	}
	open := data.govguard.report with input as without
	testkit.messages(open, "A21.1") == {"alicloud_oss_bucket.b": "tag data-classification is set from var.level, so the classification cannot be verified before apply"}
}

test_elasticsearch_is_data_bearing if {
	spec := {"alicloud_elasticsearch_instance": {
		"search": {"version": "7.10_with_X-Pack"},
		"tagged": {"version": "7.10_with_X-Pack", "tags": {"data-classification": "internal"}},
	}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A21.1") == {"alicloud_elasticsearch_instance.search"}
	}
}

test_a_tag_planned_as_unknown_cannot_be_verified if {
	spec := {"alicloud_oss_bucket": {"b": {"bucket": "b", "tags": {"data-classification": "${var.level}"}}}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		count([f |
			some f in report.findings
			f.control == "A21.1"
			contains(f.message.en, "cannot be verified")
		]) == 1
	}
}

package govguard.controls.a20_5_test

import data.govguard.testkit_test as testkit

app_bucket := {"bucket": "gov-app", "logging": [{"target_bucket": "gov-logs"}]}

archive(attributes) := {"alicloud_oss_bucket": {"app": app_bucket, "logs": object.union({"bucket": "gov-logs"}, attributes)}}

test_archive_that_keeps_logs_and_versions_passes if {
	spec := archive({"versioning": [{"status": "Enabled"}], "lifecycle_rule": [{"enabled": true, "expiration": [{"days": 400}]}]})
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.5") == set()
	}
}

test_early_expiry_and_no_versioning_fail if {
	spec := archive({"lifecycle_rule": [{"enabled": true, "expiration": [{"days": 30}]}]})
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		{f[1] | some f in testkit.details(report, "A20.5")} == {"lifecycle_rule, versioning"}
	}
}

test_date_expiry_fails_and_disabled_rules_do_not_count if {
	dated := archive({"versioning": [{"status": "Enabled"}], "lifecycle_rule": [{"enabled": true, "expiration": [{"date": "2027-01-01"}]}]})
	dated_report := data.govguard.report with input as testkit.hcl(dated)
	testkit.found(dated_report, "A20.5") == {"alicloud_oss_bucket.logs"}
	disabled := archive({"versioning": [{"status": "Enabled"}], "lifecycle_rule": [{"enabled": false, "expiration": [{"days": 1}]}]})
	disabled_report := data.govguard.report with input as testkit.hcl(disabled)
	testkit.found(disabled_report, "A20.5") == set()
}

test_standalone_logging_versioning_and_tags_mark_archives if {
	spec := {
		"alicloud_oss_bucket": {"app": {"bucket": "gov-app"}, "logs": {"bucket": "gov-logs"}, "tagged": {"bucket": "gov-old-logs", "tags": {"log-archive": "true"}}},
		"alicloud_oss_bucket_logging": {"l": {"bucket": "gov-app", "target_bucket": "${alicloud_oss_bucket.logs.bucket}"}},
		"alicloud_oss_bucket_versioning": {"v": {"bucket": "${alicloud_oss_bucket.logs.bucket}", "status": "Enabled"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.5") == {"alicloud_oss_bucket.tagged"}
	}
}

# terraform writes the unset date attributes of an expiration as "".
test_empty_dates_as_a_plan_writes_them_are_no_expiry if {
	spec := archive({"versioning": [{"status": "Enabled"}], "lifecycle_rule": [{"enabled": true, "expiration": [{"days": 400, "date": "", "created_before_date": ""}]}]})
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.5") == set()
	}
}

test_expiry_known_only_after_apply_cannot_be_verified if {
	spec := archive({"versioning": [{"status": "Enabled"}], "lifecycle_rule": [{"enabled": true, "expiration": [{"days": "${var.days}"}]}]})
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		count([f |
			some f in report.findings
			f.control == "A20.5"
			contains(f.message.en, "lifecycle_rule.expiration.days is set from ")
			contains(f.message.en, "cannot be verified")
		]) == 1
	}
}

package govguard.controls.a20_6_test

import data.govguard.testkit_test as testkit

logs := {"alicloud_oss_bucket": {"logs": {"bucket": "gov-logs", "tags": {"log-archive": "true"}}}}

test_worm_or_replication_passes if {
	worm := object.union(logs, {"alicloud_oss_bucket_worm": {"w": {"bucket": "${alicloud_oss_bucket.logs.bucket}", "retention_period_in_days": 365}}})
	replicated := object.union(logs, {"alicloud_oss_bucket_replication": {"r": {"bucket": "gov-logs", "destination": [{"bucket": "gov-logs-dr", "location": "oss-cn-shanghai"}]}}})
	every spec in [worm, replicated] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A20.6") == set()
		}
	}
}

test_neither_or_a_short_worm_fails if {
	short := object.union(logs, {"alicloud_oss_bucket_worm": {"w": {"bucket": "gov-logs", "retention_period_in_days": 30}}})
	every spec in [logs, short] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A20.6") == {"alicloud_oss_bucket.logs"}
		}
	}
}

test_ordinary_buckets_need_neither if {
	report := data.govguard.report with input as testkit.hcl({"alicloud_oss_bucket": {"app": {"bucket": "gov-app"}}})
	testkit.found(report, "A20.6") == set()
}

package govguard.controls.a20_2_test

import data.govguard.testkit_test as testkit

audit_project := {
	"alicloud_log_project": {"audit": {"project_name": "gov-audit"}},
	"alicloud_log_store": {"trail": {"project_name": "${alicloud_log_project.audit.project_name}", "logstore_name": "actiontrail", "retention_period": 400}},
}

trail(attributes) := {"alicloud_actiontrail_trail": {"t": object.union(
	{
		"trail_name": "gov-trail",
		"status": "Enable",
		"event_rw": "All",
		"trail_region": "All",
		"sls_project_arn": "acs:log:cn-hangzhou:1234:project/gov-audit",
	},
	attributes,
)}}

test_a_full_trail_into_a_year_of_logs_passes if {
	every doc in testkit.shapes(object.union(audit_project, trail({}))) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.2") == set()
	}
}

test_a_trail_into_a_bucket_that_keeps_logs if {
	spec := {
		"alicloud_oss_bucket": {"logs": {"bucket": "gov-trail-logs", "lifecycle_rule": [{"enabled": true, "expiration": [{"days": 400}]}]}},
		"alicloud_actiontrail_trail": {"t": {"trail_name": "t", "status": "Enable", "event_rw": "All", "trail_region": "All", "oss_bucket_name": "${alicloud_oss_bucket.logs.bucket}"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.2") == set()
	}
}

test_no_trail_in_a_stack_with_resources if {
	every doc in testkit.shapes({"alicloud_vpc": {"v": {"cidr_block": "10.0.0.0/8"}}}) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.2") == {"(stack)"}
	}
	elsewhere := data.govguard.report with input as testkit.hcl({"alicloud_vpc": {"v": {"cidr_block": "10.0.0.0/8"}}})
		with data.govguard_config as {"logs": {"trail_managed_elsewhere": true}}
	testkit.found(elsewhere, "A20.2") == set()
}

test_partial_trails_and_short_retention if {
	partial := object.union(audit_project, trail({"event_rw": "Write", "trail_region": "cn-hangzhou"}))
	report := data.govguard.report with input as testkit.hcl(partial)
	{f[1] | some f in testkit.details(report, "A20.2")} == {"event_rw, trail_region"}
	short_store := {"alicloud_log_store": {"trail": {"project_name": "gov-audit", "logstore_name": "actiontrail", "retention_period": 90}}}
	short := object.union_n([audit_project, short_store, trail({})])
	short_report := data.govguard.report with input as testkit.hcl(short)
	testkit.details(short_report, "A20.2") == {["alicloud_actiontrail_trail.t", "sls_project_arn", "the trail delivers to no SLS project or OSS bucket of this stack whose retention can be verified"]}
	unset := data.govguard.report with input as testkit.hcl(object.union(audit_project, {"alicloud_actiontrail_trail": {"t": {"trail_name": "t", "sls_project_arn": "acs:log:cn-hangzhou:1:project/gov-audit"}}}))
	{f[1] | some f in testkit.details(unset, "A20.2")} == {"event_rw, trail_region"}
}

test_a_target_outside_the_stack_cannot_be_verified if {
	report := data.govguard.report with input as testkit.hcl(trail({"sls_project_arn": "acs:log:cn-hangzhou:1:project/elsewhere"}))
	testkit.found(report, "A20.2") == {"alicloud_actiontrail_trail.t"}
}

test_one_compliant_trail_is_enough if {
	spec := object.union_n([audit_project, trail({}), {"alicloud_actiontrail_trail": {"read_only": {"trail_name": "r", "event_rw": "Read"}}}])
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.found(report, "A20.2") == set()
}

test_an_unset_status_is_the_documented_default_enable if {
	every doc in testkit.shapes(object.union(audit_project, {"alicloud_actiontrail_trail": {"t": object.remove(trail({}).alicloud_actiontrail_trail.t, ["status"])}})) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.2") == set()
	}
}

test_a_disabled_or_unknown_status_still_fails if {
	every status in ["Disable", "${var.trail_status}"] {
		every doc in testkit.shapes(object.union(audit_project, trail({"status": status}))) {
			report := data.govguard.report with input as doc
			{f[1] | some f in testkit.details(report, "A20.2")} == {"status"}
		}
	}
	report := data.govguard.report with input as testkit.hcl(object.union(audit_project, trail({"status": "${var.trail_status}"})))
	testkit.messages(report, "A20.2") == {"alicloud_actiontrail_trail.t": "status is set from var.trail_status, which cannot be verified before apply, needs Enable"}
}

# What the trail's delivery is set from that cannot be verified is named before the finding.
test_an_unverifiable_delivery_is_named if {
	spec := {
		"alicloud_oss_bucket": {"logs": {"bucket": "gov-trail-logs", "lifecycle_rule": [{"enabled": true, "expiration": [{"days": "${var.keep}"}]}]}},
		"alicloud_actiontrail_trail": {"t": {"trail_name": "t", "status": "Enable", "event_rw": "All", "trail_region": "All", "oss_bucket_name": "${alicloud_oss_bucket.logs.bucket}"}},
	}
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.messages(report, "A20.2") == {"alicloud_actiontrail_trail.t": "lifecycle_rule.expiration.days is set from var.keep, which cannot be verified before apply; the trail delivers to no SLS project or OSS bucket of this stack whose retention can be verified"}
}

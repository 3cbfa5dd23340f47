package govguard.controls.a20_7_test

import data.govguard.testkit_test as testkit

audit(settings) := {"alicloud_log_audit": {"a": {"display_name": "audit", "aliuid": "1", "variable_map": settings}}}

test_a_year_for_every_enabled_product_passes if {
	spec := audit({
		"actiontrail_enabled": "true", "actiontrail_ttl": "365",
		"oss_sync_enabled": "true", "oss_sync_ttl": "400",
		"vpc_flow_enabled": "true", "vpc_flow_ttl": "365", "vpc_sync_ttl": "365",
		"sas_crack_enabled": "true", "sas_ttl": "365",
		"waf_enabled": "false",
	})
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.7") == set()
	}
}

test_defaults_and_short_ttls_fail if {
	spec := audit({"rds_enabled": "true", "slb_access_enabled": "true", "slb_access_ttl": "7", "slb_sync_ttl": "365", "vpc_flow_enabled": "true", "vpc_flow_ttl": "365", "vpc_sync_ttl": "180"})
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.details(report, "A20.7") == {[
		"alicloud_log_audit.a",
		"variable_map.rds_ttl, variable_map.slb_access_ttl, variable_map.vpc_sync_ttl",
		"rds_ttl is not set, so the service default of 7 or 180 days applies, needs at least 365; slb_access_ttl is 7, needs at least 365; vpc_sync_ttl is 180, needs at least 365",
	]}
}

test_a_central_copy_left_at_its_default_fails if {
	spec := audit({"oss_access_enabled": "true", "oss_access_ttl": "365"})
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.messages(report, "A20.7") == {"alicloud_log_audit.a": "oss_sync_ttl is not set, so the service default of 7 or 180 days applies, needs at least 365"}
	}
}

test_a_map_known_only_after_apply_fails_closed if {
	every doc in testkit.shapes(audit("${local.audit_settings}")) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.7") == {"alicloud_log_audit.a"}
	}
}

test_a_switch_or_retention_known_only_after_apply_cannot_be_verified if {
	switched := audit({"waf_enabled": "${var.waf}", "waf_ttl": "30"})
	hcl_report := data.govguard.report with input as testkit.hcl(switched)
	testkit.messages(hcl_report, "A20.7") == {"alicloud_log_audit.a": "waf_enabled is set from var.waf, which cannot be verified before apply (read as true); waf_ttl is 30, needs at least 365"}
	kept := audit({"waf_enabled": "true", "waf_ttl": "${var.ttl}"})
	every doc in testkit.shapes(kept) {
		report := data.govguard.report with input as doc
		count([f | some f in report.findings; f.control == "A20.7"; contains(f.message.en, "waf_ttl is set from ")]) == 1
	}
}

package govguard.controls.a28_1_test

import data.govguard.testkit_test as testkit

test_domestic_scope_and_coverage_pass if {
	spec := {
		"alicloud_cdn_domain_new": {"c": {"domain_name": "www.a.gov.cn", "scope": "domestic"}},
		"alicloud_dcdn_domain": {"d": {"domain_name": "d.a.gov.cn", "scope": "domestic"}},
		"alicloud_esa_site": {"e": {"site_name": "a.gov.cn", "coverage": "domestic"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A28.1") == set()
	}
}

test_other_scopes_unset_scopes_and_deprecated_types_fail if {
	spec := {
		"alicloud_cdn_domain_new": {"global": {"domain_name": "g.a.gov.cn", "scope": "global"}, "unset": {"domain_name": "u.a.gov.cn"}},
		"alicloud_dcdn_domain": {"overseas": {"domain_name": "o.a.gov.cn", "scope": "overseas"}},
		"alicloud_esa_site": {"e": {"site_name": "a.gov.cn", "coverage": "global"}},
		"alicloud_scdn_domain": {"s": {"domain_name": "s.a.gov.cn"}},
		"alicloud_cdn_domain": {"old": {"domain_name": "old.a.gov.cn", "scope": "domestic"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A28.1") == {
			"alicloud_cdn_domain_new.global", "alicloud_cdn_domain_new.unset", "alicloud_dcdn_domain.overseas",
			"alicloud_esa_site.e", "alicloud_scdn_domain.s", "alicloud_cdn_domain.old",
		}
	}
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.messages(report, "A28.1")["alicloud_cdn_domain_new.unset"] == "scope is not set; it must be set to domestic (mainland nodes only)"
}

test_a_scope_left_to_the_service_is_unknown_in_a_plan if {
	unset_scope := {"op": "add", "path": "/resource_changes/0/change/after_unknown/scope", "value": true}
	doc := json.patch(testkit.plan({"alicloud_cdn_domain_new": {"c": {"domain_name": "c.a.gov.cn"}}}), [unset_scope])
	report := data.govguard.report with input as doc
	testkit.messages(report, "A28.1") == {"alicloud_cdn_domain_new.c": "scope is not set; it must be set to domestic (mainland nodes only)"}
}

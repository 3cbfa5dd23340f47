package govguard.controls.a28_2_test

import data.govguard.testkit_test as testkit

domain(sources) := {"alicloud_cdn_domain_new": {"d": {"domain_name": "www.a.gov.cn", "scope": "domestic", "sources": sources}}}

test_domestic_origins_pass if {
	spec := domain([
		{"type": "oss", "content": "gov-web.oss-cn-hangzhou.aliyuncs.com"},
		{"type": "oss", "content": "gov-web.oss-cn-shanghai-internal.aliyuncs.com"},
		{"type": "domain", "content": "origin.example.gov.cn"},
		{"type": "domain", "content": "源站.门户.政务"},
	])
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A28.2") == set()
	}
}

test_foreign_or_unregistered_origins_fail if {
	every source in [
		{"type": "oss", "content": "gov-web.oss-ap-southeast-1.aliyuncs.com"},
		{"type": "domain", "content": "origin.example.com"},
		{"type": "ipaddr", "content": "203.0.113.10"},
		{"type": "common", "content": "cdn.example.net"},
	] {
		every doc in testkit.shapes(domain([source])) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A28.2") == {"alicloud_cdn_domain_new.d"}
		}
	}
}

test_registered_ip_ranges_and_domains_pass if {
	spec := domain([{"type": "ipaddr", "content": "203.0.113.10"}, {"type": "domain", "content": "origin.example.com"}])
	config := {"cdn": {"origin_cidrs": ["203.0.113.0/24"], "origin_domains": ["*.example.com"]}}
	report := data.govguard.report with input as testkit.hcl(spec) with data.govguard_config as config
	testkit.found(report, "A28.2") == set()
}

test_an_oss_origin_is_judged_by_the_referenced_bucket if {
	doc := {
		"provider": {"alicloud": [{"region": "cn-hangzhou"}, {"alias": "sg", "region": "ap-southeast-1"}]},
		"resource": {
			"alicloud_oss_bucket": {"sg": [{"bucket": "web", "provider": "${alicloud.sg}"}]},
			"alicloud_cdn_domain_new": {"d": [{"domain_name": "www.a.gov.cn", "sources": [{"type": "oss", "content": "${alicloud_oss_bucket.sg.extranet_endpoint}"}]}]},
		},
	}
	report := data.govguard.report with input as doc
	testkit.found(report, "A28.2") == {"alicloud_cdn_domain_new.d"}
}

test_unknown_origins_fail_closed if {
	spec := {"alicloud_dcdn_domain": {"d": {"domain_name": "www.a.gov.cn", "sources": [{"type": "domain", "content": "${var.origin}"}]}}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A28.2") == {"alicloud_dcdn_domain.d"}
	}
}

test_origins_only_known_after_apply_cannot_be_verified if {
	unknown := "${data.alicloud_account.current.id}"
	every sources in [
		unknown,
		[{"type": unknown, "content": "origin.a.gov.cn", "port": 443}],
		[{"type": "domain", "content": unknown, "port": 443}],
	] {
		every doc in testkit.shapes(domain(sources)) {
			report := data.govguard.report with input as doc
			contains(testkit.messages(report, "A28.2")["alicloud_cdn_domain_new.d"], "cannot be verified")
		}
	}
}

test_an_empty_origin_is_named_empty if {
	report := data.govguard.report with input as testkit.hcl(domain([{"type": "domain", "content": "", "port": 443}]))
	testkit.messages(report, "A28.2") == {"alicloud_cdn_domain_new.d": "the domain origin (empty address) is not registered as domestic (cdn.origin_cidrs / cdn.origin_domains)"}
}

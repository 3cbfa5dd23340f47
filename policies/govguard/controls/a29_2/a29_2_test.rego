package govguard.controls.a29_2_test

import data.govguard.testkit_test as testkit

config(name, function, args) := {name: {
	"domain_name": "${alicloud_cdn_domain_new.d.domain_name}",
	"function_name": function,
	"function_args": [{"arg_name": k, "arg_value": v} | some k, v in args],
}}

domain := {"alicloud_cdn_domain_new": {"d": {"domain_name": "www.a.gov.cn"}}}

test_https_force_on_passes if {
	spec := object.union(domain, {"alicloud_cdn_domain_config": config("f", "https_force", {"enable": "on", "https_rewrite": "301"})})
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.2") == set()
	}
}

test_a_domain_without_https_force_fails if {
	every doc in testkit.shapes(domain) {
		report := data.govguard.report with input as doc
		testkit.messages(report, "A29.2") == {"alicloud_cdn_domain_new.d": "there is no https_force config, so HTTP requests are not redirected to HTTPS"}
	}
}

test_an_https_force_config_left_off_is_reported_on_the_config if {
	every doc in testkit.shapes(object.union(domain, {"alicloud_cdn_domain_config": config("f", "https_force", {"enable": "off"})})) {
		report := data.govguard.report with input as doc
		testkit.messages(report, "A29.2") == {"alicloud_cdn_domain_config.f": "https_force config: enable is off; needs on"}
	}
}

test_an_https_force_config_without_enable_fails_closed if {
	every args in [{"https_rewrite": "301"}, {"enable": "${var.unset}"}] {
		doc := testkit.plan(object.union(domain, {"alicloud_cdn_domain_config": config("f", "https_force", args)}))
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.2") == {"alicloud_cdn_domain_config.f"}
	}
}

test_http_force_is_reported_on_its_config if {
	spec := object.union(domain, {"alicloud_cdn_domain_config": object.union(
		config("f", "https_force", {"enable": "on"}),
		config("h", "http_force", {"enable": "on"}),
	)})
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.found(report, "A29.2") == {"alicloud_cdn_domain_config.h"}
}

test_dcdn_domains_link_by_literal_name if {
	spec := {
		"alicloud_dcdn_domain": {"d": {"domain_name": "d.a.gov.cn"}},
		"alicloud_dcdn_domain_config": {"f": {"domain_name": "d.a.gov.cn", "function_name": "https_force", "function_args": [{"arg_name": "enable", "arg_value": "on"}]}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.2") == set()
	}
}

test_configs_only_known_after_apply_are_reported_on_the_config if {
	unknown := "${data.alicloud_account.current.id}"
	domain := {"alicloud_cdn_domain_new": {"d": {"domain_name": "www.a.gov.cn", "scope": "domestic"}}}
	every c in [
		{"domain_name": "${alicloud_cdn_domain_new.d.domain_name}", "function_name": unknown, "function_args": [{"arg_name": "enable", "arg_value": "on"}]},
		{"domain_name": "${alicloud_cdn_domain_new.d.domain_name}", "function_name": "https_force", "function_args": unknown},
		{"domain_name": "${alicloud_cdn_domain_new.d.domain_name}", "function_name": "https_force", "function_args": [{"arg_name": unknown, "arg_value": "on"}]},
	] {
		every doc in testkit.shapes(object.union(domain, {"alicloud_cdn_domain_config": {"c": c}})) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A29.2") == {"alicloud_cdn_domain_config.c"}
			contains(testkit.messages(report, "A29.2")["alicloud_cdn_domain_config.c"], "cannot be verified")
		}
	}
}

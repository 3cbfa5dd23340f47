package govguard.controls.a29_4_test

import data.govguard.testkit_test as testkit

hsts(function, args) := {
	"alicloud_cdn_domain_new": {"d": {"domain_name": "www.a.gov.cn"}},
	"alicloud_cdn_domain_config": {"h": {
		"domain_name": "www.a.gov.cn",
		"function_name": function,
		"function_args": [{"arg_name": k, "arg_value": v} | some k, v in args],
	}},
}

test_hsts_for_a_year_passes if {
	every doc in testkit.shapes(hsts("HSTS", {"enabled": "on", "https_hsts_max_age": "31536000"})) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.4") == set()
	}
}

test_short_off_or_misspelled_is_reported_on_the_config if {
	every spec in [
		hsts("HSTS", {"enabled": "on", "https_hsts_max_age": "5184000"}),
		hsts("HSTS", {"enabled": "off", "https_hsts_max_age": "31536000"}),
		hsts("HSTS", {"enable": "on", "https_hsts_max_age": "31536000"}),
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A29.4") == {"alicloud_cdn_domain_config.h"}
		}
	}
}

test_the_message_names_what_is_wrong if {
	report := data.govguard.report with input as testkit.hcl(hsts("HSTS", {"enable": "on", "https_hsts_max_age": "5184000"}))
	testkit.messages(report, "A29.4") == {"alicloud_cdn_domain_config.h": "HSTS config: enabled is not set, needs on; https_hsts_max_age is 5184000, needs at least 31536000"}
}

test_lower_case_hsts_is_no_hsts_config if {
	report := data.govguard.report with input as testkit.hcl(hsts("hsts", {"enabled": "on", "https_hsts_max_age": "31536000"}))
	testkit.messages(report, "A29.4") == {"alicloud_cdn_domain_new.d": "there is no HSTS config (the function name is HSTS, upper case)"}
}

test_minimum_age_is_a_parameter if {
	spec := hsts("HSTS", {"enabled": "on", "https_hsts_max_age": "5184000"})
	report := data.govguard.report with input as testkit.hcl(spec) with data.govguard_config as {"tls": {"hsts_min_age": 5184000}}
	testkit.found(report, "A29.4") == set()
}

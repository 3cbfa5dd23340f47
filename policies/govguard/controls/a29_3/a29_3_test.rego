package govguard.controls.a29_3_test

import data.govguard.testkit_test as testkit

with_tls(args) := {
	"alicloud_cdn_domain_new": {"d": {"domain_name": "www.a.gov.cn"}},
	"alicloud_cdn_domain_config": {"tls": {
		"domain_name": "${alicloud_cdn_domain_new.d.domain_name}",
		"function_name": "https_tls_version",
		"function_args": [{"arg_name": k, "arg_value": v} | some k, v in args],
	}},
}

test_tls10_and_tls11_off_passes if {
	every doc in testkit.shapes(with_tls({"tls10": "off", "tls11": "off", "tls12": "on", "tls13": "on"})) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.3") == set()
	}
}

test_an_old_version_left_on_is_reported_on_the_config if {
	every args in [{"tls10": "off"}, {"tls11": "off"}, {"tls10": "on", "tls11": "off"}] {
		every doc in testkit.shapes(with_tls(args)) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A29.3") == {"alicloud_cdn_domain_config.tls"}
		}
	}
}

test_the_message_names_each_version_left_on if {
	report := data.govguard.report with input as testkit.hcl(with_tls({"tls10": "on", "tls12": "on"}))
	testkit.messages(report, "A29.3") == {"alicloud_cdn_domain_config.tls": "tls10 is on; tls11 is not set; tls10 and tls11 both need off (a version not written stays on)"}
}

test_no_config_at_all_fails if {
	report := data.govguard.report with input as testkit.hcl({"alicloud_dcdn_domain": {"d": {"domain_name": "d.a.gov.cn"}}})
	testkit.found(report, "A29.3") == {"alicloud_dcdn_domain.d"}
}

package govguard.controls.a5_1_test

import data.govguard.testkit_test as testkit

names(domain) := {
	"alicloud_alidns_domain": {"d": {"domain_name": domain}},
	"alicloud_cdn_domain_new": {"c": {"domain_name": concat(".", ["www", domain])}},
	"alicloud_esa_site": {"e": {"site_name": domain}},
}

all_three := {"alicloud_alidns_domain.d", "alicloud_cdn_domain_new.c", "alicloud_esa_site.e"}

test_government_suffixes if {
	every domain in ["portal.gov.cn", "门户.政务", "Portal.XN--ZFR164B."] {
		every doc in testkit.shapes(names(domain)) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A5.1") == set()
		}
	}
	every domain in ["portal.cn", "portal.com", "portal.gov.cn.evil.com"] {
		report := data.govguard.report with input as testkit.hcl(names(domain))
		testkit.found(report, "A5.1") == all_three
	}
}

test_public_institution_suffixes if {
	config := {"org": {"type": "public_institution"}}
	every domain in ["hospital.cn", "医院.公益", "hospital.xn--55qw42g"] {
		report := data.govguard.report with input as testkit.hcl(names(domain)) with data.govguard_config as config
		testkit.found(report, "A5.1") == set()
	}
	report := data.govguard.report with input as testkit.hcl(names("hospital.org")) with data.govguard_config as config
	testkit.messages(report, "A5.1")["alicloud_alidns_domain.d"] == "domain_name is hospital.org; domains of public institutions end in .cn or .公益 or .xn--55qw42g"
}

test_records_and_unknown_names if {
	spec := {"alicloud_alidns_record": {"r": {"domain_name": "${var.zone}", "rr": "www", "type": "A", "value": "10.0.0.1"}}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A5.1") == {"alicloud_alidns_record.r"}
	}
}

test_gov_cn_is_reserved_for_party_and_government_bodies if {
	spec := {"alicloud_alidns_domain": {"d": {"domain_name": "hzlib.gov.cn"}}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc with data.govguard_config as {"org": {"type": "public_institution"}}
		testkit.messages(report, "A5.1") == {"alicloud_alidns_domain.d": "domain_name is hzlib.gov.cn; .gov.cn and .政务 are for Party and government bodies only"}
	}
}

test_an_empty_domain_is_named_not_printed_empty if {
	report := data.govguard.report with input as testkit.hcl({"alicloud_alidns_domain": {"d": {"domain_name": ""}}})
	testkit.messages(report, "A5.1") == {"alicloud_alidns_domain.d": "domain_name is empty; domains of Party and government bodies end in .gov.cn or .政务 or .xn--zfr164b"}
}

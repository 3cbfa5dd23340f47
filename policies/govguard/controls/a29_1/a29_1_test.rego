package govguard.controls.a29_1_test

import data.govguard.testkit_test as testkit

cdn(attributes) := {"alicloud_cdn_domain_new": {"d": object.union({"domain_name": "www.a.gov.cn"}, attributes)}}

test_certificates_switched_on_pass if {
	every certificate in [
		{"cert_type": "cas", "cert_id": "123", "server_certificate_status": "on"},
		{"cert_type": "upload", "server_certificate": "-----BEGIN CERTIFICATE-----"},
		{"cert_type": "free"},
	] {
		every doc in testkit.shapes(cdn({"certificate_config": [certificate]})) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A29.1") == set()
		}
	}
}

test_no_certificate_or_switched_off_fails if {
	every attributes in [
		{},
		{"certificate_config": [{"cert_type": "cas", "cert_id": "123", "server_certificate_status": "off"}]},
		{"certificate_config": [{"cert_type": "cas"}]},
	] {
		every doc in testkit.shapes(cdn(attributes)) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A29.1") == {"alicloud_cdn_domain_new.d"}
		}
	}
}

test_dcdn_ssl_protocol if {
	on := {"alicloud_dcdn_domain": {"d": {"domain_name": "d.a.gov.cn", "ssl_protocol": "on"}}}
	off := {"alicloud_dcdn_domain": {"d": {"domain_name": "d.a.gov.cn"}}}
	every doc in testkit.shapes(on) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.1") == set()
	}
	report := data.govguard.report with input as testkit.hcl(off)
	testkit.messages(report, "A29.1") == {"alicloud_dcdn_domain.d": "ssl_protocol is not set, so the default off applies and the domain does not serve HTTPS"}
}

test_a_certificate_of_the_stack_counts_whatever_its_id if {
	spec := object.union(
		cdn({"certificate_config": [{"cert_type": "cas", "cert_id": "${alicloud_ssl_certificates_service_certificate.c.id}"}]}),
		{"alicloud_ssl_certificates_service_certificate": {"c": {"certificate_name": "c", "cert": "x", "key": "y"}}},
	)
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.1") == set()
	}
}

test_a_certificate_only_known_after_apply_cannot_be_verified if {
	every certificate in [
		{"cert_type": "cas", "cert_id": "${data.alicloud_account.current.id}"},
		{"cert_type": "cas", "cert_id": "123", "server_certificate_status": "${data.alicloud_account.current.id}"},
	] {
		every doc in testkit.shapes(cdn({"certificate_config": [certificate]})) {
			report := data.govguard.report with input as doc
			contains(testkit.messages(report, "A29.1")["alicloud_cdn_domain_new.d"], "so whether the domain serves HTTPS cannot be verified")
		}
	}
	report := data.govguard.report with input as testkit.hcl(cdn({"certificate_config": "${data.alicloud_account.current.id}"}))
	testkit.messages(report, "A29.1") == {"alicloud_cdn_domain_new.d": "certificate_config is set from data.alicloud_account.current.id, which cannot be verified before apply, so whether the domain serves HTTPS cannot be verified"}
}

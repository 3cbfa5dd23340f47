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

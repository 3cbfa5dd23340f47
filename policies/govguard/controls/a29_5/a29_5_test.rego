package govguard.controls.a29_5_test

import data.govguard.testkit_test as testkit

clb(protocol, attributes) := {"alicloud_slb_listener": {"l": object.union({"load_balancer_id": "lb-1", "frontend_port": 443, "protocol": protocol}, attributes)}}

alb(protocol, attributes) := {"alicloud_alb_listener": {"l": object.union({"load_balancer_id": "alb-1", "listener_port": 443, "listener_protocol": protocol}, attributes)}}

test_modern_listeners_pass if {
	every spec in [
		clb("https", {"tls_cipher_policy": "tls_cipher_policy_1_2_strict"}),
		clb("http", {"listener_forward": "on", "forward_port": 443}),
		clb("tcp", {}),
		alb("HTTPS", {"security_policy_id": "tls_cipher_policy_1_2_strict_with_1_3"}),
		alb("QUIC", {}),
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A29.5") == set()
		}
	}
}

test_weak_or_plain_listeners_fail if {
	every spec in [
		clb("https", {}),
		clb("https", {"tls_cipher_policy": "tls_cipher_policy_1_1"}),
		clb("http", {}),
		alb("HTTPS", {}),
		alb("HTTPS", {"security_policy_id": "tls_cipher_policy_1_0_to_1_3"}),
		alb("HTTP", {}),
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			count(testkit.found(report, "A29.5")) == 1
		}
	}
	report := data.govguard.report with input as testkit.hcl(clb("https", {}))
	testkit.messages(report, "A29.5") == {"alicloud_slb_listener.l": "tls_cipher_policy is not set, so the default tls_cipher_policy_1_0 applies; an HTTPS listener needs a tls_cipher_policy_1_2 policy"}
}

test_custom_alb_policies if {
	modern := object.union(alb("HTTPS", {"security_policy_id": "${alicloud_alb_security_policy.p.id}"}), {"alicloud_alb_security_policy": {"p": {"security_policy_name": "p", "tls_versions": ["TLSv1.2", "TLSv1.3"]}}})
	every doc in testkit.shapes(modern) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.5") == set()
	}
	weak := object.union(alb("HTTPS", {"security_policy_id": "${alicloud_alb_security_policy.p.id}"}), {"alicloud_alb_security_policy": {"p": {"security_policy_name": "p", "tls_versions": ["TLSv1.1", "TLSv1.2"]}}})
	every doc in testkit.shapes(weak) {
		report := data.govguard.report with input as doc
		testkit.messages(report, "A29.5") == {"alicloud_alb_listener.l": "security_policy_id refers to alicloud_alb_security_policy.p, whose tls_versions include TLSv1.1; only TLSv1.2 / TLSv1.3 are allowed"}
	}
}

test_a_redirect_that_keeps_plain_http_does_not_count if {
	spec := object.union(alb("HTTP", {}), {"alicloud_alb_rule": {"r": {
		"listener_id": "${alicloud_alb_listener.l.id}",
		"rule_actions": [{"order": 1, "type": "Redirect", "redirect_config": [{"host": "www.a.gov.cn"}]}],
	}}})
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.5") == {"alicloud_alb_listener.l"}
	}
}

test_http_alb_listener_with_a_redirect_rule if {
	spec := object.union(alb("HTTP", {}), {"alicloud_alb_rule": {"r": {
		"listener_id": "${alicloud_alb_listener.l.id}",
		"rule_actions": [{"order": 1, "type": "Redirect", "redirect_config": [{"protocol": "HTTPS", "port": "443"}]}],
	}}})
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.5") == set()
	}
}

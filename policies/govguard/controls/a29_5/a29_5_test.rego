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

unknown := "${data.alicloud_account.current.id}"

rule(actions) := {"alicloud_alb_rule": {"r": {"listener_id": "${alicloud_alb_listener.l.id}", "rule_actions": actions}}}

test_unresolved_clb_values_are_findings if {
	every case in [
		[clb(unknown, {"tls_cipher_policy": "tls_cipher_policy_1_2_strict"}), "alicloud_slb_listener.l"],
		[clb(unknown, {"listener_forward": "on", "forward_port": 443}), "alicloud_slb_listener.l"],
		[clb("https", {"tls_cipher_policy": unknown}), "alicloud_slb_listener.l"],
		[clb("http", {"listener_forward": unknown}), "alicloud_slb_listener.l"],
	] {
		every doc in testkit.shapes(case[0]) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A29.5") == {case[1]}
		}
	}
}

test_unresolved_alb_listener_values_are_findings if {
	policy := {"alicloud_alb_security_policy": {"p": {"security_policy_name": "p", "tls_versions": unknown}}}
	every case in [
		[alb(unknown, {"security_policy_id": "tls_cipher_policy_1_2_strict"}), "alicloud_alb_listener.l"],
		[alb("HTTPS", {"security_policy_id": unknown}), "alicloud_alb_listener.l"],
		[object.union(alb("HTTPS", {"security_policy_id": "${alicloud_alb_security_policy.p.id}"}), policy), "alicloud_alb_listener.l"],
	] {
		every doc in testkit.shapes(case[0]) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A29.5") == {case[1]}
		}
	}
}

test_unresolved_alb_rules_are_findings_on_the_rule if {
	redirect := {"order": 1, "type": "Redirect", "redirect_config": [{"protocol": unknown}]}
	every case in [
		[object.union(alb("HTTP", {}), rule(unknown)), "alicloud_alb_rule.r"],
		[object.union(alb("HTTP", {}), rule([redirect])), "alicloud_alb_rule.r"],
		[object.union(alb("HTTP", {}), rule([object.union(redirect, {"type": unknown})])), "alicloud_alb_rule.r"],
	] {
		every doc in testkit.shapes(case[0]) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A29.5") == {case[1]}
		}
	}
}

test_an_unresolved_protocol_names_its_expression if {
	report := data.govguard.report with input as testkit.hcl(clb(unknown, {}))
	testkit.messages(report, "A29.5") == {"alicloud_slb_listener.l": "protocol is set from data.alicloud_account.current.id, which cannot be verified before apply, so the listener cannot be verified to accept only HTTPS with TLS 1.2 or newer"}
}

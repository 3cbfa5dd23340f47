package govguard.controls.a19_2_test

import data.govguard.testkit_test as testkit

rule(attributes) := {"alicloud_security_group_rule": {"r": object.union(
	{"type": "ingress", "ip_protocol": "tcp", "security_group_id": "sg-1"},
	attributes,
)}}

test_web_ports_from_the_internet_pass if {
	every spec in [
		rule({"port_range": "443/443", "cidr_ip": "0.0.0.0/0"}),
		rule({"port_range": "80/80", "ipv6_cidr_ip": "::/0"}),
		rule({"port_range": "8000/9000", "cidr_ip": "10.0.0.0/8"}),
		rule({"ip_protocol": "icmp", "port_range": "-1/-1", "cidr_ip": "0.0.0.0/0"}),
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A19.2") == set()
		}
	}
}

test_other_ports_from_the_internet_fail if {
	every doc in testkit.shapes(rule({"port_range": "8080/8080", "cidr_ip": "0.0.0.0/0"})) {
		report := data.govguard.report with input as doc
		testkit.messages(report, "A19.2") == {"alicloud_security_group_rule.r": "opens 8080/8080 to the internet (0.0.0.0/0), beyond the public service ports 80, 443"}
	}
}

test_a_range_between_public_ports_opens_more if {
	report := data.govguard.report with input as testkit.hcl(rule({"port_range": "80/443", "cidr_ip": "0.0.0.0/0"}))
	testkit.found(report, "A19.2") == {"alicloud_security_group_rule.r"}
}

test_all_protocols_from_ipv6_everywhere if {
	report := data.govguard.report with input as testkit.hcl(rule({"ip_protocol": "all", "ipv6_cidr_ip": "::/0"}))
	testkit.messages(report, "A19.2") == {"alicloud_security_group_rule.r": "opens all ports to the internet (::/0), beyond the public service ports 80, 443"}
}

test_public_ports_are_a_parameter if {
	spec := rule({"port_range": "8443/8443", "cidr_ip": "0.0.0.0/0"})
	report := data.govguard.report with input as testkit.hcl(spec) with data.govguard_config as {"public": {"ports": [443, 8443]}}
	testkit.found(report, "A19.2") == set()
}

test_all_and_gre_from_the_internet_reach_every_port if {
	every spec in [
		rule({"ip_protocol": "gre", "port_range": "-1/-1", "cidr_ip": "0.0.0.0/0"}),
		rule({"ip_protocol": "gre", "port_range": "-1/-1", "ipv6_cidr_ip": "::/0"}),
		rule({"ip_protocol": "all", "port_range": "-1/-1", "cidr_ip": "0.0.0.0/0"}),
		rule({"ip_protocol": "all", "port_range": "80/80", "cidr_ip": "0.0.0.0/0"}),
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A19.2") == {"alicloud_security_group_rule.r"}
		}
	}
	report := data.govguard.report with input as testkit.plan(rule({"ip_protocol": "gre", "port_range": "-1/-1", "cidr_ip": "0.0.0.0/0"}))
	testkit.messages(report, "A19.2") == {"alicloud_security_group_rule.r": "opens all ports (protocol gre) to the internet (0.0.0.0/0), beyond the public service ports 80, 443"}
}

test_gre_and_icmp_from_inside_or_outbound_pass if {
	every spec in [
		rule({"ip_protocol": "gre", "port_range": "-1/-1", "cidr_ip": "10.0.0.0/8"}),
		rule({"ip_protocol": "gre", "port_range": "-1/-1", "cidr_ip": "0.0.0.0/0", "type": "egress"}),
		rule({"ip_protocol": "gre", "port_range": "-1/-1", "cidr_ip": "0.0.0.0/0", "policy": "drop"}),
		rule({"ip_protocol": "icmp", "port_range": "-1/-1", "ipv6_cidr_ip": "::/0"}),
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A19.2") == set()
		}
	}
}

test_a_source_known_only_after_apply_cannot_be_verified if {
	every spec in [
		rule({"port_range": "8080/8080", "cidr_ip": "${var.office}"}),
		rule({"ip_protocol": "gre", "port_range": "-1/-1", "cidr_ip": "${var.office}"}),
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A19.2") == {"alicloud_security_group_rule.r"}
		}
	}
	report := data.govguard.report with input as testkit.hcl(rule({"port_range": "8080/8080", "cidr_ip": "${var.office}"}))
	testkit.messages(report, "A19.2") == {"alicloud_security_group_rule.r": "cidr_ip is set from var.office, which cannot be verified before apply; the rule opens 8080/8080, beyond the public service ports 80, 443, so its source must be verifiable not to be the internet"}
	public := data.govguard.report with input as testkit.hcl(rule({"port_range": "443/443", "cidr_ip": "${var.office}"}))
	testkit.found(public, "A19.2") == set()
}

# A source listing several ranges is the internet when any of them is, whichever separator an API
# takes; one govguard cannot read as addresses cannot be verified not to be the internet. An
# empty value (the provider reads back "" for the family a rule does not use) opens to nothing.
test_a_listed_or_unreadable_source_is_not_taken_on_trust if {
	every cidr in ["10.0.0.0/8,0.0.0.0/0", "10.0.0.0/8;0.0.0.0/0", "10.0.0.0/8 ::/0"] {
		every doc in testkit.shapes(rule({"port_range": "8080/8080", "cidr_ip": cidr})) {
			report := data.govguard.report with input as doc
			testkit.messages(report, "A19.2") == {"alicloud_security_group_rule.r": sprintf("opens 8080/8080 to the internet (%s), beyond the public service ports 80, 443", [cidr])}
		}
	}
	every doc in testkit.shapes(rule({"port_range": "8080/8080", "cidr_ip": "10.0.0.0/8;10.1.0.0/16"})) {
		report := data.govguard.report with input as doc
		testkit.messages(report, "A19.2") == {"alicloud_security_group_rule.r": `cidr_ip is "10.0.0.0/8;10.1.0.0/16", which is not an address or range govguard can read; the rule opens 8080/8080, beyond the public service ports 80, 443, so it cannot be verified that its source is not the internet`}
	}
	every spec in [
		rule({"port_range": "8080/8080", "cidr_ip": "10.0.0.0/8", "ipv6_cidr_ip": ""}),
		rule({"port_range": "8080/8080", "cidr_ip": " 10.0.0.0/8"}),
		rule({"port_range": "8080/8080", "cidr_ip": "10.0.0.0/8,172.16.0.0/12"}),
		rule({"port_range": "443/443", "cidr_ip": "office"}),
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A19.2") == set()
		}
	}
}

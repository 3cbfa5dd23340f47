package govguard.controls.a19_1_test

import data.govguard.testkit_test as testkit

rule(attributes) := {"alicloud_security_group_rule": {"r": object.union(
	{"type": "ingress", "ip_protocol": "tcp", "security_group_id": "${alicloud_security_group.sg.id}"},
	attributes,
)}}

test_ssh_from_the_internet if {
	every doc in testkit.shapes(rule({"port_range": "22/22", "cidr_ip": "0.0.0.0/0"})) {
		report := data.govguard.report with input as doc
		testkit.messages(report, "A19.1") == {"alicloud_security_group_rule.r": "administration port(s) 22 open to 0.0.0.0/0, which is outside the admin allow-list (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)"}
	}
}

test_admin_ports_from_the_allow_list_pass if {
	every spec in [
		rule({"port_range": "22/22", "cidr_ip": "10.10.0.0/24"}),
		rule({"port_range": "3389/3389", "cidr_ip": "192.168.1.7"}),
		rule({"port_range": "1/65535", "cidr_ip": "172.16.0.0/12"}),
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A19.1") == set()
		}
	}
}

test_wide_ranges_and_all_protocols_cover_admin_ports if {
	every spec in [
		rule({"port_range": "1/65535", "cidr_ip": "203.0.113.0/24"}),
		rule({"ip_protocol": "all", "port_range": "-1/-1", "cidr_ip": "203.0.113.0/24"}),
		rule({"port_range": "3300/3310", "cidr_ip": "203.0.113.0/24"}),
		rule({"ip_protocol": "udp", "port_range": "6379/6379", "ipv6_cidr_ip": "2001:db8::/32"}),
	] {
		report := data.govguard.report with input as testkit.hcl(spec)
		testkit.found(report, "A19.1") == {"alicloud_security_group_rule.r"}
	}
}

test_rules_that_open_nothing_to_a_cidr_pass if {
	every spec in [
		rule({"port_range": "443/443", "cidr_ip": "0.0.0.0/0"}),
		rule({"type": "egress", "port_range": "22/22", "cidr_ip": "0.0.0.0/0"}),
		rule({"policy": "drop", "port_range": "22/22", "cidr_ip": "0.0.0.0/0"}),
		rule({"ip_protocol": "icmp", "port_range": "-1/-1", "cidr_ip": "0.0.0.0/0"}),
		rule({"port_range": "22/22", "source_security_group_id": "${alicloud_security_group.bastion.id}"}),
	] {
		report := data.govguard.report with input as testkit.hcl(spec)
		testkit.found(report, "A19.1") == set()
	}
}

test_unknown_source_type_or_ports_fail_closed if {
	every spec in [
		rule({"port_range": "22/22", "cidr_ip": "${data.alicloud_x.office.cidr}"}),
		rule({"type": "${var.direction}", "port_range": "22/22", "cidr_ip": "203.0.113.1"}),
		rule({"port_range": "${var.ports}", "cidr_ip": "203.0.113.1"}),
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A19.1") == {"alicloud_security_group_rule.r"}
		}
	}
}

test_unparsable_cidr_is_never_inside_the_allow_list if {
	report := data.govguard.report with input as testkit.hcl(rule({"port_range": "22/22", "cidr_ip": "office"}))
	testkit.found(report, "A19.1") == {"alicloud_security_group_rule.r"}
}

test_allow_list_and_ports_are_parameters if {
	spec := rule({"port_range": "2222/2222", "cidr_ip": "198.51.100.0/24"})
	config := {"admin": {"allowed_cidrs": ["10.0.0.0/8"], "ports": [2222]}}
	report := data.govguard.report with input as testkit.hcl(spec) with data.govguard_config as config
	testkit.found(report, "A19.1") == {"alicloud_security_group_rule.r"}
	allowed := data.govguard.report with input as testkit.hcl(spec)
		with data.govguard_config as {"admin": {"allowed_cidrs": ["198.51.100.0/24"], "ports": [2222]}}
	testkit.found(allowed, "A19.1") == set()
}

test_unknown_ports_name_the_expression_not_every_admin_port if {
	report := data.govguard.report with input as testkit.hcl(rule({"port_range": "${var.ports}", "cidr_ip": "203.0.113.1"}))
	testkit.messages(report, "A19.1") == {"alicloud_security_group_rule.r": "port_range is set from var.ports, which cannot be verified before apply (read as every port); administration port(s) admin.ports open to 203.0.113.1, which is outside the admin allow-list (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)"}
}

test_an_empty_source_is_named_not_printed_empty if {
	report := data.govguard.report with input as testkit.hcl(rule({"port_range": "22/22", "cidr_ip": ""}))
	testkit.messages(report, "A19.1") == {"alicloud_security_group_rule.r": "administration port(s) 22 open to an empty value, which is outside the admin allow-list (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)"}
}

# In a plan too: settings only known after apply are named first, and unknown ports name the
# parameter; a rule whose settings are all known has no such preamble.
test_unknown_settings_in_a_plan_are_named if {
	ports := data.govguard.report with input as testkit.plan(rule({"port_range": "${var.ports}", "cidr_ip": "203.0.113.1"}))
	testkit.messages(ports, "A19.1") == {"alicloud_security_group_rule.r": "port_range is set from (known after apply), which cannot be verified before apply (read as every port); administration port(s) admin.ports open to 203.0.113.1, which is outside the admin allow-list (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)"}
	direction := data.govguard.report with input as testkit.plan(rule({"type": "${var.direction}", "port_range": "1/65535", "cidr_ip": "203.0.113.1"}))
	testkit.messages(direction, "A19.1") == {"alicloud_security_group_rule.r": "type is set from (known after apply), which cannot be verified before apply (read as ingress); administration port(s) 22, 3389, 3306, 5432, 1433, 6379, 27017, 9200, 5601, 8080, 8443 open to 203.0.113.1, which is outside the admin allow-list (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)"}
	known := data.govguard.report with input as testkit.plan(rule({"port_range": "20/3306", "cidr_ip": "203.0.113.1"}))
	testkit.messages(known, "A19.1") == {"alicloud_security_group_rule.r": "administration port(s) 22, 3306, 1433 open to 203.0.113.1, which is outside the admin allow-list (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)"}
}

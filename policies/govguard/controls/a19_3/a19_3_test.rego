package govguard.controls.a19_3_test

import data.govguard.testkit_test as testkit

db(ips) := {"alicloud_db_instance": {"db": {"engine": "MySQL", "security_ips": ips}}}

test_internal_admin_and_loopback_entries_pass if {
	every spec in [
		db(["10.0.1.0/24", "192.168.0.5", "127.0.0.1"]),
		{"alicloud_kvstore_instance": {"r": {"security_ips": ["172.16.0.0/16"]}}},
		{"alicloud_polardb_cluster": {"p": {"db_cluster_ip_array": [{"db_cluster_ip_array_name": "default", "security_ips": ["10.1.0.0/16"]}]}}},
		{"alicloud_mongodb_instance": {"m": {"security_ip_list": ["10.2.0.0/16"]}}},
		{"alicloud_polardb_cluster": {"p": {"security_ips": ["10.1.0.0/16"]}}},
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A19.3") == set()
		}
	}
}

test_open_or_public_entries_fail if {
	every spec in [
		db(["0.0.0.0/0"]),
		db(["10.0.0.0/8", "203.0.113.5"]),
		db(["10.0.0.1,0.0.0.0"]),
		{"alicloud_db_readonly_instance": {"ro": {"security_ips": ["0.0.0.0/0"]}}},
		{"alicloud_polardb_cluster": {"p": {"db_cluster_ip_array": [{"security_ips": ["8.8.8.8"]}]}}},
		{"alicloud_mongodb_instance": {"m": {"security_ip_list": ["0.0.0.0"]}}},
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			count(testkit.found(report, "A19.3")) == 1
		}
	}
	report := data.govguard.report with input as testkit.hcl(db(["10.0.0.0/8", "203.0.113.5", "0.0.0.0/0"]))
	testkit.messages(report, "A19.3") == {"alicloud_db_instance.db": "security_ips includes 0.0.0.0/0, 203.0.113.5, outside the internal and admin ranges"}
}

test_allow_list_known_only_after_apply_fails_closed if {
	every doc in testkit.shapes(db("${var.allowed}")) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A19.3") == {"alicloud_db_instance.db"}
	}
}

test_an_unset_allow_list_cannot_be_verified if {
	every spec in [
		{"alicloud_db_instance": {"db": {"engine": "MySQL"}}},
		{"alicloud_polardb_cluster": {"db": {"db_type": "MySQL"}}},
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A19.3") == {concat(".", [object.keys(spec)[_], "db"])}
		}
	}
}

test_polardb_top_level_security_ips_are_judged_too if {
	spec := {"alicloud_polardb_cluster": {"p": {
		"security_ips": ["203.0.113.0/24"],
		"db_cluster_ip_array": [{"db_cluster_ip_array_name": "default", "security_ips": ["10.1.0.0/16"]}],
	}}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.messages(report, "A19.3") == {"alicloud_polardb_cluster.p": "security_ips includes 203.0.113.0/24, outside the internal and admin ranges"}
	}
}

mongo(groups) := {"alicloud_mongodb_instance": {"m": {"security_ip_list": ["10.2.0.0/16"], "security_ip_groups": groups}}}

test_mongodb_security_ip_groups_are_judged_group_by_group if {
	every doc in testkit.shapes(mongo([
		{"security_ip_group_name": "app", "security_ip_list": "10.3.0.0/16,192.168.1.0/24"},
		{"security_ip_group_name": "ops", "security_ip_list": "172.16.5.0/24"},
	])) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A19.3") == set()
	}
	every doc in testkit.shapes(mongo([
		{"security_ip_group_name": "app", "security_ip_list": "10.3.0.0/16"},
		{"security_ip_group_name": "vendor", "security_ip_list": "10.4.0.0/16,0.0.0.0/0"},
	])) {
		report := data.govguard.report with input as doc
		testkit.details(report, "A19.3") == {["alicloud_mongodb_instance.m", "security_ip_groups.security_ip_list", "security_ip_groups.security_ip_list includes 0.0.0.0/0, outside the internal and admin ranges"]}
	}
}

test_mongodb_security_ip_groups_known_only_after_apply_fail_closed if {
	every doc in testkit.shapes(mongo([{"security_ip_group_name": "app", "security_ip_list": "${var.vendor_ips}"}])) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A19.3") == {"alicloud_mongodb_instance.m"}
	}
}

# hcl2json writes `dynamic "security_ip_groups" { ... }` under "dynamic"; only a plan (or the
# TypeScript evaluator) expands it, so here it cannot be verified.
dynamic_groups := {"security_ip_groups": [{
	"for_each": "${var.groups}",
	"content": [{"security_ip_group_name": "${security_ip_groups.key}", "security_ip_list": "${security_ip_groups.value}"}],
}]}

test_dynamic_allow_list_blocks_cannot_be_verified if {
	hcl := testkit.hcl({
		"alicloud_mongodb_instance": {"m": {"security_ip_list": ["10.2.0.0/16"], "dynamic": [dynamic_groups]}},
		"alicloud_polardb_cluster": {"p": {"security_ips": ["10.1.0.0/16"], "dynamic": [{"db_cluster_ip_array": dynamic_groups.security_ip_groups}]}},
	})
	report := data.govguard.report with input as hcl
	testkit.details(report, "A19.3") == {
		["alicloud_mongodb_instance.m", "security_ip_groups", "security_ip_groups is set from var.groups (a dynamic block, an expression or a value known only after apply), so the allow-list cannot be verified to be closed"],
		["alicloud_polardb_cluster.p", "db_cluster_ip_array", "db_cluster_ip_array is set from var.groups (a dynamic block, an expression or a value known only after apply), so the allow-list cannot be verified to be closed"],
	}
	tfjson := testkit.tfjson({"alicloud_mongodb_instance": {"m": {"security_ip_list": ["10.2.0.0/16"], "dynamic": {"security_ip_groups": {"for_each": "${var.groups}", "content": {"security_ip_list": "${security_ip_groups.value}"}}}}}})
	from_tfjson := data.govguard.report with input as tfjson
	testkit.found(from_tfjson, "A19.3") == {"alicloud_mongodb_instance.m"}
}

test_mongodb_groups_unknown_in_a_plan_fail_closed if {
	doc := testkit.plan(mongo([{"security_ip_group_name": "app", "security_ip_list": "10.3.0.0/16"}]))
	unknown := json.patch(doc, [{"op": "add", "path": "/resource_changes/0/change/after_unknown/security_ip_groups", "value": true}])
	report := data.govguard.report with input as unknown
	testkit.found(report, "A19.3") == {"alicloud_mongodb_instance.m"}
}

test_an_unconfigured_polardb_group_block_computed_in_a_plan_is_judged_by_security_ips if {
	closed := testkit.plan({"alicloud_polardb_cluster": {"p": {"security_ips": ["10.1.0.0/16"]}}})
	computed := json.patch(closed, [{"op": "add", "path": "/resource_changes/0/change/after_unknown/db_cluster_ip_array", "value": true}])
	report := data.govguard.report with input as computed
	testkit.found(report, "A19.3") == set()
	configured := json.patch(computed, [{"op": "add", "path": "/configuration/root_module/resources/0/expressions/db_cluster_ip_array", "value": [{"security_ips": {"references": ["var.ips"]}}]}])
	configured_report := data.govguard.report with input as configured
	testkit.details(configured_report, "A19.3") == {["alicloud_polardb_cluster.p", "db_cluster_ip_array", "db_cluster_ip_array is set from (known after apply) (a dynamic block, an expression or a value known only after apply), so the allow-list cannot be verified to be closed"]}
}

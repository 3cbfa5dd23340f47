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

package govguard.controls.a22_2_test

import data.govguard.testkit_test as testkit

test_public_connections_fail_private_addresses_pass if {
	spec := {
		"alicloud_db_connection": {"rds": {"instance_id": "rm-1", "connection_prefix": "gov"}},
		"alicloud_kvstore_connection": {"redis": {"instance_id": "r-1", "connection_string_prefix": "gov", "port": "6379"}},
		"alicloud_polardb_endpoint_address": {"public": {"db_cluster_id": "pc-1", "net_type": "Public"}, "private": {"db_cluster_id": "pc-1", "net_type": "Private"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A22.2") == {"alicloud_db_connection.rds", "alicloud_kvstore_connection.redis", "alicloud_polardb_endpoint_address.public"}
	}
}

test_unknown_net_type_fails_closed if {
	spec := {"alicloud_polardb_endpoint_address": {"a": {"db_cluster_id": "pc-1", "net_type": "${var.net}"}}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A22.2") == {"alicloud_polardb_endpoint_address.a"}
	}
}

test_no_database_endpoints_at_all if {
	report := data.govguard.report with input as testkit.hcl({"alicloud_db_instance": {"db": {"engine": "MySQL"}}})
	testkit.found(report, "A22.2") == set()
}

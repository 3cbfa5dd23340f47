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

# --- Elasticsearch (issue 15) ------------------------------------------------------------------

test_elasticsearch_public_access_needs_an_admin_whitelist if {
	spec := {"alicloud_elasticsearch_instance": {
		"closed": {"enable_public": false, "enable_kibana_public_network": false},
		"listed": {"enable_public": true, "public_whitelist": ["10.8.0.0/24"], "kibana_whitelist": ["10.8.1.10"]},
		"open": {"enable_public": true, "public_whitelist": ["0.0.0.0/0"], "enable_kibana_public_network": false},
		"kibana_default": {"enable_public": false},
		"kibana_open": {"enable_kibana_public_network": true, "kibana_whitelist": []},
	}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		{[f.resource, f.attribute] | some f in report.findings; f.control == "A22.2"} == {
			["alicloud_elasticsearch_instance.open", "public_whitelist"],
			["alicloud_elasticsearch_instance.kibana_default", "kibana_whitelist"],
			["alicloud_elasticsearch_instance.kibana_open", "kibana_whitelist"],
		}
		messages := testkit.messages(report, "A22.2")
		startswith(messages["alicloud_elasticsearch_instance.kibana_default"], "public Kibana access is on (on by default when unset) and kibana_whitelist is not limited to the admin ranges")
	}
}

test_elasticsearch_unknown_switches_and_whitelists_cannot_be_verified if {
	spec := {"alicloud_elasticsearch_instance": {
		"switch": {"enable_public": "${var.public}", "enable_kibana_public_network": false},
		"list": {"enable_public": true, "public_whitelist": "${var.cidrs}", "enable_kibana_public_network": false},
	}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		{[f.resource, f.attribute, contains(f.message.en, "cannot be verified")] | some f in report.findings; f.control == "A22.2"} == {
			["alicloud_elasticsearch_instance.switch", "enable_public", true],
			["alicloud_elasticsearch_instance.list", "public_whitelist", true],
		}
	}
}

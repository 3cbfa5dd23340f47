package govguard.controls.a29_7_test

import data.govguard.testkit_test as testkit

spec(on) := {
	"alicloud_db_instance": {"db": object.union({"engine": "MySQL"}, on.db)},
	"alicloud_mongodb_instance": {"mongo": object.union({"engine_version": "4.4"}, on.mongo)},
	"alicloud_kvstore_instance": {"redis": object.union({"instance_class": "redis.master.small.default"}, on.redis)},
	"alicloud_polardb_endpoint": {"ep": object.union({"db_cluster_id": "pc-1"}, on.ep)},
}

test_tls_switched_on_passes if {
	every doc in testkit.shapes(spec({"db": {"ssl_action": "Open"}, "mongo": {"ssl_action": "Open"}, "redis": {"ssl_enable": "Enable"}, "ep": {"ssl_enabled": "Enable"}})) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.7") == set()
	}
}

test_tls_off_or_unset_fails if {
	every doc in testkit.shapes(spec({"db": {"ssl_action": "Close"}, "mongo": {}, "redis": {"ssl_enable": "Disable"}, "ep": {}})) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.7") == {"alicloud_db_instance.db", "alicloud_mongodb_instance.mongo", "alicloud_kvstore_instance.redis", "alicloud_polardb_endpoint.ep"}
	}
	report := data.govguard.report with input as testkit.hcl(spec({"db": {}, "mongo": {}, "redis": {}, "ep": {}}))
	testkit.messages(report, "A29.7")["alicloud_db_instance.db"] == "ssl_action is not set; it must be Open or Update to require TLS"
}

test_ssl_action_update_renews_the_certificate_with_tls_kept_on if {
	every doc in testkit.shapes(spec({"db": {"ssl_action": "Update"}, "mongo": {"ssl_action": "Update"}, "redis": {"ssl_enable": "Enable"}, "ep": {"ssl_enabled": "Enable"}})) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.7") == set()
	}
}

test_update_is_accepted_only_where_the_catalogue_allows_it if {
	every doc in testkit.shapes(spec({"db": {"ssl_action": "update"}, "mongo": {"ssl_action": "Close"}, "redis": {"ssl_enable": "Update"}, "ep": {"ssl_enabled": "Update"}})) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A29.7") == {"alicloud_db_instance.db", "alicloud_mongodb_instance.mongo", "alicloud_kvstore_instance.redis", "alicloud_polardb_endpoint.ep"}
	}
	report := data.govguard.report with input as testkit.plan(spec({"db": {"ssl_action": "Close"}, "mongo": {"ssl_action": "${var.ssl}"}, "redis": {}, "ep": {}}))
	testkit.messages(report, "A29.7")["alicloud_db_instance.db"] == "ssl_action is Close; it must be Open or Update to require TLS"
	testkit.messages(report, "A29.7")["alicloud_kvstore_instance.redis"] == "ssl_enable is not set; it must be Enable to require TLS"
}

package govguard.controls.a20_3_test

import data.govguard.testkit_test as testkit

test_a_year_of_database_audit_passes if {
	spec := {
		"alicloud_db_instance": {"db": {"engine": "MySQL", "sql_collector_status": "Enabled", "sql_collector_config_value": 365}},
		"alicloud_kvstore_instance": {"r": {"instance_class": "redis.master.small.default"}},
		"alicloud_kvstore_audit_log_config": {"a": {"instance_id": "${alicloud_kvstore_instance.r.id}", "db_audit": true, "retention": 365}},
		"alicloud_polardb_cluster": {"p": {"db_type": "MySQL", "collector_status": "Enable"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.3") == set()
	}
}

test_das_sql_log_config_counts_for_rds if {
	spec := {
		"alicloud_db_instance": {"db": {"engine": "MySQL"}},
		"alicloud_das_sql_log_config": {"d": {"instance_id": "${alicloud_db_instance.db.id}", "enable": true, "retention": 400}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.3") == set()
	}
}

test_short_or_missing_audit_fails if {
	spec := {
		"alicloud_db_instance": {"short": {"engine": "MySQL", "sql_collector_status": "Enabled", "sql_collector_config_value": 30}, "off": {"engine": "MySQL"}},
		"alicloud_kvstore_instance": {"r": {"instance_class": "redis.master.small.default"}},
		"alicloud_kvstore_audit_log_config": {"a": {"instance_id": "${alicloud_kvstore_instance.r.id}", "db_audit": true, "retention": 30}},
		"alicloud_polardb_cluster": {"p": {"db_type": "MySQL", "collector_status": "Disabled"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.3") == {"alicloud_db_instance.short", "alicloud_db_instance.off", "alicloud_kvstore_instance.r", "alicloud_polardb_cluster.p"}
	}
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.messages(report, "A20.3")["alicloud_db_instance.short"] == "sql_collector_config_value is 30; needs at least 365"
}

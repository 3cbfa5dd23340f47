package govguard.controls.a26_3_test

import data.govguard.testkit_test as testkit

ha := {"category": "HighAvailability", "zone_id": "cn-hangzhou-i", "zone_id_slave_a": "cn-hangzhou-j"}

backup(days) := {"alicloud_db_backup_policy": {"b": {"instance_id": "${alicloud_db_instance.db.id}", "backup_retention_period": days}}}

db(attributes) := {"alicloud_db_instance": {"db": object.union({"engine": "MySQL"}, attributes)}}

test_ha_instance_with_backups_passes if {
	every doc in testkit.shapes(object.union(db(ha), backup(30))) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A26.3") == set()
	}
}

test_every_gap_is_named_in_one_finding if {
	spec := object.union(db({"category": "Basic", "zone_id": "cn-hangzhou-i", "zone_id_slave_a": "cn-hangzhou-i"}), backup(3))
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.details(report, "A26.3") == {[
			"alicloud_db_instance.db",
			"backup_retention_period, category, zone_id_slave_a",
			"there is no alicloud_db_backup_policy keeping backups at least 7 days; category is Basic, it needs an edition with a standby (such as HighAvailability); the standby is not placed in a named zone other than the primary's (zone_id_slave_a is unset, Auto, or equal to zone_id)",
		]}
	}
}

test_auto_zone_and_missing_policy if {
	report := data.govguard.report with input as testkit.hcl(db({"category": "HighAvailability", "zone_id": "cn-hangzhou-i", "zone_id_slave_a": "Auto"}))
	{f[1] | some f in testkit.details(report, "A26.3")} == {"backup_retention_period, zone_id_slave_a"}
}

cross(region) := {"alicloud_rds_instance_cross_backup_policy": {"x": {"instance_id": "${alicloud_db_instance.db.id}", "cross_backup_region": region}}}

test_important_data_needs_a_cross_region_backup if {
	important := db(object.union(ha, {"tags": {"data-classification": "core"}}))
	missing := data.govguard.report with input as testkit.hcl(object.union(important, backup(7)))
	{f[1] | some f in testkit.details(missing, "A26.3")} == {"cross_backup_region"}
	every doc in testkit.shapes(object.union_n([important, backup(7), cross("cn-shanghai")])) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A26.3") == set()
	}
	same_region := data.govguard.report with input as testkit.hcl(object.union_n([important, backup(7), cross("cn-hangzhou")]))
	testkit.found(same_region, "A26.3") == {"alicloud_db_instance.db"}
}

test_polardb_standby_and_backups if {
	good := {
		"alicloud_polardb_cluster": {"p": {"db_type": "MySQL", "hot_standby_cluster": "ON"}},
		"alicloud_polardb_backup_policy": {"b": {"db_cluster_id": "${alicloud_polardb_cluster.p.id}"}},
	}
	every doc in testkit.shapes(good) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A26.3") == set()
	}
	bare := data.govguard.report with input as testkit.hcl({"alicloud_polardb_cluster": {"p": {"db_type": "MySQL"}}})
	{f[1] | some f in testkit.details(bare, "A26.3")} == {"backup_policy, hot_standby_cluster"}
	important := {
		"alicloud_polardb_cluster": {"p": {"db_type": "MySQL", "standby_az": "cn-hangzhou-j", "tags": {"data-classification": "important"}}},
		"alicloud_polardb_backup_policy": {"b": {"db_cluster_id": "${alicloud_polardb_cluster.p.id}", "data_level2_backup_another_region_region": "cn-shanghai"}},
	}
	report := data.govguard.report with input as testkit.hcl(important)
	testkit.found(report, "A26.3") == set()
}

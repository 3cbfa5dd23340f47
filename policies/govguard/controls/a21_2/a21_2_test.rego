package govguard.controls.a21_2_test

import data.govguard.testkit_test as testkit

test_everything_encrypted_passes if {
	spec := {
		"alicloud_oss_bucket": {"inline": {"bucket": "i", "server_side_encryption_rule": [{"sse_algorithm": "AES256"}]}, "standalone": {"bucket": "s"}},
		"alicloud_oss_bucket_server_side_encryption": {"e": {"bucket": "${alicloud_oss_bucket.standalone.bucket}", "sse_algorithm": "KMS"}},
		"alicloud_db_instance": {"tde": {"engine": "MySQL", "tde_status": "Enabled"}, "disk": {"engine": "PostgreSQL", "encryption_key": "${alicloud_kms_key.k.id}"}},
		"alicloud_ecs_disk": {"d": {"zone_id": "cn-hangzhou-i", "encrypted": true}},
		"alicloud_log_store": {"l": {"project_name": "p", "logstore_name": "l", "encrypt_conf": [{"enable": true, "encrypt_type": "default"}]}},
		"alicloud_kvstore_instance": {"r": {"tde_status": "Enabled"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A21.2") == set()
	}
}

test_nothing_encrypted_fails if {
	spec := {
		"alicloud_oss_bucket": {"b": {"bucket": "b"}},
		"alicloud_db_instance": {"db": {"engine": "PostgreSQL", "encryption_key": "disabled"}},
		"alicloud_ecs_disk": {"d": {"zone_id": "cn-hangzhou-i"}},
		"alicloud_disk": {"old": {"availability_zone": "cn-hangzhou-i", "encrypted": false}},
		"alicloud_log_store": {"l": {"project_name": "p", "logstore_name": "l"}},
		"alicloud_kvstore_instance": {"r": {}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A21.2") == {
			"alicloud_oss_bucket.b", "alicloud_db_instance.db", "alicloud_ecs_disk.d", "alicloud_disk.old",
			"alicloud_log_store.l", "alicloud_kvstore_instance.r",
		}
	}
}

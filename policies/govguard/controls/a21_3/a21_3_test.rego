package govguard.controls.a21_3_test

import data.govguard.testkit_test as testkit

important := {"data-classification": "core"}

key := {"alicloud_kms_key": {"k": {"key_spec": "Aliyun_AES_256", "automatic_rotation": "Enabled", "rotation_interval": "365d"}}}

test_important_data_on_rotating_customer_keys_passes if {
	spec := object.union(key, {
		"alicloud_oss_bucket": {"b": {"bucket": "b", "tags": important, "server_side_encryption_rule": [{"sse_algorithm": "KMS", "kms_master_key_id": "${alicloud_kms_key.k.id}"}]}},
		"alicloud_db_instance": {"db": {"engine": "MySQL", "tags": important, "tde_encryption_key": "${alicloud_kms_key.k.id}"}},
		"alicloud_ecs_disk": {"d": {"zone_id": "cn-hangzhou-i", "tags": important, "kms_key_id": "${alicloud_kms_key.k.id}"}},
		"alicloud_kvstore_instance": {"r": {"tags": important, "encryption_key": "${alicloud_kms_key.k.id}"}},
	})
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A21.3") == set()
	}
}

test_important_data_on_service_keys_fails if {
	spec := object.union(key, {
		"alicloud_oss_bucket": {"b": {"bucket": "b", "tags": important, "server_side_encryption_rule": [{"sse_algorithm": "AES256"}]}},
		"alicloud_db_instance": {"db": {"engine": "MySQL", "tags": important, "encryption_key": "ServiceKey"}},
		"alicloud_ecs_disk": {"d": {"zone_id": "cn-hangzhou-i", "tags": important, "encrypted": true}},
	})
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A21.3") == {"alicloud_oss_bucket.b", "alicloud_db_instance.db", "alicloud_ecs_disk.d"}
	}
}

test_symmetric_keys_must_rotate_asymmetric_need_not if {
	spec := {"alicloud_kms_key": {
		"unset": {"key_spec": "Aliyun_SM4"},
		"off": {"automatic_rotation": "Disabled"},
		"signing": {"key_spec": "EC_SM2", "key_usage": "SIGN/VERIFY"},
		"rsa": {"key_spec": "RSA_2048", "key_usage": "ENCRYPT/DECRYPT"},
	}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A21.3") == {"alicloud_kms_key.unset", "alicloud_kms_key.off"}
	}
}

test_every_data_store_with_a_key_attribute_is_covered if {
	important := {"data-classification": "important"}
	spec := {
		"alicloud_polardb_cluster": {"p": {"db_type": "MySQL", "tags": important}},
		"alicloud_mongodb_instance": {"m": {"engine_version": "4.4", "tags": important}},
		"alicloud_nas_file_system": {"n": {"protocol_type": "NFS", "encrypt_type": 1, "tags": important}},
		"alicloud_hbr_vault": {"h": {"vault_name": "h", "encrypt_type": "HBR_PRIVATE", "tags": important}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A21.3") == {"alicloud_polardb_cluster.p", "alicloud_mongodb_instance.m", "alicloud_nas_file_system.n", "alicloud_hbr_vault.h"}
	}
	keyed := {
		"alicloud_kms_key": {"k": {"automatic_rotation": "Enabled", "rotation_interval": "365d"}},
		"alicloud_nas_file_system": {"n": {"protocol_type": "NFS", "encrypt_type": 2, "kms_key_id": "${alicloud_kms_key.k.id}", "tags": important}},
	}
	report := data.govguard.report with input as testkit.hcl(keyed)
	testkit.found(report, "A21.3") == set()
}

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

# --- ECS instances and Elasticsearch (issue 15) -----------------------------------------------

test_instance_disks_encrypted_pass if {
	spec := {
		"alicloud_instance": {"web": {
			"instance_type": "ecs.g7.large",
			"system_disk_encrypted": true,
			"data_disks": [{"size": 100, "encrypted": true}, {"size": 200, "encrypted": true}],
		}},
		"alicloud_elasticsearch_instance": {
			"legacy": {"version": "7.10_with_X-Pack", "data_node_disk_encrypted": true},
			"current": {"version": "7.10_with_X-Pack", "data_node_configuration": [{"spec": "elasticsearch.sn2ne.large", "disk_encryption": true}]},
		},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A21.2") == set()
	}
}

test_instance_system_disk_and_inline_data_disks_must_be_encrypted if {
	spec := {"alicloud_instance": {
		"unset": {"instance_type": "ecs.g7.large", "data_disks": [{"size": 100}]},
		"off": {"instance_type": "ecs.g7.large", "system_disk_encrypted": false, "data_disks": [{"size": 100, "encrypted": true}, {"size": 50, "encrypted": false}]},
	}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.details(report, "A21.2") == {
			["alicloud_instance.unset", "system_disk_encrypted", "system_disk_encrypted is not set; the instance's system disk must be encrypted"],
			["alicloud_instance.unset", "data_disks.encrypted", "data_disks[0].encrypted is not set; every data disk must be encrypted (the default is unencrypted)"],
			["alicloud_instance.off", "system_disk_encrypted", "system_disk_encrypted is false; the instance's system disk must be encrypted"],
			["alicloud_instance.off", "data_disks.encrypted", "data_disks[1].encrypted is false; every data disk must be encrypted (the default is unencrypted)"],
		}
	}
}

test_unknown_instance_disk_encryption_cannot_be_verified if {
	spec := {"alicloud_instance": {"i": {"system_disk_encrypted": "${var.encrypt}", "data_disks": [{"size": 100, "encrypted": "${var.encrypt}"}]}}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		{[f.attribute, contains(f.message.en, "cannot be verified")] | some f in report.findings; f.control == "A21.2"} == {
			["system_disk_encrypted", true],
			["data_disks.encrypted", true],
		}
	}
}

test_dynamic_data_disks_cannot_be_verified if {
	doc := {
		"provider": {"alicloud": [{"region": "cn-hangzhou"}]},
		"resource": {"alicloud_instance": {"i": [{
			"system_disk_encrypted": true,
			"dynamic": [{"data_disks": [{"for_each": "${var.disks}", "content": [{"size": "${data_disks.value}"}]}]}],
		}]}},
	}
	report := data.govguard.report with input as doc
	testkit.details(report, "A21.2") == {[
		"alicloud_instance.i", "data_disks",
		"data_disks is set from var.disks, which cannot be verified before apply; the data disks' encryption is unknown",
	]}
}

test_elasticsearch_data_node_disks_must_be_encrypted if {
	spec := {"alicloud_elasticsearch_instance": {
		"unset": {"version": "7.10_with_X-Pack", "data_node_spec": "elasticsearch.sn2ne.large"},
		"off": {"version": "7.10_with_X-Pack", "data_node_disk_encrypted": false},
		"block_off": {"version": "7.10_with_X-Pack", "data_node_configuration": [{"spec": "elasticsearch.sn2ne.large", "disk_encryption": false}]},
		"unknown": {"version": "7.10_with_X-Pack", "data_node_disk_encrypted": "${var.encrypt}"},
	}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		messages := testkit.messages(report, "A21.2")
		startswith(messages["alicloud_elasticsearch_instance.unset"], "data_node_disk_encrypted is not set; Elasticsearch data node disks must be encrypted")
		startswith(messages["alicloud_elasticsearch_instance.off"], "data_node_disk_encrypted is false;")
		startswith(messages["alicloud_elasticsearch_instance.block_off"], "data_node_configuration.disk_encryption is false;")
		contains(messages["alicloud_elasticsearch_instance.unknown"], "cannot be verified")
		count(messages) == 4
	}
}

test_elasticsearch_warm_node_disks_must_be_encrypted_when_there_are_warm_nodes if {
	spec := {"alicloud_elasticsearch_instance": {
		"warm_off": {
			"data_node_disk_encrypted": true,
			"warm_node_configuration": [{"spec": "elasticsearch.sn1ne.large", "amount": 3, "disk_encryption": false}],
		},
		"legacy_warm": {"data_node_disk_encrypted": true, "warm_node_amount": 3},
		"warm_on": {
			"data_node_disk_encrypted": true,
			"warm_node_configuration": [{"spec": "elasticsearch.sn1ne.large", "amount": 3, "disk_encryption": true}],
		},
		"no_warm": {"data_node_disk_encrypted": true},
		# Not a number, so Terraform refuses it: it cannot be verified to be 0.
		"unreadable_warm": {"data_node_disk_encrypted": true, "warm_node_amount": "three"},
	}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		{[f.resource, f.attribute] | some f in report.findings; f.control == "A21.2"} == {
			["alicloud_elasticsearch_instance.warm_off", "warm_node_disk_encrypted"],
			["alicloud_elasticsearch_instance.legacy_warm", "warm_node_disk_encrypted"],
			["alicloud_elasticsearch_instance.unreadable_warm", "warm_node_disk_encrypted"],
		}
	}
}

test_encryption_known_only_after_apply_names_what_it_is_set_from if {
	spec := {
		"alicloud_oss_bucket": {"inline": {"bucket": "i", "server_side_encryption_rule": [{"sse_algorithm": "${var.sse}"}]}, "standalone": {"bucket": "s"}},
		"alicloud_oss_bucket_server_side_encryption": {"e": {"bucket": "s", "sse_algorithm": "${var.sse}"}},
		"alicloud_db_instance": {"tde": {"engine": "MySQL", "tde_status": "${var.tde}"}},
		"alicloud_log_store": {"l": {"project_name": "p", "logstore_name": "l", "encrypt_conf": [{"enable": "${var.on}"}]}},
	}
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.messages(report, "A21.2") == {
		"alicloud_oss_bucket.inline": "server_side_encryption_rule.sse_algorithm is set from var.sse, which cannot be verified before apply; the bucket has no server-side encryption (server_side_encryption_rule or alicloud_oss_bucket_server_side_encryption)",
		"alicloud_oss_bucket.standalone": "alicloud_oss_bucket_server_side_encryption.e.sse_algorithm is set from var.sse, which cannot be verified before apply; the bucket has no server-side encryption (server_side_encryption_rule or alicloud_oss_bucket_server_side_encryption)",
		"alicloud_db_instance.tde": "tde_status is set from var.tde, which cannot be verified before apply; the RDS instance has neither TDE (tde_status = Enabled) nor disk encryption (encryption_key)",
		"alicloud_log_store.l": "encrypt_conf.enable is set from var.on, which cannot be verified before apply; the log store is not encrypted (encrypt_conf.enable = true)",
	}
}

# Two standalone settings naming one bucket (a red team's plan, which ended in an evaluation error):
# Terraform applies both in an order the plan does not fix, so neither is relied on, in any shape.
test_two_standalone_settings_on_one_bucket_cannot_be_relied_on if {
	spec := {
		"alicloud_oss_bucket": {"b": {"bucket": "b"}},
		"alicloud_oss_bucket_server_side_encryption": {
			"aes": {"bucket": "b", "sse_algorithm": "AES256"},
			"kms": {"bucket": "b", "sse_algorithm": "KMS"},
		},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		report.errors == []
		testkit.found(report, "A21.2") == {"alicloud_oss_bucket.b"}
		messages := [finding.message.en | some finding in report.findings; finding.control == "A21.2"]
		contains(messages[0], "alicloud_oss_bucket_server_side_encryption.aes, alicloud_oss_bucket_server_side_encryption.kms")
	}
}

package govguard.controls.a17_1_test

import data.govguard.testkit_test as testkit

sm := {"crypto": {"require_sm": true}}

compliant := {
	"alicloud_kms_key": {"enc": {"key_spec": "Aliyun_SM4"}, "sig": {"key_spec": "EC_SM2", "key_usage": "SIGN/VERIFY"}},
	"alicloud_oss_bucket": {"a": {"bucket": "a", "server_side_encryption_rule": [{"sse_algorithm": "SM4"}]}, "b": {"bucket": "b"}},
	"alicloud_oss_bucket_server_side_encryption": {"e": {"bucket": "b", "sse_algorithm": "KMS", "kms_data_encryption": "SM4"}},
	"alicloud_ecs_disk": {"d": {"zone_id": "cn-hangzhou-i", "encrypted": true, "encrypt_algorithm": "sm4-128"}},
	"alicloud_log_store": {"l": {"project_name": "p", "logstore_name": "l", "encrypt_conf": [{"enable": true, "encrypt_type": "m4"}]}},
}

weak := {
	"alicloud_kms_key": {"enc": {"key_spec": "Aliyun_AES_256"}},
	"alicloud_oss_bucket": {"a": {"bucket": "a", "server_side_encryption_rule": [{"sse_algorithm": "KMS"}]}},
	"alicloud_ecs_disk": {"d": {"zone_id": "cn-hangzhou-i", "encrypted": true}},
	"alicloud_log_store": {"l": {"project_name": "p", "logstore_name": "l", "encrypt_conf": [{"enable": true, "encrypt_type": "default"}]}},
}

test_sm_algorithms_pass_when_required if {
	every doc in testkit.shapes(compliant) {
		report := data.govguard.report with input as doc with data.govguard_config as sm
		testkit.found(report, "A17.1") == set()
	}
}

test_other_algorithms_fail_when_required if {
	every doc in testkit.shapes(weak) {
		report := data.govguard.report with input as doc with data.govguard_config as sm
		testkit.found(report, "A17.1") == {"alicloud_kms_key.enc", "alicloud_oss_bucket.a", "alicloud_ecs_disk.d", "alicloud_log_store.l"}
	}
}

test_not_required_by_default if {
	report := data.govguard.report with input as testkit.hcl(weak)
	testkit.found(report, "A17.1") == set()
}

test_standalone_encryption_without_sm4_is_reported_on_itself if {
	spec := {
		"alicloud_oss_bucket": {"b": {"bucket": "gov-forms"}},
		"alicloud_oss_bucket_server_side_encryption": {"e": {"bucket": "${alicloud_oss_bucket.b.bucket}", "sse_algorithm": "AES256"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc with data.govguard_config as {"crypto": {"require_sm": true}}
		testkit.messages(report, "A17.1") == {"alicloud_oss_bucket_server_side_encryption.e": "sse_algorithm is AES256, needs SM4 (or KMS with kms_data_encryption = SM4)"}
	}
}

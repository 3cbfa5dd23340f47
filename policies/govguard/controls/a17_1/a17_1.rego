package govguard.controls.a17_1

import data.govguard.lib.encryption
import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.params
import data.govguard.lib.resources

metadata := {
	"id": "A17.1",
	"article": 17,
	"articles": [17],
	"severity": "medium",
	"title": {
		"zh": "按要求使用商用密码（国密）算法",
		"en": "Commercial (SM) cryptography where required",
	},
	"requirement": {
		"zh": "crypto.require_sm 为 true 时（默认 false）：加解密用途的 alicloud_kms_key 为 Aliyun_SM4（签名用途为 EC_SM2）；OSS 服务端加密为 SM4，或 KMS 且 kms_data_encryption = SM4；云盘 encrypt_algorithm = sm4-128；日志库 encrypt_conf.encrypt_type = m4。",
		"en": "When crypto.require_sm is true (false by default): alicloud_kms_key for encryption is Aliyun_SM4 (EC_SM2 for signing); OSS server-side encryption is SM4, or KMS with kms_data_encryption = SM4; disks have encrypt_algorithm = sm4-128; log stores have encrypt_conf.encrypt_type = m4.",
	},
	"remediation": {
		"zh": "KMS 密钥使用 key_spec = \"Aliyun_SM4\"，存储桶使用 SM4 加密，云盘设置 encrypt_algorithm = \"sm4-128\"，日志库设置 encrypt_type = \"m4\"。",
		"en": "Use key_spec = \"Aliyun_SM4\" for KMS keys, SM4 encryption for buckets, encrypt_algorithm = \"sm4-128\" for disks and encrypt_type = \"m4\" for log stores.",
	},
	"decisions": [{
		"zh": "m4 表示 SM4 是依据 SLS API 命名的推断，提供方文档只写 default / m4。",
		"en": "Reading m4 as SM4 follows the SLS API's naming; the provider documentation only lists default / m4.",
	}],
	"resources": ["alicloud_kms_key", "alicloud_oss_bucket", "alicloud_oss_bucket_server_side_encryption", "alicloud_ecs_disk", "alicloud_disk", "alicloud_log_store"],
	"deciding": [
		{"type": "alicloud_kms_key", "attribute": "key_spec"},
		{"type": "alicloud_oss_bucket", "attribute": "server_side_encryption_rule.sse_algorithm"},
		{"type": "alicloud_oss_bucket", "attribute": "server_side_encryption_rule.kms_data_encryption"},
		{"type": "alicloud_oss_bucket_server_side_encryption", "attribute": "sse_algorithm"},
		{"type": "alicloud_ecs_disk", "attribute": "encrypt_algorithm"},
		{"type": "alicloud_disk", "attribute": "encrypt_algorithm"},
		{"type": "alicloud_log_store", "attribute": "encrypt_conf.encrypt_type"},
	],
}

required if params.effective.crypto.require_sm == true

violations contains {
	"resource": key.address,
	"attribute": "key_spec",
	"message": {
		"zh": concat("", [said1.zh, "；需要国密规格 ", wanted]),
		"en": concat("", [said1.en, "; it needs the SM spec ", wanted]),
	},
} if {
	required
	some key in resources.of_type("alicloud_kms_key")
	wanted := sm_spec(key)
	source := links.explicit(key, "key_spec")
	not source.value == wanted
	said1 := fields.describe("key_spec", source)
}

violations contains {
	"resource": bucket.address,
	"attribute": "sse_algorithm",
	"message": {
		"zh": concat("", [said1.zh, "存储桶没有使用国密 SM4 加密（sse_algorithm = SM4，或 KMS 且 kms_data_encryption = SM4）"]),
		"en": concat("", [said1.en, "the bucket is not encrypted with SM4 (sse_algorithm = SM4, or KMS with kms_data_encryption = SM4)"]),
	},
} if {
	required
	some bucket in resources.of_type("alicloud_oss_bucket")
	not sm4_bucket(bucket)
	not encryption.standalone[bucket.position]
	said1 := fields.caveat(encryption.unverifiable(bucket, ["kms_data_encryption"]))
}

# Encryption set by a standalone resource is what the reviewer changes.
violations contains {
	"resource": setting.address,
	"attribute": "sse_algorithm",
	"message": {
		"zh": concat("", [said1.zh, "，需要 SM4（或 KMS 且 kms_data_encryption = SM4）"]),
		"en": concat("", [said1.en, ", needs SM4 (or KMS with kms_data_encryption = SM4)"]),
	},
} if {
	required
	some bucket in resources.of_type("alicloud_oss_bucket")
	not sm4_bucket(bucket)
	some setting in encryption.standalone[bucket.position]
	said1 := fields.describe("sse_algorithm", fields.get(setting, "sse_algorithm"))
}

violations contains {
	"resource": disk.address,
	"attribute": "encrypt_algorithm",
	"message": {
		"zh": concat("", [said1.zh, "；需要 sm4-128"]),
		"en": concat("", [said1.en, "; it needs sm4-128"]),
	},
} if {
	required
	some disk in resources.of_types(["alicloud_ecs_disk", "alicloud_disk"])
	source := fields.get(disk, "encrypt_algorithm")
	not source.value == "sm4-128"
	said1 := fields.describe("encrypt_algorithm", source)
}

violations contains {
	"resource": store.address,
	"attribute": "encrypt_conf.encrypt_type",
	"message": {
		"zh": concat("", [said1.zh, "日志库没有使用国密加密（encrypt_conf.encrypt_type = m4）"]),
		"en": concat("", [said1.en, "the log store is not encrypted with SM4 (encrypt_conf.encrypt_type = m4)"]),
	},
} if {
	required
	some store in resources.of_type("alicloud_log_store")
	not sm4_store(store)
	said1 := fields.caveat(encrypt_conf_texts(store, "encrypt_type"))
}

# --- helpers ---------------------------------------------------------------------------------

sm_spec(key) := "EC_SM2" if {
	fields.known(key, "key_usage") == "SIGN/VERIFY"
} else := "Aliyun_SM4"

sm4_bucket(bucket) if {
	some rule in encryption.settings[bucket.position]
	encryption.algorithm(rule) == "SM4"
}

sm4_bucket(bucket) if {
	some rule in encryption.settings[bucket.position]
	encryption.algorithm(rule) == "KMS"
	fields.known(rule, "kms_data_encryption") == "SM4"
}

sm4_store(store) if {
	some conf in fields.blocks(store, "encrypt_conf")
	fields.known(conf, "encrypt_type") == "m4"
}

# A log store's encrypt_conf, or its `name` inside, that is only known after apply.
encrypt_conf_texts(store, name) := encryption.log_store_unverifiable(store, name)

package govguard.controls.a21_3

import data.govguard.lib.classification
import data.govguard.lib.encryption
import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.resources

metadata := {
	"id": "A21.3",
	"article": 21,
	"articles": [21, 17],
	"severity": "high",
	"title": {
		"zh": "重要数据使用自管并轮换的 KMS 密钥",
		"en": "Important data uses customer-managed KMS keys that rotate",
	},
	"requirement": {
		"zh": "重要数据使用自管 KMS 主密钥加密：OSS 为 sse_algorithm = KMS 且设置 kms_master_key_id，RDS 设置 encryption_key 或 tde_encryption_key，云盘设置 kms_key_id，Redis 设置 encryption_key；每个 alicloud_kms_key（对称密钥）开启自动轮换 automatic_rotation = Enabled。",
		"en": "Important data is encrypted with a customer-managed KMS key: OSS with sse_algorithm = KMS and kms_master_key_id, RDS with encryption_key or tde_encryption_key, disks with kms_key_id, Redis with encryption_key; every (symmetric) alicloud_kms_key has automatic_rotation = Enabled.",
	},
	"remediation": {
		"zh": "为重要数据指定自管 KMS 密钥（引用 alicloud_kms_key），并为密钥设置 automatic_rotation = \"Enabled\"、rotation_interval = \"365d\"。",
		"en": "Point important data at a customer-managed KMS key (an alicloud_kms_key reference), and set automatic_rotation = \"Enabled\" and rotation_interval = \"365d\" on the key.",
	},
	"decisions": [
		{
			"zh": "密钥 ID 在应用前未知（引用本栈中的 KMS 密钥）视为已设置；服务托管密钥（如 ServiceKey）不算自管密钥。",
			"en": "A key ID only known after apply (a reference to a KMS key of the stack) counts as set; a service-managed key (such as ServiceKey) is not customer-managed.",
		},
		{
			"zh": "非对称密钥（用途为 SIGN/VERIFY 或规格为 RSA / EC）不支持自动轮换，不要求轮换。",
			"en": "Asymmetric keys (usage SIGN/VERIFY, or RSA / EC specs) cannot rotate automatically and are not required to.",
		},
		{
			"zh": "SLS 日志项目没有密钥属性，不在此判断；其日志库的加密由 A21.2 检查。",
			"en": "SLS log projects have no key attribute and are not judged here; their log stores' encryption is A21.2's.",
		},
		{
			"zh": "数据分级标签在应用前未知时由 A21.1 判为无法核实，本项只检查已知为重要数据的资源。",
			"en": "A classification tag only known after apply is A21.1's finding (cannot be verified); this control checks the resources known to hold important data.",
		},
	],
	"resources": [
		"alicloud_kms_key", "alicloud_oss_bucket", "alicloud_oss_bucket_server_side_encryption",
		"alicloud_db_instance", "alicloud_ecs_disk", "alicloud_disk", "alicloud_kvstore_instance",
		"alicloud_polardb_cluster", "alicloud_mongodb_instance", "alicloud_nas_file_system", "alicloud_hbr_vault",
	],
	"deciding": [
		{"type": "alicloud_kms_key", "attribute": "automatic_rotation"},
		{"type": "alicloud_oss_bucket", "attribute": "server_side_encryption_rule.sse_algorithm"},
	],
}

key_attributes := {
	"alicloud_db_instance": ["encryption_key", "tde_encryption_key"],
	"alicloud_ecs_disk": ["kms_key_id"],
	"alicloud_disk": ["kms_key_id"],
	"alicloud_kvstore_instance": ["encryption_key"],
	"alicloud_polardb_cluster": ["encryption_key"],
	"alicloud_mongodb_instance": ["encryption_key", "cloud_disk_encryption_key"],
	"alicloud_nas_file_system": ["kms_key_id"],
	"alicloud_hbr_vault": ["kms_key_id"],
}

violations contains {
	"resource": bucket.address,
	"attribute": "kms_master_key_id",
	"message": {
		"zh": concat("", [said1.zh, "重要数据存储桶没有使用自管 KMS 密钥加密（sse_algorithm = KMS 并设置 kms_master_key_id）"]),
		"en": concat("", [said1.en, "the important-data bucket is not encrypted with a customer-managed KMS key (sse_algorithm = KMS with kms_master_key_id)"]),
	},
} if {
	some bucket in resources.of_type("alicloud_oss_bucket")
	classification.important(bucket)
	not bucket_uses_cmk(bucket)
	said1 := fields.caveat(encryption.unverifiable(bucket, []))
}

violations contains {
	"resource": resource.address,
	"attribute": concat(" / ", attrs),
	"message": {
		"zh": concat("", ["重要数据没有指定自管 KMS 密钥（", concat(" 或 ", attrs), "）"]),
		"en": concat("", ["important data names no customer-managed KMS key (", concat(" or ", attrs), ")"]),
	},
} if {
	some type, attrs in key_attributes
	some resource in resources.of_type(type)
	classification.important(resource)
	not names_cmk(resource, attrs)
}

violations contains {
	"resource": key.address,
	"attribute": "automatic_rotation",
	"message": {
		"zh": concat("", [said1.zh, "；对称密钥须开启自动轮换"]),
		"en": concat("", [said1.en, "; a symmetric key must rotate automatically"]),
	},
} if {
	some key in resources.of_type("alicloud_kms_key")
	not asymmetric(key)
	source := links.explicit(key, "automatic_rotation")
	not source.value == "Enabled"
	said1 := fields.describe("automatic_rotation", source)
}

# --- helpers ---------------------------------------------------------------------------------

bucket_uses_cmk(bucket) if {
	some rule in encryption.settings[bucket.position]
	encryption.algorithm(rule) == "KMS"
	encryption.customer_key(rule)
}

names_cmk(resource, attrs) if {
	some attr in attrs
	source := links.explicit(resource, attr)
	source.status != "missing"
	not service_key(source)
}

service_key(source) if lower(source.value) in {"servicekey", "disabled", ""}

asymmetric(key) if fields.known(key, "key_usage") == "SIGN/VERIFY"

asymmetric(key) if {
	spec := fields.known(key, "key_spec")
	not startswith(spec, "Aliyun_")
}

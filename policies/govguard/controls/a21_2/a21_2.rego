# METADATA
# description: A21.2 data at rest is encrypted.
package govguard.controls.a21_2

import data.govguard.lib.encryption
import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.resources

metadata := {
	"id": "A21.2",
	"article": 21,
	"articles": [21],
	"severity": "high",
	"title": {
		"zh": "静态数据加密存储",
		"en": "Data at rest is encrypted",
	},
	"requirement": {
		"zh": "OSS 存储桶有 server_side_encryption_rule 或 alicloud_oss_bucket_server_side_encryption；alicloud_db_instance 开启 TDE（tde_status = Enabled）或云盘加密（encryption_key）；云盘 encrypted = true；日志库 encrypt_conf.enable = true；alicloud_kvstore_instance 的 tde_status = Enabled。",
		"en": "OSS buckets have server_side_encryption_rule or alicloud_oss_bucket_server_side_encryption; alicloud_db_instance has TDE (tde_status = Enabled) or disk encryption (encryption_key); disks have encrypted = true; log stores have encrypt_conf.enable = true; alicloud_kvstore_instance has tde_status = Enabled.",
	},
	"remediation": {
		"zh": "为存储桶设置服务端加密（KMS 或 SM4），为 RDS / Redis 开启 TDE，为云盘设置 encrypted = true，为日志库配置 encrypt_conf。",
		"en": "Set server-side encryption on buckets (KMS or SM4), enable TDE on RDS / Redis, set encrypted = true on disks, and configure encrypt_conf on log stores.",
	},
	"decisions": [{
		"zh": "云盘 encrypted 与数据库 tde_status 是可选且由服务端计算的属性，未设置无法核实，须显式开启；RDS 的 encryption_key 为 disabled 表示关闭。",
		"en": "Disk encrypted and database tde_status are optional and computed by the service, so unset cannot be verified and they must be switched on; an RDS encryption_key of disabled means off.",
	}],
	"resources": [
		"alicloud_oss_bucket", "alicloud_oss_bucket_server_side_encryption", "alicloud_db_instance",
		"alicloud_ecs_disk", "alicloud_disk", "alicloud_log_store", "alicloud_kvstore_instance",
	],
}

violations contains {
	"resource": bucket.address,
	"attribute": "server_side_encryption_rule",
	"message": {
		"zh": "存储桶没有服务端加密（server_side_encryption_rule 或 alicloud_oss_bucket_server_side_encryption）",
		"en": "the bucket has no server-side encryption (server_side_encryption_rule or alicloud_oss_bucket_server_side_encryption)",
	},
} if {
	some bucket in resources.of_type("alicloud_oss_bucket")
	not oss_encrypted(bucket)
}

violations contains {
	"resource": instance.address,
	"attribute": "tde_status",
	"message": {
		"zh": "RDS 实例既未开启 TDE（tde_status = Enabled），也未设置云盘加密（encryption_key）",
		"en": "the RDS instance has neither TDE (tde_status = Enabled) nor disk encryption (encryption_key)",
	},
} if {
	some instance in resources.of_type("alicloud_db_instance")
	not rds_encrypted(instance)
}

violations contains {
	"resource": disk.address,
	"attribute": "encrypted",
	"message": {
		"zh": concat("", [fields.describe("encrypted", source).zh, "；云盘须加密"]),
		"en": concat("", [fields.describe("encrypted", source).en, "; the disk must be encrypted"]),
	},
} if {
	some disk in resources.of_types(["alicloud_ecs_disk", "alicloud_disk"])
	source := links.explicit(disk, "encrypted")
	not switched_on(source)
}

violations contains {
	"resource": store.address,
	"attribute": "encrypt_conf",
	"message": {
		"zh": "日志库没有开启加密（encrypt_conf.enable = true）",
		"en": "the log store is not encrypted (encrypt_conf.enable = true)",
	},
} if {
	some store in resources.of_type("alicloud_log_store")
	not store_encrypted(store)
}

violations contains {
	"resource": instance.address,
	"attribute": "tde_status",
	"message": {
		"zh": concat("", [fields.describe("tde_status", source).zh, "；Redis 实例须开启 TDE"]),
		"en": concat("", [fields.describe("tde_status", source).en, "; the Redis instance must have TDE Enabled"]),
	},
} if {
	some instance in resources.of_type("alicloud_kvstore_instance")
	source := links.explicit(instance, "tde_status")
	not source.value == "Enabled"
}

# --- helpers ---------------------------------------------------------------------------------

oss_encrypted(bucket) if {
	some rule in encryption.settings[bucket.position]
	encryption.algorithm(rule) in {"AES256", "KMS", "SM4"}
}

rds_encrypted(instance) if links.explicit(instance, "tde_status").value == "Enabled"

rds_encrypted(instance) if {
	key := links.explicit(instance, "encryption_key")
	key.status != "missing"
	not key_disabled(key)
}

key_disabled(key) if lower(key.value) in {"disabled", ""}

switched_on(source) if fields.boolean(source) == true

store_encrypted(store) if {
	some conf in fields.blocks(store, "encrypt_conf")
	fields.boolean(fields.get(conf, "enable")) == true
}

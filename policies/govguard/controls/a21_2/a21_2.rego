package govguard.controls.a21_2

import data.govguard.lib.digits
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
		"zh": "OSS 存储桶有 server_side_encryption_rule 或 alicloud_oss_bucket_server_side_encryption；alicloud_db_instance 开启 TDE（tde_status = Enabled）或云盘加密（encryption_key）；云盘 encrypted = true；日志库 encrypt_conf.enable = true；alicloud_kvstore_instance 的 tde_status = Enabled；alicloud_instance 的系统盘 system_disk_encrypted = true，每个内联数据盘 data_disks[].encrypted = true；Elasticsearch 数据节点磁盘加密（data_node_disk_encrypted 或 data_node_configuration.disk_encryption），冷数据节点同样。",
		"en": "OSS buckets have server_side_encryption_rule or alicloud_oss_bucket_server_side_encryption; alicloud_db_instance has TDE (tde_status = Enabled) or disk encryption (encryption_key); disks have encrypted = true; log stores have encrypt_conf.enable = true; alicloud_kvstore_instance has tde_status = Enabled; alicloud_instance has system_disk_encrypted and every inline data_disks[].encrypted true; Elasticsearch encrypts data node disks (data_node_disk_encrypted or data_node_configuration.disk_encryption), warm nodes alike.",
	},
	"remediation": {
		"zh": "为存储桶设置服务端加密（KMS 或 SM4），为 RDS / Redis 开启 TDE，为云盘设置 encrypted = true，为日志库配置 encrypt_conf。",
		"en": "Set server-side encryption on buckets (KMS or SM4), enable TDE on RDS / Redis, set encrypted = true on disks, and configure encrypt_conf on log stores.",
	},
	"decisions": [
		{
			"zh": "云盘 encrypted 与数据库 tde_status 是可选且由服务端计算的属性，未设置无法核实，须显式开启；RDS 的 encryption_key 为 disabled 表示关闭。",
			"en": "Disk encrypted and database tde_status are optional and computed by the service, so unset cannot be verified and they must be switched on; an RDS encryption_key of disabled means off.",
		},
		{
			"zh": "RDS 的 encryption_key 在应用前未知时（如引用本栈中 KMS 密钥的 ID）视为已设置密钥：密钥 ID 本就只在应用后可知，只有字面值 disabled 表示关闭。",
			"en": "An RDS encryption_key only known after apply (such as a reference to a KMS key's ID) counts as a key: key IDs are only known after apply, and only the literal disabled turns it off.",
		},
	],
	"resources": [
		"alicloud_oss_bucket", "alicloud_oss_bucket_server_side_encryption", "alicloud_db_instance",
		"alicloud_ecs_disk", "alicloud_disk", "alicloud_log_store", "alicloud_kvstore_instance",
		"alicloud_instance", "alicloud_elasticsearch_instance",
	],
	"deciding": [
		{"type": "alicloud_oss_bucket", "attribute": "server_side_encryption_rule"},
		{"type": "alicloud_oss_bucket", "attribute": "server_side_encryption_rule.sse_algorithm"},
		{"type": "alicloud_oss_bucket_server_side_encryption", "attribute": "sse_algorithm"},
		{"type": "alicloud_db_instance", "attribute": "tde_status"},
		{"type": "alicloud_ecs_disk", "attribute": "encrypted"},
		{"type": "alicloud_disk", "attribute": "encrypted"},
		{"type": "alicloud_log_store", "attribute": "encrypt_conf"},
		{"type": "alicloud_log_store", "attribute": "encrypt_conf.enable"},
		{"type": "alicloud_kvstore_instance", "attribute": "tde_status"},
		{"type": "alicloud_instance", "attribute": "system_disk_encrypted"},
		{"type": "alicloud_instance", "attribute": "data_disks"},
		{"type": "alicloud_instance", "attribute": "data_disks.encrypted"},
		{"type": "alicloud_elasticsearch_instance", "attribute": "data_node_disk_encrypted"},
		{"type": "alicloud_elasticsearch_instance", "attribute": "data_node_configuration.disk_encryption"},
	],
}

violations contains {
	"resource": bucket.address,
	"attribute": "server_side_encryption_rule",
	"message": {
		"zh": concat("", [said1.zh, "存储桶没有服务端加密（server_side_encryption_rule 或 alicloud_oss_bucket_server_side_encryption）"]),
		"en": concat("", [said1.en, "the bucket has no server-side encryption (server_side_encryption_rule or alicloud_oss_bucket_server_side_encryption)"]),
	},
} if {
	some bucket in resources.of_type("alicloud_oss_bucket")
	not oss_encrypted(bucket)
	said1 := fields.caveat(encryption.unverifiable(bucket, []))
}

violations contains {
	"resource": instance.address,
	"attribute": "tde_status",
	"message": {
		"zh": concat("", [caveat.zh, "RDS 实例既未开启 TDE（tde_status = Enabled），也未设置云盘加密（encryption_key）"]),
		"en": concat("", [caveat.en, "the RDS instance has neither TDE (tde_status = Enabled) nor disk encryption (encryption_key)"]),
	},
} if {
	some instance in resources.of_type("alicloud_db_instance")
	not rds_encrypted(instance)
	caveat := fields.caveat(fields.unresolved_texts({"tde_status": links.explicit(instance, "tde_status")}))
}

violations contains {
	"resource": disk.address,
	"attribute": "encrypted",
	"message": {
		"zh": concat("", [said1.zh, "；云盘须加密"]),
		"en": concat("", [said1.en, "; the disk must be encrypted"]),
	},
} if {
	some disk in resources.of_types(["alicloud_ecs_disk", "alicloud_disk"])
	source := links.explicit(disk, "encrypted")
	not switched_on(source)
	said1 := fields.describe("encrypted", source)
}

violations contains {
	"resource": store.address,
	"attribute": "encrypt_conf",
	"message": {
		"zh": concat("", [said1.zh, "日志库没有开启加密（encrypt_conf.enable = true）"]),
		"en": concat("", [said1.en, "the log store is not encrypted (encrypt_conf.enable = true)"]),
	},
} if {
	some store in resources.of_type("alicloud_log_store")
	not store_encrypted(store)
	said1 := fields.caveat(encryption.log_store_unverifiable(store, "enable"))
}

violations contains {
	"resource": instance.address,
	"attribute": "tde_status",
	"message": {
		"zh": concat("", [said1.zh, "；Redis 实例须开启 TDE"]),
		"en": concat("", [said1.en, "; the Redis instance must have TDE Enabled"]),
	},
} if {
	some instance in resources.of_type("alicloud_kvstore_instance")
	source := links.explicit(instance, "tde_status")
	not source.value == "Enabled"
	said1 := fields.describe("tde_status", source)
}

# --- ECS instances and Elasticsearch (issue 15) ---------------------------------------------------

violations contains {
	"resource": instance.address,
	"attribute": "system_disk_encrypted",
	"message": {
		"zh": concat("", [said1.zh, "；ECS 实例的系统盘须加密"]),
		"en": concat("", [said1.en, "; the instance's system disk must be encrypted"]),
	},
} if {
	some instance in resources.of_type("alicloud_instance")
	source := links.explicit(instance, "system_disk_encrypted")
	not switched_on(source)
	said1 := fields.describe("system_disk_encrypted", source)
}

# Inline data disks: encrypted defaults to false. One finding per instance, naming each disk.
violations contains {
	"resource": instance.address,
	"attribute": "data_disks.encrypted",
	"message": {
		"zh": concat("", [concat("；", [d.zh | some d in described]), "；每个数据盘须加密（默认不加密）"]),
		"en": concat("", [concat("; ", [d.en | some d in described]), "; every data disk must be encrypted (the default is unencrypted)"]),
	},
} if {
	some instance in resources.of_type("alicloud_instance")
	described := [fields.describe(concat("", ["data_disks[", digits.text(i), "].encrypted"]), source) |
		some i, disk in fields.blocks(instance, "data_disks")
		source := fields.get(disk, "encrypted")
		not switched_on(source)
	]
	count(described) > 0
}

violations contains {
	"resource": instance.address,
	"attribute": "data_disks",
	"message": {
		"zh": concat("", [said1.zh, "；无法核实数据盘是否加密"]),
		"en": concat("", [said1.en, "; the data disks' encryption is unknown"]),
	},
} if {
	some instance in resources.of_type("alicloud_instance")
	source := fields.block_source(instance, "data_disks")
	source.status == "unresolved"
	said1 := fields.describe("data_disks", source)
}

# Elasticsearch data nodes: the deprecated data_node_disk_encrypted or the data_node_configuration
# block's disk_encryption (both optional and computed: unset cannot be verified).
violations contains {
	"resource": cluster.address,
	"attribute": "data_node_disk_encrypted",
	"message": {
		"zh": concat("", [described.zh, "；Elasticsearch 数据节点磁盘须加密（data_node_disk_encrypted 或 data_node_configuration.disk_encryption = true）"]),
		"en": concat("", [described.en, "; Elasticsearch data node disks must be encrypted (data_node_disk_encrypted or data_node_configuration.disk_encryption = true)"]),
	},
} if {
	some cluster in resources.of_type("alicloud_elasticsearch_instance")
	not node_disks_encrypted(cluster, "data_node_disk_encrypted", "data_node_configuration")
	described := node_disks_described(cluster, "data_node_disk_encrypted", "data_node_configuration")
}

# Warm (cold data) nodes, when the cluster has or may have them.
violations contains {
	"resource": cluster.address,
	"attribute": "warm_node_disk_encrypted",
	"message": {
		"zh": concat("", [described.zh, "；Elasticsearch 冷数据节点磁盘须加密（warm_node_disk_encrypted 或 warm_node_configuration.disk_encryption = true）"]),
		"en": concat("", [described.en, "; Elasticsearch warm node disks must be encrypted (warm_node_disk_encrypted or warm_node_configuration.disk_encryption = true)"]),
	},
} if {
	some cluster in resources.of_type("alicloud_elasticsearch_instance")
	warm_nodes(cluster)
	not node_disks_encrypted(cluster, "warm_node_disk_encrypted", "warm_node_configuration")
	described := node_disks_described(cluster, "warm_node_disk_encrypted", "warm_node_configuration")
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

# Elasticsearch node disks (issue 15).
node_disks_encrypted(cluster, flat, _) if switched_on(links.explicit(cluster, flat))

node_disks_encrypted(cluster, _, block) if {
	some configuration in fields.blocks(cluster, block)
	switched_on(fields.get(configuration, "disk_encryption"))
}

# The deprecated flat argument when it is written, else the block's disk_encryption.
node_disks_described(cluster, flat, block) := fields.describe(flat, source) if {
	source := links.explicit(cluster, flat)
	source.status != "missing"
} else := fields.describe(concat(".", [block, "disk_encryption"]), fields.get(configuration, "disk_encryption")) if {
	some configuration in fields.blocks(cluster, block)
} else := fields.describe(block, source) if {
	source := fields.block_source(cluster, block)
	source.status == "unresolved"
} else := fields.describe(flat, {"status": "missing"})

# Optional and computed, so a plan shows the block unknown when it is not written: only a written
# block (or, in configuration, a dynamic one) means warm nodes.
warm_nodes(cluster) if links.configured(cluster, "warm_node_configuration")

warm_nodes(cluster) if {
	cluster.kind == "config"
	fields.block_status(cluster, "warm_node_configuration") != "missing"
}

# A warm_node_amount that is not a number (Terraform refuses it) cannot be verified to be 0.
warm_nodes(cluster) if fields.numeric(links.explicit(cluster, "warm_node_amount")).status == "unresolved"

warm_nodes(cluster) if fields.number(links.explicit(cluster, "warm_node_amount")) > 0

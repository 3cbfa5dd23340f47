package govguard.controls.a26_5

import data.govguard.lib.fields
import data.govguard.lib.resources

metadata := {
	"id": "A26.5",
	"article": 26,
	"articles": [26, 12],
	"severity": "medium",
	"title": {
		"zh": "有状态资源开启删除保护",
		"en": "Stateful resources are protected from accidental deletion",
	},
	"requirement": {
		"zh": "alicloud_db_instance 的 deletion_protection 为 true；alicloud_polardb_cluster 的 deletion_lock 为 1；alicloud_kms_key 的 deletion_protection 为 Enabled；alicloud_oss_bucket 的 force_destroy 不为 true。",
		"en": "alicloud_db_instance has deletion_protection true; alicloud_polardb_cluster has deletion_lock 1; alicloud_kms_key has deletion_protection Enabled; alicloud_oss_bucket does not set force_destroy true.",
	},
	"remediation": {
		"zh": "设置 deletion_protection = true（RDS）、deletion_lock = 1（PolarDB）、deletion_protection = \"Enabled\"（KMS）；删除存储桶的 force_destroy = true。",
		"en": "Set deletion_protection = true (RDS), deletion_lock = 1 (PolarDB), deletion_protection = \"Enabled\" (KMS); remove force_destroy = true from buckets.",
	},
	"decisions": [{
		"zh": "force_destroy 默认 false，未设置即合规；其他开关默认关闭，须显式开启。",
		"en": "force_destroy defaults to false, so unset is compliant; the other switches default to off and must be turned on.",
	}],
	"resources": ["alicloud_db_instance", "alicloud_polardb_cluster", "alicloud_kms_key", "alicloud_oss_bucket"],
	"deciding": [
		{"type": "alicloud_db_instance", "attribute": "deletion_protection"},
		{"type": "alicloud_polardb_cluster", "attribute": "deletion_lock"},
		{"type": "alicloud_kms_key", "attribute": "deletion_protection"},
		{"type": "alicloud_oss_bucket", "attribute": "force_destroy"},
	],
}

protections := [
	{"type": "alicloud_db_instance", "attr": "deletion_protection", "on": true, "shown": "true"},
	{"type": "alicloud_polardb_cluster", "attr": "deletion_lock", "on": 1, "shown": "1"},
	{"type": "alicloud_kms_key", "attr": "deletion_protection", "on": "Enabled", "shown": "Enabled"},
]

violations contains {
	"resource": resource.address,
	"attribute": spec.attr,
	"message": {
		"zh": concat("", [said1.zh, "；需要 ", spec.shown, " 以防误删"]),
		"en": concat("", [said1.en, "; it must be ", spec.shown, " to prevent accidental deletion"]),
	},
} if {
	some spec in protections
	some resource in resources.of_type(spec.type)
	source := fields.get(resource, spec.attr)
	not protected(source, spec.on)
	said1 := fields.describe(spec.attr, source)
}

violations contains {
	"resource": bucket.address,
	"attribute": "force_destroy",
	"message": {
		"zh": concat("", [said1.zh, "；删除存储桶时会一并删除其中的所有对象"]),
		"en": concat("", [said1.en, "; destroying the bucket would delete every object in it"]),
	},
} if {
	some bucket in resources.of_type("alicloud_oss_bucket")
	source := fields.get(bucket, "force_destroy")
	not keeps_objects(source)
	said1 := fields.describe("force_destroy", source)
}

protected(source, true) if fields.boolean(source) == true

protected(source, 1) if fields.number(source) == 1

protected(source, "Enabled") if source.value == "Enabled"

keeps_objects(source) if source.status == "missing"

keeps_objects(source) if fields.boolean(source) == false

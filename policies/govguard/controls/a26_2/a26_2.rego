package govguard.controls.a26_2

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.resources

metadata := {
	"id": "A26.2",
	"article": 26,
	"articles": [26],
	"severity": "medium",
	"title": {
		"zh": "对象存储采用同城冗余",
		"en": "Object storage is zone-redundant",
	},
	"requirement": {
		"zh": "每个 OSS 存储桶的 redundancy_type 为 ZRS（默认 LRS 为违规），或由 alicloud_oss_bucket_data_redundancy_transition 转换为 ZRS。",
		"en": "Every OSS bucket has redundancy_type ZRS (the default LRS is a violation), or is converted to ZRS by an alicloud_oss_bucket_data_redundancy_transition.",
	},
	"remediation": {
		"zh": "将 redundancy_type 设为 \"ZRS\"（新建存储桶），或为已有存储桶添加 alicloud_oss_bucket_data_redundancy_transition。",
		"en": "Set redundancy_type = \"ZRS\" (new buckets), or add an alicloud_oss_bucket_data_redundancy_transition for an existing bucket.",
	},
	"decisions": [{
		"zh": "所有存储桶都视为承载数据的资源。",
		"en": "Every bucket counts as a data-bearing resource.",
	}],
	"resources": ["alicloud_oss_bucket", "alicloud_oss_bucket_data_redundancy_transition"],
	"deciding": [{"type": "alicloud_oss_bucket", "attribute": "redundancy_type"}],
}

transitioned := links.with_children("oss_redundancy_transition")

violations contains {
	"resource": bucket.address,
	"attribute": "redundancy_type",
	"message": message(source),
} if {
	some bucket in resources.of_type("alicloud_oss_bucket")
	source := fields.get(bucket, "redundancy_type")
	not zrs(source)
	not transitioned[bucket.position]
}

zrs(source) if source.value == "ZRS"

message(source) := {
	"zh": "redundancy_type 未设置，默认 LRS（本地冗余）；需要 ZRS（同城冗余）",
	"en": "redundancy_type is not set, so the default LRS (locally redundant) applies; needs ZRS",
} if {
	source.status == "missing"
} else := {
	"zh": concat("", [fields.describe("redundancy_type", source).zh, "；需要 ZRS（同城冗余）"]),
	"en": concat("", [fields.describe("redundancy_type", source).en, "; needs ZRS (zone-redundant)"]),
}

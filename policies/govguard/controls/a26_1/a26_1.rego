package govguard.controls.a26_1

import data.govguard.lib.classification
import data.govguard.lib.fields
import data.govguard.lib.index
import data.govguard.lib.links
import data.govguard.lib.oss
import data.govguard.lib.pending
import data.govguard.lib.regions
import data.govguard.lib.resources

metadata := {
	"id": "A26.1",
	"article": 26,
	"articles": [26],
	"severity": "high",
	"title": {
		"zh": "重要数据异地复制到另一境内区域",
		"en": "Important data is replicated to another mainland region",
	},
	"requirement": {
		"zh": "分级为重要数据（data.important_values，默认 important、core）的每个 OSS 存储桶都是一个 alicloud_oss_bucket_replication 的源，其目的区域是允许的境内区域且不同于源区域。",
		"en": "Every OSS bucket classified as important data (data.important_values, by default important and core) is the source of an alicloud_oss_bucket_replication whose destination is an allowed mainland region other than the source's.",
	},
	"remediation": {
		"zh": "在灾备区域（如 cn-shanghai）创建副本存储桶，并添加从该存储桶到副本的 alicloud_oss_bucket_replication。",
		"en": "Create a replica bucket in the disaster-recovery region (for example cn-shanghai) and add an alicloud_oss_bucket_replication from the bucket to it.",
	},
	"decisions": [
		{
			"zh": "目的区域按 A23.2 的方式确定：location 字面值，或所引用的目的存储桶的提供方区域；无法确定时判为违规。",
			"en": "The destination region is found as in A23.2: the literal location, or the provider region of the referenced destination bucket; when it cannot be found, it is a violation.",
		},
		{
			"zh": "同区域复制不算异地复制。",
			"en": "Same-region replication does not count.",
		},
		{
			"zh": "分级标签在应用前未知的存储桶可能是重要数据，未复制时按无法核实判为违规；复制目的在应用前未知时，在存储桶上指明该复制资源。",
			"en": "A bucket whose classification is only known after apply may hold important data and, unreplicated, is a violation (cannot be verified); a replication whose destination is only known after apply is named on its bucket.",
		},
	],
	"resources": ["alicloud_oss_bucket", "alicloud_oss_bucket_replication"],
	"deciding": [
		{"type": "alicloud_oss_bucket", "attribute": "tags"},
		{"type": "alicloud_oss_bucket_replication", "attribute": "destination"},
		{"type": "alicloud_oss_bucket_replication", "attribute": "destination.location"},
	],
}

violations contains {
	"resource": bucket.address,
	"attribute": "replication",
	"message": message(bucket),
} if {
	some bucket in resources.of_type("alicloud_oss_bucket")
	classification.important(bucket)
	not oss.replicated_elsewhere[bucket.position]
}

# A bucket whose classification is only known after apply may hold important data.
violations contains {
	"resource": bucket.address,
	"attribute": pair[0],
	"message": {
		"zh": concat("", [said1.zh, "，无法核实存储桶是否为重要数据；它没有复制到另一境内区域"]),
		"en": concat("", [said1.en, ", so it cannot be verified that the bucket holds no important data; it is not replicated to another mainland region"]),
	},
} if {
	some bucket in resources.of_type("alicloud_oss_bucket")
	pair := pending.classification_of(bucket)
	not oss.replicated_elsewhere[bucket.position]
	said1 := fields.describe(pair[0], pair[1])
}

pending_destination(replication) := ["destination", source] if {
	source := pending.block(replication, "destination")
} else := ["destination.location", source] if {
	some destination in fields.blocks(replication, "destination")
	source := pending.nested(replication, "destination", destination, "location")
	source.status == "unresolved"
	not regions.region_of_reference(replication, "destination")
}

# Bucket position -> the position of a replication of it whose destination is only known after
# apply, built once.
pending_buckets := index.unique([{"key": position, "position": replication.position} |
	some replication in resources.of_type("alicloud_oss_bucket_replication")
	pending_destination(replication)
	some position in links.parents("oss_replication", replication)
])

# A replication whose destination is only known after apply is named on its bucket.
message(bucket) := {
	"zh": concat("", [replication.address, " 的 ", fields.describe(pair[0], pair[1]).zh, "，无法核实重要数据是否复制到另一境内区域"]),
	"en": concat("", [replication.address, ": ", fields.describe(pair[0], pair[1]).en, ", so it cannot be verified that the important data is replicated to another mainland region"]),
} if {
	replication := resources.list[pending_buckets[bucket.position]]
	pair := pending_destination(replication)
} else := {
	"zh": concat("", ["存储桶分级为 ", classification.level(bucket), "（重要数据），但没有复制到另一境内区域"]),
	"en": concat("", ["the bucket is classified ", classification.level(bucket), " (important data) but is not replicated to another mainland region"]),
}

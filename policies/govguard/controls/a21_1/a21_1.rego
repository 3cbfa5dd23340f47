package govguard.controls.a21_1

import data.govguard.lib.classification
import data.govguard.lib.fields
import data.govguard.lib.params
import data.govguard.lib.resources

metadata := {
	"id": "A21.1",
	"article": 21,
	"articles": [21],
	"severity": "medium",
	"title": {
		"zh": "承载数据的资源标注数据分级",
		"en": "Data-bearing resources are classified",
	},
	"requirement": {
		"zh": "每个承载数据的资源（OSS、RDS、PolarDB、Redis、MongoDB、SLS 项目、云盘、NAS、HBR 备份库、Elasticsearch；已弃用的类型名如 alicloud_disk 同样适用）都有 data.tag_key 标签（默认 data-classification），取值属于 data.values（默认 public、internal、sensitive、important、core）。",
		"en": "Every data-bearing resource (OSS, RDS, PolarDB, Redis, MongoDB, SLS projects, disks, NAS, HBR vaults, Elasticsearch; deprecated type names such as alicloud_disk alike) has the data.tag_key tag (data-classification by default) with a value from data.values (public, internal, sensitive, important, core by default).",
	},
	"remediation": {
		"zh": "为资源添加 tags = { \"data-classification\" = \"internal\" }（按数据实际级别填写）。",
		"en": "Add tags = { \"data-classification\" = \"internal\" } (with the data's actual level) to the resource.",
	},
	"decisions": [{
		"zh": "标签在应用前未知时无法核实分级，按违规处理。",
		"en": "Tags only known after apply cannot be verified and count as unclassified.",
	}],
	"resources": sort(classification.data_bearing_types),
	"deciding": [{"type": type, "attribute": attribute} |
		some type in sort(classification.data_bearing_types)
		some attribute in ["tags", "tags.data-classification"]
	],
}

violations contains {
	"resource": resource.address,
	"attribute": concat(".", ["tags", classification.tag_key]),
	"message": message(resource, classification.tag_key, allowed),
} if {
	some resource in resources.of_types(classification.data_bearing_types)
	not classified(resource)
}

classified(resource) if classification.level(resource) in params.classification_values

allowed := concat(", ", params.effective.data.values)

message(resource, key, levels) := {
	"zh": concat("", ["标签 ", key, " 为空，不是允许的分级（", levels, "）"]),
	"en": concat("", ["tag ", key, " is empty, not an allowed level (", levels, ")"]),
} if {
	classification.level(resource) == ""
} else := {
	"zh": concat("", ["标签 ", key, " 为 ", classification.level(resource), "，不是允许的分级（", levels, "）"]),
	"en": concat("", ["tag ", key, " is ", classification.level(resource), ", not an allowed level (", levels, ")"]),
} if {
	classification.level(resource)
} else := {
	"zh": concat("", ["标签 ", key, " 取自 ", classification.pending(resource), "，应用前无法核实数据分级"]),
	"en": concat("", ["tag ", key, " is set from ", classification.pending(resource), ", so the classification cannot be verified before apply"]),
} if {
	classification.pending(resource)
} else := {
	"zh": concat("", ["标签 ", key, " 取自 ", entry.expression, "，应用前无法核实数据分级"]),
	"en": concat("", ["tag ", key, " is set from ", entry.expression, ", so the classification cannot be verified before apply"]),
} if {
	# A plan marks a tag set from an unknown value as unknown and leaves it out of the map.
	entry := fields.map_entries(resource, "tags")[key]
	entry.status == "unresolved"
} else := {
	"zh": concat("", ["没有数据分级标签 ", key, "（取值 ", levels, "）"]),
	"en": concat("", ["the data classification tag ", key, " is missing (one of ", levels, ")"]),
} if {
	fields.get(resource, "tags").status != "unresolved"
} else := {
	"zh": concat("", [fields.describe("tags", fields.get(resource, "tags")).zh, "，无法核实数据分级"]),
	"en": concat("", [fields.describe("tags", fields.get(resource, "tags")).en, ", so the classification cannot be verified"]),
}

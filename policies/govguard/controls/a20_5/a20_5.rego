package govguard.controls.a20_5

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.oss
import data.govguard.lib.params
import data.govguard.lib.problems
import data.govguard.lib.resources

metadata := {
	"id": "A20.5",
	"article": 20,
	"articles": [20],
	"severity": "high",
	"title": {
		"zh": "日志归档存储桶保存对象不少于一年",
		"en": "Log archive buckets keep objects at least a year",
	},
	"requirement": {
		"zh": "日志归档存储桶（访问日志投递目标、操作审计投递目标，或带 log-archive = \"true\" 标签）没有在 logs.min_retention_days（默认 365）天内删除对象的已启用生命周期规则（也不按日期删除），并开启版本控制（versioning 或 alicloud_oss_bucket_versioning 为 Enabled）。",
		"en": "Log archive buckets (targets of access logging or of ActionTrail, or tagged log-archive = \"true\") have no enabled lifecycle rule that deletes objects within logs.min_retention_days (365 by default) or on a date, and have versioning Enabled (versioning or alicloud_oss_bucket_versioning).",
	},
	"remediation": {
		"zh": "把日志归档存储桶的过期天数设为 365 天以上（或不设过期），删除按日期过期的规则，并开启版本控制。",
		"en": "Set expiration of the log archive bucket to 365 days or more (or none), remove date-based expiry, and enable versioning.",
	},
	"decisions": [
		{
			"zh": "按日期（date / created_before_date）删除无法保证保存一年，按违规处理；已停用的规则不计。",
			"en": "Expiry on a date (date / created_before_date) cannot guarantee a year and is a violation; disabled rules do not count.",
		},
		{
			"zh": "日志归档存储桶由本栈可见的关系认定（访问日志目标、跟踪投递目标或标签 log-archive = true）；标签在应用前未知的存储桶由 A21.1 判为无法核实。",
			"en": "A log archive is known from what the stack shows (an access log target, a trail's bucket, or the tag log-archive = true); a bucket whose tags are only known after apply is A21.1's finding (cannot be verified).",
		},
	],
	"resources": ["alicloud_oss_bucket", "alicloud_oss_bucket_logging", "alicloud_oss_bucket_versioning", "alicloud_actiontrail_trail"],
	"deciding": [
		{"type": "alicloud_oss_bucket", "attribute": "versioning"},
		{"type": "alicloud_oss_bucket", "attribute": "versioning.status"},
		{"type": "alicloud_oss_bucket_versioning", "attribute": "status"},
		{"type": "alicloud_oss_bucket", "attribute": "lifecycle_rule.expiration.days"},
		{"type": "alicloud_oss_bucket", "attribute": "lifecycle_rule.enabled"},
	],
}

min_days := params.effective.logs.min_retention_days

archives := [bucket | some bucket in oss.buckets; oss.archives[bucket.position]]

violations contains object.union({"resource": bucket.address}, problems.combined(found)) if {
	some bucket in archives
	found := array.concat(lifecycle_problems(bucket, min_days), versioning_problems(bucket))
	count(found) > 0
}

# What the bucket's lifecycle expiry is set from that cannot be verified is read once: it is a walk
# of every lifecycle rule, and both messages need it.
lifecycle_problems(bucket, days) := lifecycle_found(bucket, days, oss.expiry_unverifiable(bucket, days))

lifecycle_found(bucket, days, expiry) := [{
	"attribute": "lifecycle_rule",
	"message": {
		"zh": concat("", [caveat.zh, "日志归档存储桶有在 ", fields.int_text(days), " 天内（或按日期）删除对象的生命周期规则"]),
		"en": concat("", [caveat.en, "the log archive bucket has a lifecycle rule that deletes objects within ", fields.int_text(days), " days (or on a date)"]),
	},
}] if {
	oss.expires_early(bucket, days)
	caveat := fields.caveat(expiry)
} else := [{
	"attribute": "lifecycle_rule",
	"message": {
		"zh": concat("", [caveat.zh, "无法核实日志归档存储桶的生命周期规则保存对象至少 ", fields.int_text(days), " 天"]),
		"en": concat("", [caveat.en, "so the log archive bucket's lifecycle rules cannot be verified to keep objects at least ", fields.int_text(days), " days"]),
	},
}] if {
	count(expiry) > 0
	caveat := fields.caveat(expiry)
} else := []

versioning_problems(bucket) := [{
	"attribute": "versioning",
	"message": {
		"zh": concat("", [caveat.zh, "日志归档存储桶未开启版本控制"]),
		"en": concat("", [caveat.en, "the log archive bucket does not have versioning enabled"]),
	},
}] if {
	not versioned(bucket)
	caveat := fields.caveat(versioning_texts(bucket))
} else := []

# --- helpers ---------------------------------------------------------------------------------

versioned(bucket) if {
	some versioning in fields.blocks(bucket, "versioning")
	fields.known(versioning, "status") == "Enabled"
}

versioned(bucket) if standalone_versioned[bucket.position]

standalone_versioned := {position |
	some versioning in resources.of_type("alicloud_oss_bucket_versioning")
	fields.known(versioning, "status") == "Enabled"
	some position in links.parents("oss_versioning", versioning)
}

# Versioning settings of the bucket only known after apply: the inline block, its status, and the
# status of a standalone alicloud_oss_bucket_versioning.
versioning_texts(bucket) := array.flatten([
	fields.unresolved_texts({"versioning": fields.block_source(bucket, "versioning")}),
	[fields.describe("versioning.status", source) |
		some versioning in fields.blocks(bucket, "versioning")
		source := fields.get(versioning, "status")
		source.status == "unresolved"
	],
	links.unresolved_in_children(pending_versionings, "oss_versioning", bucket),
])

pending_versionings := links.pending_children("oss_versioning", ["status"])

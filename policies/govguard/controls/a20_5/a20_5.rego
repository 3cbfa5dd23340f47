# METADATA
# description: A20.5 log archive buckets keep objects at least a year.
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
	"decisions": [{
		"zh": "按日期（date / created_before_date）删除无法保证保存一年，按违规处理；已停用的规则不计。",
		"en": "Expiry on a date (date / created_before_date) cannot guarantee a year and is a violation; disabled rules do not count.",
	}],
	"resources": ["alicloud_oss_bucket", "alicloud_oss_bucket_logging", "alicloud_oss_bucket_versioning", "alicloud_actiontrail_trail"],
}

min_days := params.effective.logs.min_retention_days

archives := [bucket | some bucket in oss.buckets; oss.archives[bucket.position]]

violations contains object.union({"resource": bucket.address}, problems.combined(found)) if {
	some bucket in archives
	found := array.concat(
		[{
			"attribute": "lifecycle_rule",
			"message": {
				"zh": concat("", ["日志归档存储桶有在 ", fields.int_text(min_days), " 天内（或按日期）删除对象的生命周期规则"]),
				"en": concat("", ["the log archive bucket has a lifecycle rule that deletes objects within ", fields.int_text(min_days), " days (or on a date)"]),
			},
		} |
			oss.expires_early(bucket, min_days)
		],
		[{
			"attribute": "versioning",
			"message": {
				"zh": "日志归档存储桶未开启版本控制",
				"en": "the log archive bucket does not have versioning enabled",
			},
		} |
			not versioned(bucket)
		],
	)
	count(found) > 0
}

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

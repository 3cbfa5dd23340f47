package govguard.controls.a20_6

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.oss
import data.govguard.lib.params
import data.govguard.lib.resources

metadata := {
	"id": "A20.6",
	"article": 20,
	"articles": [20],
	"severity": "medium",
	"title": {
		"zh": "日志有备份且防篡改",
		"en": "Logs are backed up and tamper-evident",
	},
	"requirement": {
		"zh": "日志归档存储桶有 retention_period_in_days 不少于 logs.min_retention_days 的 alicloud_oss_bucket_worm（合规保留），或跨区域复制到另一允许区域。",
		"en": "Log archive buckets have an alicloud_oss_bucket_worm with retention_period_in_days of at least logs.min_retention_days (retention lock), or replicate to another allowed region.",
	},
	"remediation": {
		"zh": "为日志归档存储桶添加 retention_period_in_days = 365 的 WORM 合规保留策略，或配置到灾备区域的跨区域复制。",
		"en": "Add a WORM retention policy with retention_period_in_days = 365 to the log archive bucket, or replicate it to the disaster-recovery region.",
	},
	"decisions": [{
		"zh": "日志归档存储桶的判定与 A20.5 相同。",
		"en": "Log archive buckets are found as in A20.5.",
	}],
	"resources": ["alicloud_oss_bucket", "alicloud_oss_bucket_worm", "alicloud_oss_bucket_replication"],
	"deciding": [{"type": "alicloud_oss_bucket_worm", "attribute": "retention_period_in_days"}],
}

min_days := params.effective.logs.min_retention_days

violations contains {
	"resource": bucket.address,
	"attribute": "worm",
	"message": {
		"zh": concat("", [said1.zh, "日志归档存储桶既没有保留至少 ", fields.int_text(min_days), " 天的 WORM 策略，也没有跨区域复制"]),
		"en": concat("", [said1.en, "the log archive bucket has neither a WORM policy keeping at least ", fields.int_text(min_days), " days nor cross-region replication"]),
	},
} if {
	some bucket in oss.buckets
	oss.archives[bucket.position]
	not locked[bucket.position]
	not oss.replicated_elsewhere[bucket.position]
	said1 := worm_caveat(bucket)
}

locked := {position |
	some worm in resources.of_type("alicloud_oss_bucket_worm")
	fields.number(fields.get(worm, "retention_period_in_days")) >= min_days
	some position in links.parents("oss_worm", worm)
}

worm_caveat(bucket) := fields.caveat(links.unresolved_in_children(pending_worms, "oss_worm", bucket))

pending_worms := links.pending_children("oss_worm", ["retention_period_in_days"])

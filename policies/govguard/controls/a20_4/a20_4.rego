package govguard.controls.a20_4

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.oss
import data.govguard.lib.resources

metadata := {
	"id": "A20.4",
	"article": 20,
	"articles": [20],
	"severity": "medium",
	"title": {
		"zh": "采集应用访问日志",
		"en": "Application access logs are collected",
	},
	"requirement": {
		"zh": "ALB 有 access_log_config 或 alicloud_alb_load_balancer_access_log_config_attachment；OSS 存储桶有 logging 或 alicloud_oss_bucket_logging；CDN 域名有 alicloud_cdn_real_time_log_delivery；有 CLB 时，alicloud_log_audit 开启 slb_access_enabled。",
		"en": "ALB load balancers have access_log_config or an alicloud_alb_load_balancer_access_log_config_attachment; OSS buckets have logging or an alicloud_oss_bucket_logging; CDN domains have an alicloud_cdn_real_time_log_delivery; with CLB load balancers, an alicloud_log_audit sets slb_access_enabled.",
	},
	"remediation": {
		"zh": "为 ALB 配置访问日志，为存储桶配置访问日志投递到日志归档存储桶，为 CDN 域名配置实时日志投递，为 CLB 在日志审计服务中开启 slb_access_enabled。",
		"en": "Configure ALB access logs, bucket access logging to the log archive bucket, CDN real-time log delivery, and slb_access_enabled in the log audit service for CLB.",
	},
	"decisions": [{
		"zh": "接收访问日志的日志归档存储桶本身不要求再记录访问日志（否则形成循环）。",
		"en": "A log archive bucket that receives access logs is not itself required to log access (that would be circular).",
	}],
	"resources": [
		"alicloud_alb_load_balancer", "alicloud_alb_load_balancer_access_log_config_attachment",
		"alicloud_oss_bucket", "alicloud_oss_bucket_logging", "alicloud_cdn_domain_new",
		"alicloud_cdn_real_time_log_delivery", "alicloud_slb_load_balancer", "alicloud_log_audit",
	],
	"deciding": [
		{"type": "alicloud_alb_load_balancer", "attribute": "access_log_config"},
		{"type": "alicloud_oss_bucket", "attribute": "logging"},
		{"type": "alicloud_log_audit", "attribute": "variable_map"},
		{"type": "alicloud_log_audit", "attribute": "variable_map.slb_access_enabled"},
	],
}

violations contains {
	"resource": balancer.address,
	"attribute": "access_log_config",
	"message": {
		"zh": concat("", [said1.zh, "ALB 没有访问日志配置（access_log_config 或访问日志附加资源）"]),
		"en": concat("", [said1.en, "the ALB has no access log configuration (access_log_config or an access log attachment)"]),
	},
} if {
	some balancer in resources.of_type("alicloud_alb_load_balancer")
	not alb_logged(balancer)
	said1 := block_caveat(balancer, "access_log_config")
}

violations contains {
	"resource": bucket.address,
	"attribute": "logging",
	"message": {
		"zh": concat("", [said1.zh, "存储桶没有访问日志（logging 或 alicloud_oss_bucket_logging）"]),
		"en": concat("", [said1.en, "the bucket has no access logging (logging or alicloud_oss_bucket_logging)"]),
	},
} if {
	some bucket in oss.buckets
	not oss.archives[bucket.position]
	not bucket_logged(bucket)
	said1 := block_caveat(bucket, "logging")
}

violations contains {
	"resource": domain.address,
	"attribute": "real_time_log_delivery",
	"message": {
		"zh": "CDN 域名没有实时日志投递（alicloud_cdn_real_time_log_delivery）",
		"en": "the CDN domain has no real-time log delivery (alicloud_cdn_real_time_log_delivery)",
	},
} if {
	some domain in resources.of_type("alicloud_cdn_domain_new")
	not cdn_delivered[domain.position]
}

violations contains {
	"resource": balancer.address,
	"attribute": "slb_access_enabled",
	"message": {
		"zh": concat("", [audit_caveat.zh, "CLB 访问日志未通过日志审计服务采集（alicloud_log_audit 的 slb_access_enabled 不为 true）"]),
		"en": concat("", [audit_caveat.en, "CLB access logs are not collected by the log audit service (no alicloud_log_audit with slb_access_enabled = true)"]),
	},
} if {
	some balancer in resources.of_type("alicloud_slb_load_balancer")
	not slb_audited
}

# --- helpers ---------------------------------------------------------------------------------

alb_logged(balancer) if fields.block_status(balancer, "access_log_config") == "present"

alb_logged(balancer) if alb_attached[balancer.position]

alb_attached := links.with_children("alb_access_log")

bucket_logged(bucket) if {
	some logging in fields.blocks(bucket, "logging")
	fields.get(logging, "target_bucket").status != "missing"
}

bucket_logged(bucket) if standalone_logged[bucket.position]

standalone_logged := links.with_children("oss_logging")

cdn_delivered := links.with_children("cdn_log_delivery")

slb_audited if {
	some audit in resources.of_type("alicloud_log_audit")
	fields.known(audit, "variable_map").slb_access_enabled == "true"
}

# A block written as an expression or a dynamic block, which cannot be verified before apply.
audit_caveat := fields.caveat(audit_texts)

block_caveat(resource, name) := fields.caveat(fields.unresolved_texts({name: fields.block_source(resource, name)}))

# Log audit settings only known after apply: the whole variable_map, or its slb_access_enabled.
audit_texts := array.concat(
	[fields.describe(concat("", [audit.address, ".variable_map"]), source) |
		some audit in resources.of_type("alicloud_log_audit")
		source := fields.get(audit, "variable_map")
		source.status == "unresolved"
	],
	[fields.describe(concat("", [audit.address, ".variable_map.slb_access_enabled"]), source) |
		some audit in resources.of_type("alicloud_log_audit")
		source := object.get(fields.map_entries(audit, "variable_map"), "slb_access_enabled", {"status": "missing"})
		source.status == "unresolved"
	],
)

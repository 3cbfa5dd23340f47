package govguard.controls.a20_3

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.params
import data.govguard.lib.resources

metadata := {
	"id": "A20.3",
	"article": 20,
	"articles": [20],
	"severity": "high",
	"title": {
		"zh": "数据库操作日志保存不少于一年",
		"en": "Database operation logs are kept a year",
	},
	"requirement": {
		"zh": "alicloud_db_instance 的 sql_collector_status 为 Enabled 且 sql_collector_config_value 不少于 logs.min_retention_days（默认 365，默认值 30 为违规），或由 alicloud_das_sql_log_config（enable = true，retention 足够）开启；每个 alicloud_kvstore_instance 有 db_audit = true、retention 足够的 alicloud_kvstore_audit_log_config；alicloud_polardb_cluster 的 collector_status 为 Enable。",
		"en": "alicloud_db_instance has sql_collector_status Enabled and sql_collector_config_value of at least logs.min_retention_days (365 by default; the default 30 is a violation), or an alicloud_das_sql_log_config with enable = true and enough retention; every alicloud_kvstore_instance has an alicloud_kvstore_audit_log_config with db_audit = true and enough retention; alicloud_polardb_cluster has collector_status Enable.",
	},
	"remediation": {
		"zh": "RDS 设置 sql_collector_status = \"Enabled\"、sql_collector_config_value = 365；Redis 添加 alicloud_kvstore_audit_log_config（db_audit = true、retention = 365）；PolarDB 设置 collector_status = \"Enable\"。",
		"en": "Set sql_collector_status = \"Enabled\" and sql_collector_config_value = 365 on RDS; add an alicloud_kvstore_audit_log_config with db_audit = true and retention = 365 for Redis; set collector_status = \"Enable\" on PolarDB.",
	},
	"decisions": [{
		"zh": "Redis 审计日志最长保存 365 天；logs.min_retention_days 大于 365 时按 365 判断。",
		"en": "Redis audit logs keep at most 365 days; when logs.min_retention_days is above 365, 365 is required.",
	}],
	"resources": [
		"alicloud_db_instance", "alicloud_das_sql_log_config", "alicloud_kvstore_instance",
		"alicloud_kvstore_audit_log_config", "alicloud_polardb_cluster",
	],
	"deciding": [
		{"type": "alicloud_db_instance", "attribute": "sql_collector_status"},
		{"type": "alicloud_db_instance", "attribute": "sql_collector_config_value"},
		{"type": "alicloud_das_sql_log_config", "attribute": "enable"},
		{"type": "alicloud_das_sql_log_config", "attribute": "retention"},
		{"type": "alicloud_polardb_cluster", "attribute": "collector_status"},
		{"type": "alicloud_kvstore_audit_log_config", "attribute": "db_audit"},
		{"type": "alicloud_kvstore_audit_log_config", "attribute": "retention"},
	],
}

min_days := params.effective.logs.min_retention_days

needs := fields.int_text(min_days)

violations contains {
	"resource": instance.address,
	"attribute": "sql_collector_status",
	"message": {
		"zh": concat("", [said1.zh, said2.zh, "；需要 Enabled 并保存至少 ", needs, " 天"]),
		"en": concat("", [said1.en, said2.en, "; SQL audit must be Enabled and kept at least ", needs, " days"]),
	},
} if {
	some instance in resources.of_type("alicloud_db_instance")
	not das_audited[instance.position]
	status := links.explicit(instance, "sql_collector_status")
	not enabled(status, "Enabled")
	said1 := das_caveat(instance)
	said2 := fields.describe("sql_collector_status", status)
}

violations contains {
	"resource": instance.address,
	"attribute": "sql_collector_config_value",
	"message": {
		"zh": concat("", [said1.zh, said2.zh, "；至少需要 ", needs, " 天"]),
		"en": concat("", [said1.en, said2.en, "; needs at least ", needs]),
	},
} if {
	some instance in resources.of_type("alicloud_db_instance")
	not das_audited[instance.position]
	enabled(links.explicit(instance, "sql_collector_status"), "Enabled")
	days := fields.get(instance, "sql_collector_config_value")
	not long_enough(days, min_days)
	said1 := das_caveat(instance)
	said2 := describe_days(days)
}

violations contains {
	"resource": instance.address,
	"attribute": "db_audit",
	"message": {
		"zh": concat("", [said1.zh, "没有 db_audit = true 且保存至少 ", fields.int_text(kvstore_days), " 天的 alicloud_kvstore_audit_log_config"]),
		"en": concat("", [said1.en, "there is no alicloud_kvstore_audit_log_config with db_audit = true keeping logs at least ", fields.int_text(kvstore_days), " days"]),
	},
} if {
	some instance in resources.of_type("alicloud_kvstore_instance")
	not kvstore_audited[instance.position]
	said1 := kvstore_caveat(instance)
}

violations contains {
	"resource": cluster.address,
	"attribute": "collector_status",
	"message": {
		"zh": concat("", [said1.zh, "；SQL 审计需要 Enable"]),
		"en": concat("", [said1.en, "; SQL audit must be Enable"]),
	},
} if {
	some cluster in resources.of_type("alicloud_polardb_cluster")
	status := links.explicit(cluster, "collector_status")
	not enabled(status, "Enable")
	said1 := fields.describe("collector_status", status)
}

# --- helpers ---------------------------------------------------------------------------------

enabled(source, value) if source.value == value

long_enough(source, days) if fields.number(source) >= days

describe_days(source) := {
	"zh": "sql_collector_config_value 未设置，默认保存 30 天",
	"en": "sql_collector_config_value is not set, so the default of 30 days applies",
} if {
	source.status == "missing"
} else := fields.describe("sql_collector_config_value", source)

das_audited := {position |
	some config in resources.of_type("alicloud_das_sql_log_config")
	fields.boolean(fields.get(config, "enable")) == true
	long_enough(fields.get(config, "retention"), min_days)
	some position in links.parents("das_sql_log", config)
}

kvstore_days := min([min_days, 365])

kvstore_audited := {position |
	some config in resources.of_type("alicloud_kvstore_audit_log_config")
	fields.boolean(fields.get(config, "db_audit")) == true
	long_enough(fields.get(config, "retention"), kvstore_days)
	some position in links.parents("kvstore_audit", config)
}

# The standalone audit settings of an instance that are only known after apply.
das_caveat(instance) := fields.caveat(links.unresolved_in_children(pending_das, "das_sql_log", instance))

kvstore_caveat(instance) := fields.caveat(links.unresolved_in_children(pending_kvstore, "kvstore_audit", instance))

pending_das := links.pending_children("das_sql_log", ["enable", "retention"])

pending_kvstore := links.pending_children("kvstore_audit", ["db_audit", "retention"])

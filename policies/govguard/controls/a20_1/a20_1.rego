package govguard.controls.a20_1

import data.govguard.lib.fields
import data.govguard.lib.params
import data.govguard.lib.resources

metadata := {
	"id": "A20.1",
	"article": 20,
	"articles": [20],
	"severity": "high",
	"title": {
		"zh": "日志库保存期限不少于一年",
		"en": "Log stores keep logs for at least a year",
	},
	"requirement": {
		"zh": "每个 SLS 日志库（alicloud_log_store）的 retention_period 不少于 logs.min_retention_days（默认 365 天；3650 表示永久保存）。",
		"en": "Every SLS log store (alicloud_log_store) has retention_period of at least logs.min_retention_days (365 by default; 3650 keeps logs permanently).",
	},
	"remediation": {
		"zh": "将 alicloud_log_store 的 retention_period 设为 365 或更长（3650 为永久保存）。",
		"en": "Set retention_period of the alicloud_log_store to 365 or more (3650 keeps logs permanently).",
	},
	"decisions": [{
		"zh": "retention_period 未设置时提供方默认保存 30 天，判为违规。",
		"en": "An unset retention_period means the provider default of 30 days, a violation.",
	}],
	"resources": ["alicloud_log_store"],
	"deciding": [{"type": "alicloud_log_store", "attribute": "retention_period"}],
}

min_days := params.effective.logs.min_retention_days

violations contains {
	"resource": store.address,
	"attribute": "retention_period",
	"message": message(source),
} if {
	some store in resources.of_type("alicloud_log_store")
	source := fields.get(store, "retention_period")
	not long_enough(source)
}

# A helper rule, never `not fields.number(source) >= min_days`: OPA evaluates a call outside
# the negation, so an undefined number would make the rule body fail instead of the `not` hold.
long_enough(source) if fields.number(source) >= min_days

needs := fields.int_text(min_days)

message(source) := {
	"zh": concat("", ["retention_period 未设置，将按提供方默认值保存 30 天；至少需要 ", needs, " 天"]),
	"en": concat("", ["retention_period is not set, so the provider default of 30 days applies; needs at least ", needs]),
} if {
	source.status == "missing"
} else := {
	"zh": concat("", [fields.describe("retention_period", source).zh, "；至少需要 ", needs, " 天"]),
	"en": concat("", [fields.describe("retention_period", source).en, "; needs at least ", needs]),
}

package govguard.controls.a20_7

import data.govguard.lib.fields
import data.govguard.lib.params
import data.govguard.lib.problems
import data.govguard.lib.resources

metadata := {
	"id": "A20.7",
	"article": 20,
	"articles": [20],
	"severity": "high",
	"title": {
		"zh": "日志审计服务对已开启的产品保存一年",
		"en": "The centralised log audit keeps every enabled product a year",
	},
	"requirement": {
		"zh": "alicloud_log_audit 的 variable_map 中，每个 <产品>_enabled = \"true\" 的产品，其 <产品>_ttl 以及存在的 <产品>_sync_ttl 都不少于 logs.min_retention_days（默认 365；服务默认值 7 / 180 天为违规）。",
		"en": "In the variable_map of alicloud_log_audit, for every product with <x>_enabled = \"true\", <x>_ttl and, where present, <x>_sync_ttl are at least logs.min_retention_days (365 by default; the service defaults of 7 / 180 days are violations).",
	},
	"remediation": {
		"zh": "为每个开启的产品设置 <产品>_ttl = \"365\"（中心化产品同时设置 <产品>_sync_ttl = \"365\"）。",
		"en": "Set <x>_ttl = \"365\" for every enabled product (and <x>_sync_ttl = \"365\" where it syncs centrally).",
	},
	"decisions": [
		{
			"zh": "未写出的 _ttl 使用服务默认值（7 或 180 天），按违规处理；variable_map 在应用前未知时按无法核实判为违规。",
			"en": "A _ttl that is not written takes the service default (7 or 180 days) and is a violation; a variable_map only known after apply is a violation (cannot be verified).",
		},
		{
			"zh": "有中心化副本的产品（oss、vpc、slb、dns、drds）开启时，<产品>_sync_ttl（默认 180）同样须达到一年；安全中心各项共用 sas_ttl。",
			"en": "For products with a central copy (oss, vpc, slb, dns, drds), <product>_sync_ttl (default 180) must reach a year too; Security Center's services share sas_ttl.",
		},
	],
	"resources": ["alicloud_log_audit"],
	"deciding": [
		{"type": "alicloud_log_audit", "attribute": "variable_map"},
		{"type": "alicloud_log_audit", "attribute": "variable_map.slb_access_enabled"},
		{"type": "alicloud_log_audit", "attribute": "variable_map.slb_access_ttl"},
	],
}

min_days := params.effective.logs.min_retention_days

needs := fields.int_text(min_days)

violations contains object.union({"resource": audit.address}, problems.combined(found)) if {
	some audit in resources.of_type("alicloud_log_audit")
	entries := fields.map_entries(audit, "variable_map")
	found := {{"attribute": concat(".", ["variable_map", key]), "message": message(flag, entries[flag], key, ttl, needs)} |
		some flag, switch in entries
		endswith(flag, "_enabled")
		maybe_on(switch)
		some key in ttl_keys(trim_suffix(flag, "_enabled"))
		ttl := object.get(entries, key, {"status": "missing"})
		not long_enough(ttl)
	}
	count(found) > 0
}

violations contains {
	"resource": audit.address,
	"attribute": "variable_map",
	"message": {
		"zh": concat("", [said1.zh, "，无法核实各产品的保存期限"]),
		"en": concat("", [said1.en, ", so the retention of each product cannot be verified"]),
	},
} if {
	some audit in resources.of_type("alicloud_log_audit")
	source := fields.get(audit, "variable_map")
	source.status == "unresolved"
	said1 := fields.describe("variable_map", source)
}

# --- helpers ---------------------------------------------------------------------------------

# A service is switched on by "true", and one whose switch is only known after apply may be.
maybe_on(switch) if switch.value == "true"

maybe_on(switch) if switch.status == "unresolved"

# Products whose logs also go to the central project, with a <product>_sync_ttl (default 180)
# next to each regional <service>_ttl (default 7): oss_access and oss_sync, vpc_flow, slb_access,
# dns_intranet, drds_audit.
central_products := {"oss", "vpc", "slb", "dns", "drds"}

# The retention keys of an enabled service: its own TTL (Security Center's services share
# sas_ttl), and the central copy's TTL for the products that have one.
ttl_keys(service) := {own_ttl(service)} | {key |
	first := split(service, "_")[0]
	first in central_products
	key := concat("", [first, "_sync_ttl"])
}

own_ttl(service) := "sas_ttl" if {
	startswith(service, "sas_")
} else := concat("", [service, "_ttl"])

long_enough(source) if fields.number(source) >= min_days

message(flag, switch, key, ttl, needs) := {
	"zh": concat("", [read_as_on(flag, switch).zh, key, " 未设置，使用服务默认的 7 或 180 天，至少需要 ", needs, " 天"]),
	"en": concat("", [read_as_on(flag, switch).en, key, " is not set, so the service default of 7 or 180 days applies, needs at least ", needs]),
} if {
	ttl.status == "missing"
} else := {
	"zh": concat("", [read_as_on(flag, switch).zh, fields.describe(key, ttl).zh, "，至少需要 ", needs, " 天"]),
	"en": concat("", [read_as_on(flag, switch).en, fields.describe(key, ttl).en, ", needs at least ", needs]),
}

read_as_on(flag, switch) := {
	"zh": concat("", [fields.describe(flag, switch).zh, "（按开启判断）；"]),
	"en": concat("", [fields.describe(flag, switch).en, " (read as true); "]),
} if {
	switch.status == "unresolved"
} else := {"zh": "", "en": ""}

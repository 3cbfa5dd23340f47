# METADATA
# description: |
#   Waivers (waivers.yaml, supplied as data.govguard_waivers): a list of
#   {control, resource, reason, owner, expires}. `resource` is an address pattern (lib.patterns:
#   `*` matches anything). A finding a waiver matches is kept, marked with the waiver; an active
#   waiver keeps it from failing the gate, an expired one does not. Expiry is judged against
#   data.govguard_today (YYYY-MM-DD, which the host supplies: wasm has no clock); without it a
#   waiver with an expiry date cannot be shown to be in force and counts as expired.
#
#   Governance (govguard.yaml `waivers:` settings, lib.params): a waiver whose pattern is blanket,
#   that names no owner or has no expiry date is a warning (`warnings`), or an error that refuses
#   it when waivers.allow_blanket is false, waivers.require_owner or waivers.require_expiry is
#   true; with waivers.max_days above 0 an expiry further ahead of today, or none, is an error.
#
#   Blanket: a pattern is blanket when it matches every address of one of these forms, whatever
#   TYPE, NAME, MODULE and ALIAS stand for (so it covers resources nobody has written yet):
#     alicloud_TYPE.NAME   module.MODULE.alicloud_TYPE.NAME   data.alicloud_TYPE.NAME
#     alicloud.ALIAS       module.MODULE:alicloud
#   e.g. `*`, `**`, `*.*`, `alicloud_*`, `module.*`, `alicloud.*`; not `alicloud_oss_bucket.*`,
#   `module.legacy.*` or `*.main`. Since `*` is the only wildcard, the test is exact with one
#   probe per form: each placeholder replaced by a character the pattern does not contain, which
#   only a `*` can match, and a `*` that matches it matches any text in its place.
package govguard.lib.waivers

import data.govguard.lib.params
import data.govguard.lib.patterns

default entries := []

entries := data.govguard_waivers if is_array(data.govguard_waivers)

known_keys := {"control", "resource", "reason", "owner", "expires"}

date_pattern := `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`

today := data.govguard_today if valid_date(data.govguard_today)

# Problems with the date waivers expire against, which the host supplies.
errors contains {"code": "invalid_today", "path": "govguard_today", "message": {
	"zh": "今天的日期（data.govguard_today，GOVGUARD_TODAY）应为日历上存在的 YYYY-MM-DD 日期",
	"en": "today's date (data.govguard_today, GOVGUARD_TODAY) must be a real date written YYYY-MM-DD",
}} if {
	value := data.govguard_today
	not valid_date(value)
}

# Problems with the waiver file, each naming the entry (waivers[2].reason).
errors contains waiver_error(concat("", ["waivers[", format_int(i, 10), "]"]), {"zh": "应为映射（control、resource、reason……）", "en": "must be a mapping (control, resource, reason, ...)"}) if {
	some i, entry in entries
	not is_object(entry)
}

errors contains waiver_error(field_path(i, key), {"zh": "不是 waiver 的字段（可用 control、resource、reason、owner、expires）", "en": "is not a waiver field (use control, resource, reason, owner, expires)"}) if {
	some i, entry in entries
	is_object(entry)
	some key, _ in entry
	not key in known_keys
}

errors contains waiver_error(field_path(i, key), {"zh": "必须填写且为非空字符串", "en": "is required and must be a non-empty string"}) if {
	some i, entry in entries
	is_object(entry)
	some key in ["control", "resource", "reason"]
	not has_text(entry, key)
}

errors contains waiver_error(field_path(i, "control"), {"zh": concat("", [entry.control, " 不是已知的控制项"]), "en": concat("", [entry.control, " is not a known control"])}) if {
	some i, entry in entries
	is_object(entry)
	non_empty_string(entry.control)
	not data.govguard.catalogue[entry.control]
}

errors contains waiver_error(field_path(i, "owner"), {"zh": "应为字符串", "en": "must be a string"}) if {
	some i, entry in entries
	is_object(entry)
	"owner" in object.keys(entry)
	not is_string(entry.owner)
}

errors contains waiver_error(field_path(i, "expires"), {"zh": "应为 YYYY-MM-DD 格式的日期", "en": "must be a date written YYYY-MM-DD"}) if {
	some i, entry in entries
	is_object(entry)
	"expires" in object.keys(entry)
	not dated(entry.expires)
}

errors contains waiver_error(field_path(i, "expires"), {
	"zh": concat("", [entry.expires, " 不是日历上存在的日期"]),
	"en": concat("", [entry.expires, " is not a date in the calendar"]),
}) if {
	some i, entry in entries
	is_object(entry)
	dated(object.get(entry, "expires", null))
	not valid_date(entry.expires)
}

# Governance refusals: what govguard.yaml's waivers settings turn from warnings into errors.
errors contains waiver_error(field_path(i, "resource"), {
	"zh": concat("", ["是覆盖整个控制项的通配模式（", concern_text.blanket.zh, "），govguard.yaml 的 waivers.allow_blanket: false 不允许"]),
	"en": concat("", ["is a blanket pattern (", concern_text.blanket.en, "), which waivers.allow_blanket: false in govguard.yaml refuses"]),
}) if {
	not allow_blanket
	some [i, "blanket"] in concerns
}

errors contains waiver_error(field_path(i, "owner"), {
	"zh": "必须填写：govguard.yaml 设置了 waivers.require_owner: true",
	"en": "is required by waivers.require_owner: true in govguard.yaml",
}) if {
	require_owner
	some [i, "no_owner"] in concerns
}

errors contains waiver_error(field_path(i, "expires"), {
	"zh": "必须填写：govguard.yaml 设置了 waivers.require_expiry: true",
	"en": "is required by waivers.require_expiry: true in govguard.yaml",
}) if {
	require_expiry
	some [i, "no_expiry"] in concerns
}

errors contains waiver_error(field_path(i, "expires"), {
	"zh": concat("", ["必须填写：govguard.yaml 设置了 waivers.max_days: ", format_int(max_days, 10)]),
	"en": concat("", ["is required by waivers.max_days: ", format_int(max_days, 10), " in govguard.yaml"]),
}) if {
	not require_expiry
	max_days > 0
	some [i, "no_expiry"] in concerns
}

errors contains waiver_error(field_path(i, "expires"), {
	"zh": concat("", [entry.expires, " 距今天（", today, "）", format_int(ahead, 10), " 天，超过 govguard.yaml 的 waivers.max_days: ", format_int(max_days, 10)]),
	"en": concat("", [entry.expires, " is ", format_int(ahead, 10), " days after today (", today, "), more than waivers.max_days: ", format_int(max_days, 10), " in govguard.yaml allows"]),
}) if {
	max_days > 0
	some i, entry in entries
	is_object(entry)
	valid_date(object.get(entry, "expires", null))
	ahead := day_number(entry.expires) - day_number(today)
	ahead > max_days
}

waiver_error(path, message) := {"code": "invalid_waiver", "path": path, "message": {
	"zh": concat("", ["豁免项 ", path, " ", message.zh]),
	"en": concat("", ["waiver ", path, " ", message.en]),
}}

field_path(i, key) := concat("", ["waivers[", format_int(i, 10), "].", key])

has_text(entry, key) if non_empty_string(object.get(entry, key, null))

non_empty_string(value) if {
	is_string(value)
	trim_space(strings.replace_n(invisible, value)) != ""
}

# Characters that show nothing: zero-width spaces and joiners, the BOM, bidirectional marks and
# overrides, invisible operators, the soft hyphen. A field made only of these (and white space) is
# empty, so an invisible owner names nobody (src/config/waiver-warnings.ts says the same).
invisible := {c: "" | some c in [
	"\u00ad", "\u180e", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",
	"\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
	"\u2060", "\u2061", "\u2062", "\u2063", "\u2064",
	"\u2066", "\u2067", "\u2068", "\u2069", "\ufeff",
]}

# Written YYYY-MM-DD with a month 01-12 and a day 01-31: what date_pattern matches, read
# character by character because OPA's wasm compiles a pattern afresh in every evaluation and
# today's date is read in every one (2% of the evaluation of a 50-resource plan).
dated(value) if {
	is_string(value)
	count(value) == 10
	every i, shape in date_shape {
		date_character(substring(value, i, 1), shape)
	}
	month := to_number(substring(value, 5, 2))
	month >= 1
	month <= 12
	day := to_number(substring(value, 8, 2))
	day >= 1
	day <= 31
}

date_shape := ["0", "0", "0", "0", "-", "0", "0", "-", "0", "0"]

date_character("-", "-")

date_character(c, "0") if decimal_digits[c]

decimal_digits := {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

# A date the calendar has (wasm has no time.*, so the days of each month are counted here).
valid_date(value) if {
	dated(value)
	[year, month, day] := [to_number(part) | some part in split(value, "-")]
	day <= days_in_month(year, month)
}

days_in_month(year, 2) := 29 if leap(year)

days_in_month(year, 2) := 28 if not leap(year)

days_in_month(_, month) := 30 if month in {4, 6, 9, 11}

days_in_month(_, month) := 31 if month in {1, 3, 5, 7, 8, 10, 12}

leap(year) if {
	year % 4 == 0
	year % 100 != 0
}

leap(year) if year % 400 == 0

# Days since 1970-01-01 of a valid date, in the proleptic Gregorian calendar: days before its
# year, then before its month, then its day.
day_number(date) := days if {
	[year, month, day] := [to_number(part) | some part in split(date, "-")]
	before := year - 1
	years := (((before * 365) + floor(before / 4)) - floor(before / 100)) + floor(before / 400)
	months := sum([days_in_month(year, m) | some m in numbers.range(1, 12); m < month])
	days := ((years + months) + day) - 719163
}

# The governance settings of govguard.yaml (lib.params validates them and supplies defaults).
settings := params.effective.waivers

require_owner if settings.require_owner == true

require_expiry if settings.require_expiry == true

allow_blanket if settings.allow_blanket == true

max_days := settings.max_days if params.whole(settings.max_days)

# What a reviewer should know about a waiver, as [index, code]: its pattern is blanket, it names no
# owner, it never expires.
concerns contains [i, "blanket"] if {
	some i, entry in entries
	is_object(entry)
	blanket(object.get(entry, "resource", null))
}

concerns contains [i, "no_owner"] if {
	some i, entry in entries
	is_object(entry)
	not has_text(entry, "owner")
}

concerns contains [i, "no_expiry"] if {
	some i, entry in entries
	is_object(entry)
	not has_expiry(entry)
}

has_expiry(entry) if "expires" in object.keys(entry)

concern_text := {
	"blanket": {"zh": "匹配该控制项的所有资源，包括以后新增的资源", "en": "it matches every resource of its control, including any added later"},
	"no_owner": {"zh": "没有人对它负责", "en": "nobody is named as answerable for it"},
	"no_expiry": {"zh": "永不失效，也不会再被复核", "en": "it never lapses and is never reviewed again"},
}

concern_label := {
	"blanket": {"zh": "通配范围过宽", "en": "blanket pattern"},
	"no_owner": {"zh": "未注明负责人", "en": "no owner"},
	"no_expiry": {"zh": "未设到期日", "en": "no expiry date"},
}

# Concerns govguard.yaml does not refuse, which reports show next to the waiver.
warnings contains {"index": i, "code": code, "message": message} if {
	some [i, code] in concerns
	not refused(code)
	message := {
		"zh": concat("", [concern_label[code].zh, "：", concern_text[code].zh]),
		"en": concat("", [concern_label[code].en, ": ", concern_text[code].en]),
	}
}

refused("blanket") if not allow_blanket

refused("no_owner") if require_owner

refused("no_expiry") if require_expiry

refused("no_expiry") if max_days > 0

# The probes: each form of the description with its placeholders written as a private-use
# character, U+E000, which no form contains.
blanket(pattern) if {
	is_string(pattern)
	not contains(pattern, "\ue000")
	some probe in [
		"alicloud_\ue000.\ue000",
		"module.\ue000.alicloud_\ue000.\ue000",
		"data.alicloud_\ue000.\ue000",
		"alicloud.\ue000",
		"module.\ue000:alicloud",
	]
	patterns.matches(pattern, probe)
}

invalid(entry) if not is_object(entry)

invalid(entry) if {
	some key in ["control", "resource", "reason"]
	not has_text(entry, key)
}

invalid(entry) if {
	"expires" in object.keys(entry)
	not valid_date(entry.expires)
}

# A waiver govguard.yaml refuses waives nothing (the run stops with the error anyway).
invalid(entry) if {
	some [i, code] in concerns
	entries[i] == entry
	refused(code)
}

invalid(entry) if {
	max_days > 0
	ahead := day_number(entry.expires) - day_number(today)
	ahead > max_days
}

# Valid waivers by control, so a finding is compared only with the waivers of its own control.
by_control := {entry.control: [{"index": i, "entry": candidate} |
	some i, candidate in entries
	not invalid(candidate)
	candidate.control == entry.control
] |
	some entry in entries
	not invalid(entry)
}

# The waiver that applies to a finding, as the finding carries it; undefined when none does.
# Several may match: the first in the file applies.
applied(finding) := waiver(first.index, first.entry) if {
	candidates := [candidate |
		some candidate in object.get(by_control, finding.control, [])
		patterns.matches(candidate.entry.resource, finding.resource)
	]
	count(candidates) > 0
	first := candidates[0]
}

waiver(index, entry) := {
	"index": index,
	"reason": entry.reason,
	"owner": object.get(entry, "owner", ""),
	"expires": object.get(entry, "expires", ""),
	"status": status(entry),
}

status(entry) := "active" if {
	not entry.expires
} else := "active" if {
	entry.expires >= today
} else := "expired"

# METADATA
# description: |
#   Waivers (waivers.yaml, supplied as data.govguard_waivers): a list of
#   {control, resource, reason, owner, expires}. `resource` is an address pattern (lib.patterns:
#   `*` matches anything). A finding a waiver matches is kept, marked with the waiver; an active
#   waiver keeps it from failing the gate, an expired one does not. Expiry is judged against
#   data.govguard_today (YYYY-MM-DD, which the host supplies: wasm has no clock); without it a
#   waiver with an expiry date cannot be shown to be in force and counts as expired.
package govguard.lib.waivers

import data.govguard.lib.patterns

default entries := []

entries := data.govguard_waivers if is_array(data.govguard_waivers)

known_keys := {"control", "resource", "reason", "owner", "expires"}

date_pattern := `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`

today := data.govguard_today if {
	is_string(data.govguard_today)
	regex.match(date_pattern, data.govguard_today)
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
	not valid_date(entry.expires)
}

waiver_error(path, message) := {"code": "invalid_waiver", "path": path, "message": {
	"zh": concat("", ["豁免项 ", path, " ", message.zh]),
	"en": concat("", ["waiver ", path, " ", message.en]),
}}

field_path(i, key) := concat("", ["waivers[", format_int(i, 10), "].", key])

has_text(entry, key) if non_empty_string(object.get(entry, key, null))

non_empty_string(value) if {
	is_string(value)
	trim_space(value) != ""
}

valid_date(value) if {
	is_string(value)
	regex.match(date_pattern, value)
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

package govguard.lib.waivers_test

import data.govguard.lib.waivers

# Two providers outside the mainland: A23.1 (and A24.1) findings on alicloud and alicloud.hk.
hongkong := {"provider": {"alicloud": [{"region": "cn-hongkong"}, {"alias": "hk", "region": "cn-hongkong"}]}}

a23(report) := {[f.resource, object.get(f, ["waiver", "status"], "none")] | some f in report.findings; f.control == "A23.1"}

test_an_active_waiver_marks_its_finding_and_keeps_it if {
	list := [{"control": "A23.1", "resource": "alicloud.hk", "reason": "Hong Kong liaison office, approved 2026-03", "owner": "ops@gov.cn", "expires": "2027-01-01"}]
	report := data.govguard.report with input as hongkong with data.govguard_waivers as list with data.govguard_today as "2026-11-21"
	a23(report) == {["alicloud", "none"], ["alicloud.hk", "active"]}
	report.summary.waived == 1
	report.waivers_used == [0]
	[f.waiver | some f in report.findings; f.resource == "alicloud.hk"; f.control == "A23.1"] == [{"index": 0, "reason": "Hong Kong liaison office, approved 2026-03", "owner": "ops@gov.cn", "expires": "2027-01-01", "status": "active"}]
}

test_an_expired_waiver_or_an_unknown_date_does_not_waive if {
	list := [{"control": "A23.1", "resource": "alicloud*", "reason": "r", "expires": "2026-11-20"}]
	expired := data.govguard.report with input as hongkong with data.govguard_waivers as list with data.govguard_today as "2026-11-21"
	a23(expired) == {["alicloud", "expired"], ["alicloud.hk", "expired"]}
	expired.summary.waived == 0
	undated := data.govguard.report with input as hongkong with data.govguard_waivers as list
	a23(undated) == {["alicloud", "expired"], ["alicloud.hk", "expired"]}
	forever := data.govguard.report with input as hongkong with data.govguard_waivers as [object.remove(list[0], ["expires"])]
	a23(forever) == {["alicloud", "active"], ["alicloud.hk", "active"]}
}

test_the_first_matching_waiver_applies_and_unmatched_ones_are_not_used if {
	list := [
		{"control": "A20.1", "resource": "*", "reason": "another control"},
		{"control": "A23.1", "resource": "alicloud.hk", "reason": "first"},
		{"control": "A23.1", "resource": "*", "reason": "second"},
		{"control": "A23.1", "resource": "module.x:*", "reason": "matches nothing"},
	]
	report := data.govguard.report with input as hongkong with data.govguard_waivers as list
	{[f.resource, f.waiver.reason] | some f in report.findings; f.control == "A23.1"} == {["alicloud.hk", "first"], ["alicloud", "second"]}
	report.waivers_used == [1, 2]
}

test_conftest_warns_instead_of_denying_a_waived_finding if {
	list := [{"control": "A23.1", "resource": "alicloud.hk", "reason": "approved"}]
	denied := {d.finding.resource | some d in data.govguard.deny; d.finding.control == "A23.1"} with input as hongkong with data.govguard_waivers as list
	denied == {"alicloud"}
	warned := {w.msg | some w in data.govguard.warn} with input as hongkong with data.govguard_waivers as list
	warned == {"A23.1 alicloud.hk waived: approved"}
}

test_malformed_waivers_are_errors_naming_the_entry if {
	list := [
		{"control": "A23.1", "resource": "alicloud", "reason": ""},
		{"control": "A99.1", "resource": "*", "reason": "r", "expires": "2027-13-01", "approver": "x"},
		"A23.1 alicloud",
		{"resource": "*", "reason": "r", "owner": 7},
	]
	found := {e.path | some e in waivers.errors} with data.govguard_waivers as list
	found == {"waivers[0].reason", "waivers[1].control", "waivers[1].expires", "waivers[1].approver", "waivers[2]", "waivers[3].control", "waivers[3].owner"}
	report := data.govguard.report with input as hongkong with data.govguard_waivers as list
	{f.control | some f in report.findings; f.waiver} == set()
	"invalid_waiver" in {e.code | some e in report.errors}
}

test_impossible_calendar_dates_are_errors_naming_the_entry if {
	dates := ["2099-02-31", "2026-13-01", "2026-02-29", "1900-02-29", "2026-04-31", "2026-00-10", "2026-01-00", "2028-02-29", "2000-02-29", "2026-04-30", "2026-12-31"]
	list := [{"control": "A23.1", "resource": "alicloud.hk", "reason": "r", "expires": d} | some d in dates]
	found := {e.path | some e in waivers.errors} with data.govguard_waivers as list
	found == {"waivers[0].expires", "waivers[1].expires", "waivers[2].expires", "waivers[3].expires", "waivers[4].expires", "waivers[5].expires", "waivers[6].expires"}
	messages := {e.message.en | some e in waivers.errors} with data.govguard_waivers as [list[0]]
	messages == {"waiver waivers[0].expires 2099-02-31 is not a date in the calendar"}
	report := data.govguard.report with input as hongkong with data.govguard_waivers as [list[0]]
	{f.control | some f in report.findings; f.waiver} == set()
}

test_day_numbers_count_days_across_months_leap_years_and_centuries if {
	waivers.day_number("1970-01-01") == 0
	waivers.day_number("1970-03-01") == 59
	waivers.day_number("2000-03-01") - waivers.day_number("2000-02-28") == 2
	waivers.day_number("2100-03-01") - waivers.day_number("2100-02-28") == 1
	waivers.day_number("2027-01-01") - waivers.day_number("2026-01-01") == 365
	waivers.day_number("2029-01-01") - waivers.day_number("2028-01-01") == 366
	waivers.day_number("2026-11-21") == 20778 # Date.UTC(2026, 10, 21) / 86400000
}

test_an_invalid_today_is_an_error_and_an_absent_one_is_not if {
	count(waivers.errors) == 0 with data.govguard_today as "2026-11-21"
	count(waivers.errors) == 0
	{[e.code, e.path] | some e in waivers.errors} == {["invalid_today", "govguard_today"]} with data.govguard_today as "2026-02-29"
	{[e.code, e.path] | some e in waivers.errors} == {["invalid_today", "govguard_today"]} with data.govguard_today as "21/11/2026"
	{[e.code, e.path] | some e in waivers.errors} == {["invalid_today", "govguard_today"]} with data.govguard_today as 20261121
}

# `*d.*` is blanket too: it matches every aliased provider (alicloud.ALIAS).
blanket_patterns := ["*", "**", "*.*", "alicloud_*", "alicloud*", "a*", "*_*", "*cloud_*.*", "alicloud_*.*", "module.*", "*.alicloud_*", "alicloud.*", "data.*", "module.*:alicloud", "*:*", "*d.*"]

narrow_patterns := ["alicloud_oss_bucket.*", "*.main", "module.legacy.*", "module.*.alicloud_oss_bucket.this", "alicloud.hk", "alicloud", "(stack)", "*[*]", "*b*", "module.x:*", "alicloud_*_instance.*", "\ue000*"]

test_blanket_patterns_are_those_that_match_every_address_of_a_form if {
	every p in blanket_patterns {
		waivers.blanket(p)
	}
	every p in narrow_patterns {
		not waivers.blanket(p)
	}
}

governed := [
	{"control": "A23.1", "resource": "*", "reason": "r", "owner": "ops@gov.cn", "expires": "2027-01-01"},
	{"control": "A23.1", "resource": "alicloud.hk", "reason": "r"},
	{"control": "A23.1", "resource": "alicloud.hk", "reason": "r", "owner": " ", "expires": "2026-12-21"},
	{"control": "A23.1", "resource": "alicloud.hk", "reason": "r", "owner": "ops@gov.cn", "expires": "2026-12-22"},
]

test_blanket_patterns_and_missing_owners_or_expiries_are_warnings_by_default if {
	found := {[w.index, w.code] | some w in waivers.warnings} with data.govguard_waivers as governed with data.govguard_today as "2026-11-21"
	found == {[0, "blanket"], [1, "no_owner"], [1, "no_expiry"], [2, "no_owner"]}
	count(waivers.errors) == 0 with data.govguard_waivers as governed with data.govguard_today as "2026-11-21"
	{w.message.en | some w in waivers.warnings; w.index == 0} == {"blanket pattern: it matches every resource of its control, including any added later"} with data.govguard_waivers as governed
}

test_govguard_yaml_refuses_blanket_patterns if {
	refused := {[e.path, e.message.en] | some e in waivers.errors} with data.govguard_waivers as governed with data.govguard_config as {"waivers": {"allow_blanket": false}} with data.govguard_today as "2026-11-21"
	refused == {["waivers[0].resource", "waiver waivers[0].resource is a blanket pattern (it matches every resource of its control, including any added later), which waivers.allow_blanket: false in govguard.yaml refuses"]}
	warned := {[w.index, w.code] | some w in waivers.warnings} with data.govguard_waivers as governed with data.govguard_config as {"waivers": {"allow_blanket": false}}
	not [0, "blanket"] in warned
}

test_govguard_yaml_requires_owners if {
	refused := {[e.path, e.message.en] | some e in waivers.errors} with data.govguard_waivers as governed with data.govguard_config as {"waivers": {"require_owner": true}} with data.govguard_today as "2026-11-21"
	refused == {
		["waivers[1].owner", "waiver waivers[1].owner is required by waivers.require_owner: true in govguard.yaml"],
		["waivers[2].owner", "waiver waivers[2].owner is required by waivers.require_owner: true in govguard.yaml"],
	}
}

test_govguard_yaml_requires_expiries if {
	refused := {[e.path, e.message.en] | some e in waivers.errors} with data.govguard_waivers as governed with data.govguard_config as {"waivers": {"require_expiry": true}} with data.govguard_today as "2026-11-21"
	refused == {["waivers[1].expires", "waiver waivers[1].expires is required by waivers.require_expiry: true in govguard.yaml"]}
}

test_govguard_yaml_limits_how_far_ahead_a_waiver_expires if {
	refused := {[e.path, e.message.en] | some e in waivers.errors} with data.govguard_waivers as governed with data.govguard_config as {"waivers": {"max_days": 30}} with data.govguard_today as "2026-11-21"
	refused == {
		["waivers[0].expires", "waiver waivers[0].expires 2027-01-01 is 41 days after today (2026-11-21), more than waivers.max_days: 30 in govguard.yaml allows"],
		["waivers[1].expires", "waiver waivers[1].expires is required by waivers.max_days: 30 in govguard.yaml"],
		["waivers[3].expires", "waiver waivers[3].expires 2026-12-22 is 31 days after today (2026-11-21), more than waivers.max_days: 30 in govguard.yaml allows"],
	}
	unlimited := {e.path | some e in waivers.errors} with data.govguard_waivers as governed with data.govguard_config as {"waivers": {"max_days": 0}} with data.govguard_today as "2026-11-21"
	unlimited == set()
}

test_a_refused_waiver_waives_nothing_and_conftest_denies if {
	config := {"waivers": {"require_owner": true}}
	list := [{"control": "A23.1", "resource": "alicloud.hk", "reason": "approved"}]
	report := data.govguard.report with input as hongkong with data.govguard_waivers as list with data.govguard_config as config
	{f.control | some f in report.findings; f.waiver} == set()
	"invalid_waiver" in {e.code | some e in report.errors}
	denied := {d.msg | some d in data.govguard.deny} with input as hongkong with data.govguard_waivers as list with data.govguard_config as config
	"input invalid_waiver waiver waivers[0].owner is required by waivers.require_owner: true in govguard.yaml" in denied
	far := [object.union(list[0], {"owner": "ops@gov.cn", "expires": "2027-01-01"})]
	limited := data.govguard.report with input as hongkong with data.govguard_waivers as far with data.govguard_config as {"waivers": {"max_days": 30}} with data.govguard_today as "2026-11-21"
	{f.control | some f in limited.findings; f.waiver} == set()
	"invalid_waiver" in {e.code | some e in limited.errors}
}

test_a_refused_concern_is_an_error_and_no_longer_a_warning if {
	every config in [{"waivers": {"require_expiry": true}}, {"waivers": {"max_days": 400}}] {
		codes := {[w.index, w.code] | some w in waivers.warnings} with data.govguard_waivers as governed with data.govguard_config as config
		codes == {[0, "blanket"], [1, "no_owner"], [2, "no_owner"]}
	}
}

# An owner or reason made only of invisible characters (zero-width, BOM, bidi marks, soft hyphen)
# names nobody and says nothing.
invisible := "\u200b\ufeff\u200e\u2060\u00ad \u202e"

test_invisible_owner_is_no_owner if {
	list := [{"control": "A23.1", "resource": "alicloud.hk", "reason": "r", "owner": invisible, "expires": "2027-01-01"}]
	found := {[w.index, w.code] | some w in waivers.warnings} with data.govguard_waivers as list with data.govguard_today as "2026-11-21"
	found == {[0, "no_owner"]}
}

test_invisible_reason_is_refused if {
	list := [{"control": "A23.1", "resource": "alicloud.hk", "reason": invisible, "owner": "ops@gov.cn", "expires": "2027-01-01"}]
	{e.path | some e in waivers.errors} == {"waivers[0].reason"} with data.govguard_waivers as list with data.govguard_today as "2026-11-21"
}

# dated reads what date_pattern matches, without compiling it in every evaluation;
# test/rego-fast-paths.test.ts compares the two on generated texts.
test_dated_is_what_the_date_pattern_matches if {
	texts := [
		"2026-11-21", "2026-02-30", "0000-01-01", "9999-12-31", "2026-00-10", "2026-13-01", "2026-12-00",
		"2026-12-32", "2026-1-01", "2026-01-1", "26-01-01", "2026-01-011", "2026/01/01", "2026-01-01\n",
		" 2026-01-01", "2026-0a-01", "１２３４-01-01", "2026--1-01", "2026-+1-01", "1e10-01-01", "",
	]
	dated := [text | some text in texts; waivers.dated(text)]
	dated == [text | some text in texts; regex.match(waivers.date_pattern, text)]
	dated == ["2026-11-21", "2026-02-30", "0000-01-01", "9999-12-31"]
	not waivers.dated(20261121)
	not waivers.dated(null)
}

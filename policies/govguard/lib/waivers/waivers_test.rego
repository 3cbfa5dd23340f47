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

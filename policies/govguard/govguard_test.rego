package govguard_test

import data.govguard

hongkong := {"provider": {"alicloud": [{"region": "cn-hongkong"}]}}

test_catalogue_lists_each_control_by_id if {
	govguard.catalogue["A23.1"].severity == "critical"
	govguard.catalogue["A23.1"].article == 23
}

test_conftest_deny_carries_the_finding if {
	some denial in govguard.deny with input as hongkong
	denial.msg == "A23.1 alicloud region is cn-hongkong, which is not an allowed mainland region"
	denial.finding.control == "A23.1"
}

test_conftest_deny_reports_unreadable_input if {
	some denial in govguard.deny with input as {"name": "package.json"}
	startswith(denial.msg, "input unrecognised_input")
}

test_report_counts_findings_by_severity if {
	report := govguard.report with input as hongkong with data.govguard_config as {"cloud": {"assessment_reference": "CAC-2023-001"}}

	# A23.1 (critical) and A24.1 (high): cn-hongkong is neither mainland nor on the assessed platform.
	report.summary == {"findings": 2, "by_severity": {"critical": 1, "high": 1, "medium": 0, "low": 0}, "waived": 0, "providers": 1}
	report.kind == "config"
}

test_report_lists_each_finding_once if {
	doc := {"provider": {"alicloud": [{"region": "cn-hongkong"}, {"alias": "b", "region": "us-west-1"}, {"alias": "a", "region": "eu-west-1"}]}}
	report := govguard.report with input as doc
	a23 := [f.resource | some f in report.findings; f.control == "A23.1"]
	count(a23) == 3
	{r | some r in a23} == {"alicloud", "alicloud.a", "alicloud.b"}
}

# Reports, docs/controls.md and `govguard explain` rely on every control carrying all of this.
test_every_control_has_complete_bilingual_metadata if {
	every id, metadata in govguard.catalogue {
		regex.match(`^A[0-9]+\.[0-9]+$`, id)
		startswith(id, sprintf("A%d.", [metadata.article]))
		metadata.article in metadata.articles
		metadata.severity in object.keys(govguard.severity_rank)
		every key in ["title", "requirement", "remediation"] {
			bilingual(metadata[key])
		}
		count(metadata.decisions) > 0
		every decision in metadata.decisions {
			bilingual(decision)
		}
		count(metadata.resources) > 0
	}
}

bilingual(text) if {
	text.zh != ""
	text.en != ""
	regex.match(`\p{Han}`, text.zh)
}

package govguard.controls.a18_1_test

import data.govguard.testkit_test as testkit

bucket := {"alicloud_oss_bucket": {"b": {"bucket": "gov-site", "acl": "private"}}}

unread_module := {
	"address": "module.site",
	"attribute": "source",
	"reason": {
		"zh": "模块来源 registry.example/site 未读取（未运行 terraform init），其资源无法核实",
		"en": "the module source registry.example/site was not read (terraform init has not run), so its resources cannot be verified",
	},
}

unknown_count := {
	"address": "alicloud_oss_bucket.b",
	"attribute": "for_each",
	"reason": {
		"zh": "for_each 取自 data.alicloud_zones.z.ids，无法在应用前展开",
		"en": "for_each is set from data.alicloud_zones.z.ids, which cannot be expanded before apply",
	},
}

unsupported_function := {
	"address": "alicloud_oss_bucket.b",
	"attribute": "acl",
	"reason": {
		"zh": "acl 使用了不支持的函数 templatefile，无法核实",
		"en": "acl uses the unsupported function templatefile, so it cannot be verified",
	},
}

# A plan govguard evaluated from configuration, with what it could not establish.
evaluated(spec, unverifiable) := object.union(testkit.plan(spec), {
	"terraform_version": "govguard",
	"govguard_input": {"flavour": "terraform", "unverifiable": unverifiable},
})

test_everything_verifiable_passes_in_every_shape if {
	every doc in object.union(testkit.shapes(bucket), {"evaluated": evaluated(bucket, [])}) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A18.1") == set()
	}
}

test_each_unverifiable_address_is_one_high_finding if {
	report := data.govguard.report with input as evaluated(bucket, [unread_module, unknown_count, unsupported_function])
	testkit.details(report, "A18.1") == {
		["module.site", "source", unread_module.reason.en],
		[
			"alicloud_oss_bucket.b", "acl, for_each",
			concat("; ", [unsupported_function.reason.en, unknown_count.reason.en]),
		],
	}
	{f.severity | some f in report.findings; f.control == "A18.1"} == {"high"}
	{f.message.zh | some f in report.findings; f.resource == "module.site"} == {unread_module.reason.zh}
}

test_a_unverifiable_module_alone_fails_the_gate if {
	report := data.govguard.report with input as evaluated({}, [unread_module])
	testkit.found(report, "A18.1") == {"module.site"}
	some finding in report.findings
	finding.control == "A18.1"
	finding.article == 18
}

test_the_same_entry_twice_is_one_problem if {
	report := data.govguard.report with input as evaluated(bucket, [unknown_count, unknown_count])
	testkit.details(report, "A18.1") == {["alicloud_oss_bucket.b", "for_each", unknown_count.reason.en]}
}

test_a_malformed_entry_still_fails_closed if {
	entries := [{"address": "alicloud_oss_bucket.b"}, "junk", {"reason": "x"}]
	report := data.govguard.report with input as evaluated(bucket, entries)
	testkit.details(report, "A18.1") == {
		["alicloud_oss_bucket.b", "", "this cannot be verified before apply"],
		["(stack)", "", "this cannot be verified before apply"],
	}
}

test_a_malformed_section_is_not_a_list_of_findings if {
	doc := object.union(testkit.plan(bucket), {"govguard_input": {"unverifiable": {"address": "x"}}})
	report := data.govguard.report with input as doc
	testkit.found(report, "A18.1") == {"(stack)"}
}

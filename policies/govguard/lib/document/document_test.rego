package govguard.lib.document_test

import data.govguard.lib.document

test_plan_is_recognised if {
	document.kind == "plan" with input as {"format_version": "1.2", "terraform_version": "1.5.7", "planned_values": {}}
	document.flavour == "plan" with input as {"resource_changes": []}
}

test_cdktf_output_is_configuration if {
	doc := {"//": {"metadata": {"stackName": "s"}}, "provider": {"alicloud": [{}]}}
	document.kind == "config" with input as doc
	document.flavour == "cdktf" with input as doc
}

test_hcl_is_configuration if {
	doc := {"resource": {"alicloud_oss_bucket": {"b": [{}]}}}
	document.kind == "config" with input as doc
	document.flavour == "terraform" with input as doc
}

test_anything_else_is_unknown_and_an_error if {
	document.kind == "unknown" with input as {"name": "package.json"}
	document.kind == "unknown" with input as [1, 2]
	some e in document.errors with input as {"name": "package.json"}
	e.code == "unrecognised_input"
}

test_plan_without_configuration_is_an_error if {
	some e in document.errors with input as {"format_version": "1.2", "resource_changes": []}
	e.code == "plan_without_configuration"
}

test_complete_plan_has_no_errors if {
	count(document.errors) == 0 with input as {"format_version": "1.2", "configuration": {"provider_config": {}}}
}

# A plan govguard evaluated from configuration says which configuration it came from.
synthetic_plan(flavour) := {
	"format_version": "1.2",
	"terraform_version": "govguard",
	"configuration": {"provider_config": {}},
	"govguard_input": {"flavour": flavour, "unverifiable": []},
}

test_an_evaluated_plan_keeps_the_flavour_of_its_configuration if {
	document.kind == "plan" with input as synthetic_plan("terraform")
	document.flavour == "terraform" with input as synthetic_plan("terraform")
	document.flavour == "cdktf" with input as synthetic_plan("cdktf")
}

test_an_unexpected_flavour_reads_as_a_plan if {
	document.flavour == "plan" with input as synthetic_plan("anything")
	document.flavour == "plan" with input as object.union(synthetic_plan("x"), {"govguard_input": "terraform"})
	document.flavour == "unknown" with input as {"name": "package.json", "govguard_input": {"flavour": "terraform"}}
}

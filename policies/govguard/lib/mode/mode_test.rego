package govguard.lib.mode_test

import data.govguard.lib.mode
import data.govguard.lib.params
import data.govguard.testkit_test as testkit

module_config := {"input": {"kind": "module"}}

# hcl2json output of a reusable module: resources, no provider block, no trail, no alarm.
reusable := {"resource": {
	"alicloud_vpc": {"v": [{"vpc_name": "v", "cidr_block": "10.0.0.0/16"}]},
	"alicloud_security_group_rule": {"ssh": [{"type": "ingress", "ip_protocol": "tcp", "port_range": "22/22", "cidr_ip": "0.0.0.0/0", "security_group_id": "sg-1"}]},
}}

# The same module as govguard evaluates .tf files: a plan whose provider Terraform implies (no
# expressions, since no block was written).
evaluated := {
	"format_version": "1.2",
	"terraform_version": "govguard",
	"resource_changes": [{
		"address": "alicloud_vpc.v", "mode": "managed", "type": "alicloud_vpc", "name": "v",
		"provider_name": "registry.terraform.io/hashicorp/alicloud",
		"change": {"actions": ["create"], "after": {"vpc_name": "v", "cidr_block": "10.0.0.0/16"}, "after_unknown": {}},
	}],
	"configuration": {
		"provider_config": {"alicloud": {"name": "alicloud", "full_name": "registry.terraform.io/hashicorp/alicloud"}},
		"root_module": {"resources": [{"address": "alicloud_vpc.v", "mode": "managed", "type": "alicloud_vpc", "name": "v", "provider_config_key": "alicloud", "expressions": {}}]},
	},
	"govguard_input": {"flavour": "terraform", "unverifiable": []},
}

with_block(doc) := object.union(doc, {"configuration": {"provider_config": {"alicloud": {"expressions": {}}}}})

stack_wide := {"A20.2": {"(stack)"}, "A23.1": {"alicloud"}, "A24.1": {"(stack)", "alicloud"}, "A36.1": {"(stack)"}}

codes(report) := {n.code | some n in report.notes}

suggests(report) if "no_provider_block" in codes(report)

test_root_mode_reports_the_stack_wide_findings_and_suggests_module_mode if {
	every doc in [reusable, evaluated] {
		report := data.govguard.report with input as doc
		every control, resources in stack_wide {
			testkit.found(report, control) == resources
		}
		codes(report) == {"no_provider_block"}
	}
	[note] := data.govguard.report.notes with input as evaluated
	contains(note.message.en, "--module")
	contains(note.message.zh, "--module")
}

test_module_mode_sets_them_aside_in_one_note if {
	every doc in [reusable, evaluated] {
		report := data.govguard.report with input as doc with data.govguard_config as module_config
		every control, _ in stack_wide {
			testkit.found(report, control) == set()
		}
		codes(report) == {"module_mode"}
		[note] := report.notes
		every id in ["A19.4", "A20.2", "A23.1", "A24.1", "A30.1", "A36.1"] {
			contains(note.message.en, id)
			contains(note.message.zh, id)
		}
	}
}

test_module_mode_keeps_resource_findings if {
	root := data.govguard.report with input as reusable
	module := data.govguard.report with input as reusable with data.govguard_config as module_config
	kept := {[f.control, f.resource] | some f in module.findings}
	kept == {[f.control, f.resource] | some f in root.findings; not stack_wide[f.control][f.resource]}
	count(kept) > 0
}

test_module_mode_keeps_what_the_module_writes_itself if {
	alarm := {"resource": {"alicloud_cms_alarm": {"cpu": [{"name": "cpu", "project": "acs_ecs_dashboard", "metric": "CPUUtilization"}]}}}
	report := data.govguard.report with input as alarm with data.govguard_config as module_config
	testkit.found(report, "A36.1") == {"alicloud_cms_alarm.cpu"}

	own := object.union(reusable, {"provider": {"alicloud": [{"region": "cn-hongkong"}]}})
	owned := data.govguard.report with input as own with data.govguard_config as module_config
	testkit.found(owned, "A23.1") == {"alicloud"}
	testkit.found(owned, "A24.1") == {"alicloud"}

	# A block of its own without a region: the environment, not a caller, gives the region.
	empty_block := data.govguard.report with input as with_block(evaluated) with data.govguard_config as module_config
	testkit.found(empty_block, "A23.1") == {"alicloud"}

	# A child module's implied configuration is none a caller can pass.
	child := object.union(evaluated, {"configuration": {"provider_config": {"module.x:alicloud": {"name": "alicloud", "full_name": "registry.terraform.io/aliyun/alicloud", "module_address": "module.x"}}}})
	nested := data.govguard.report with input as child with data.govguard_config as module_config
	testkit.found(nested, "A23.1") == {"module.x:alicloud"}
}

test_a_provider_block_means_no_suggestion if {
	every doc in [object.union(reusable, {"provider": {"alicloud": [{"region": "cn-hangzhou"}]}}), with_block(evaluated)] {
		report := data.govguard.report with input as doc
		not suggests(report)
	}
}

test_plans_and_cdktf_stacks_are_roots if {
	plan := testkit.plan({"alicloud_vpc": {"v": {"vpc_name": "v"}}})
	report := data.govguard.report with input as plan with data.govguard_config as module_config
	[error] := report.errors
	error.code == "module_mode_on_root"
	contains(error.message.en, "root module")

	cdktf := testkit.tfjson({"alicloud_vpc": {"v": {"vpc_name": "v"}}})
	refused := data.govguard.report with input as cdktf with data.govguard_config as module_config
	{e.code | some e in refused.errors} == {"module_mode_on_root"}

	evaluated_cdktf := object.union(evaluated, {"govguard_input": {"flavour": "cdktf"}})
	refused_too := data.govguard.report with input as evaluated_cdktf with data.govguard_config as module_config
	{e.code | some e in refused_too.errors} == {"module_mode_on_root"}

	accepted := data.govguard.report with input as evaluated with data.govguard_config as module_config
	accepted.errors == []
	in_root_mode := data.govguard.report with input as plan
	in_root_mode.errors == []
	not suggests(in_root_mode)
}

test_the_mode_is_a_validated_setting if {
	mode.kind == "root"
	mode.kind == "module" with data.govguard_config as module_config
	mode.kind == "root" with data.govguard_config as {"input": {"kind": "root"}}
	{e.path | some e in params.errors} == {"input.kind"} with data.govguard_config as {"input": {"kind": "library"}}
	{e.path | some e in params.errors} == {"input.mode"} with data.govguard_config as {"input": {"mode": "module"}}
	{e.path | some e in params.errors} == {"input"} with data.govguard_config as {"input": "module"}
	not mode.module with data.govguard_config as {"input": {"kind": "library"}}
}

test_stack_scope_marks_the_stack_wide_controls if {
	scoped := {id | some id, metadata in data.govguard.catalogue; metadata.scope == "stack"}
	scoped == {"A19.4", "A20.2", "A23.1", "A24.1", "A30.1", "A36.1"}
	every _, metadata in data.govguard.catalogue {
		object.get(metadata, "scope", "stack") == "stack"
	}

	# A control given the scope without an entry in mode.needs is named by its title.
	title := {"zh": "标题", "en": "title"}
	mode.need({"id": "A99.1", "title": title}) == title
}

test_module_mode_is_refused_for_a_configuration_with_root_markers if {
	markers := [{"file": "backend.tf", "line": 1, "marker": "backend \"oss\""}, {"file": "prod.auto.tfvars", "marker": "tfvars"}]
	marked := object.union(evaluated, {"govguard_input": {"root_markers": markers}})
	in_root_mode := data.govguard.report with input as marked
	in_root_mode.errors == []
	report := data.govguard.report with input as marked with data.govguard_config as module_config
	{e.code | some e in report.errors} == {"module_mode_on_root"}
	messages := {e.message.en | some e in report.errors}
	count(messages) == 2
	count({m | some m in messages; contains(m, "backend.tf (line 1): the terraform block's backend \"oss\" block")}) == 1
	count({m | some m in messages; startswith(m, "prod.auto.tfvars is a variables file")}) == 1
}

test_module_mode_is_refused_for_hcl2json_output_with_a_state_block if {
	cloud := object.union(reusable, {"terraform": [{"cloud": [{"organization": "gov"}]}]})
	cloud_report := data.govguard.report with input as cloud with data.govguard_config as module_config
	[refused] := cloud_report.errors
	contains(refused.message.en, "cloud block")
	backend_doc := object.union(reusable, {"terraform": [{"backend": {"oss": [{}]}}]})
	backend_report := data.govguard.report with input as backend_doc with data.govguard_config as module_config
	[refused_too] := backend_report.errors
	contains(refused_too.message.zh, "backend \"oss\"")
	versioned := object.union(reusable, {"terraform": [{"required_version": ">= 1.5"}]})
	accepted := data.govguard.report with input as versioned with data.govguard_config as module_config
	accepted.errors == []
}

package govguard.lib.fields_test

import data.govguard.lib.fields
import data.govguard.lib.resources
import data.govguard.testkit_test as testkit

spec := {"alicloud_oss_bucket": {"b": {
	"bucket": "gov",
	"versioning": [{"status": "Enabled"}],
	"lifecycle_rule": [{"enabled": true, "expiration": [{"days": 400}]}, {"enabled": "${var.on}"}],
	"tags": {"data-classification": "important"},
}}}

test_blocks_are_lists_in_every_shape if {
	every doc in testkit.shapes(spec) {
		bucket := resources.of_type("alicloud_oss_bucket")[0] with input as doc
		[fields.known(v, "status") | some v in fields.blocks(bucket, "versioning")] == ["Enabled"]
		rules := fields.blocks(bucket, "lifecycle_rule")
		count(rules) == 2
		[fields.known(e, "days") | some e in fields.blocks(rules[0], "expiration")] == [400]
		fields.get(rules[1], "enabled").status == "unresolved"
		fields.block_status(bucket, "versioning") == "present"
		fields.block_status(bucket, "logging") == "missing"
		fields.blocks(bucket, "logging") == []
	}
}

test_block_status_unresolved_forms if {
	plan_bucket := {"kind": "plan", "module_path": "", "values": {}, "unknown": {"logging": true}, "sensitive": {}}
	fields.block_status(plan_bucket, "logging") == "unresolved"
	token := {"kind": "config", "module_path": "", "values": {"logging": "${local.logging}"}, "unknown": {}, "sensitive": {}}
	fields.block_status(token, "logging") == "unresolved"
	dynamic := {"kind": "config", "module_path": "", "values": {"dynamic": [{"logging": [{"content": [{}]}]}]}, "unknown": {}, "sensitive": {}}
	fields.block_status(dynamic, "logging") == "unresolved"
}

test_value_or_uses_the_fallback_only_when_unset if {
	entity := {"kind": "config", "module_path": "", "values": {"a": "x", "c": "${aws_x.y.z}"}, "unknown": {}, "sensitive": {}}
	fields.value_or(entity, "a", "d") == "x"
	fields.value_or(entity, "b", "d") == "d"
	not fields.value_or(entity, "c", "d")
}

test_sensitive_values_are_never_displayed if {
	entity := {"kind": "plan", "module_path": "", "values": {"password": "hunter2"}, "unknown": {}, "sensitive": {"password": true}}
	source := fields.get(entity, "password")
	source.sensitive
	fields.describe("password", source).en == "password is (sensitive)"
}

test_describe_each_status if {
	fields.describe("x", {"status": "known", "value": 30}).en == "x is 30"
	fields.describe("x", {"status": "known", "value": ["a"]}).en == `x is ["a"]`
	fields.describe("x", {"status": "missing"}).en == "x is not set"
	fields.describe("x", {"status": "missing"}).zh == "x 未设置"
	fields.describe("x", {"status": "unresolved", "expression": "var.y"}).en == "x is set from var.y, which cannot be verified before apply"
}

test_numbers_booleans_and_integers if {
	fields.number({"status": "known", "value": "365"}) == 365
	not fields.number({"status": "known", "value": "a year"})
	every text in ["9e1", "+90", ".9e2", "90.", "9.0E+1", "900e-1", "0090", "+0.9e+02", "90e000", "9.0e0001", "900e-001", "0.9e+0002"] {
		fields.number({"status": "known", "value": text}) == 90
	}
	fields.number({"status": "known", "value": "-9e1"}) == -90
	every text, value in {"1p6": 64, "1.5P+6": 96, "+2880p-5": 90, "-.5p1": -1, "3p0": 3, "1p-2": 0.25, "1p006": 64, "1p-0002": 0.25, "3p000": 3} {
		fields.number({"status": "known", "value": text}) == value
	}
	every text in ["", ".", "+", "e1", "9e", "9e+", "1e400", "0x10", "inf", "1_0", " 90", "9 0", "--9", "9e1x", "p6", "1p", "1p100", "1e2p3", "0x1p4", "9e", "9e00400", "1p00100", "9e+-1"] {
		not fields.number({"status": "known", "value": text})
	}
	fields.boolean({"status": "known", "value": "true"}) == true
	fields.boolean({"status": "known", "value": false}) == false
	not fields.boolean({"status": "unresolved", "expression": "x"})
	fields.int_text(365) == "365"
	fields.int_text(1.5) == "1.5"
}

# A number attribute given a value Terraform cannot convert to a number cannot be verified; the
# value is quoted (JSON escapes) and cut at 60 characters.
test_a_value_that_is_not_a_number_cannot_be_verified if {
	every value, shown in {"abc": `"abc"`, " 30": `" 30"`, "": `""`, true: "true", "a\u001b[2J": `"a\u001b[2J"`} {
		source := fields.numeric({"status": "known", "value": value})
		source.status == "unresolved"
		fields.describe("days", source).en == concat("", ["days is ", shown, ", which is not a number (Terraform refuses it), so it cannot be verified"])
		startswith(fields.describe("days", source).zh, concat("", ["days 为 ", shown, "，不是数字"]))
	}
	fields.numeric({"status": "known", "value": [90]}).expression == "[90]"
	fields.numeric({"status": "known", "value": "x", "sensitive": true}).expression == "(sensitive)"
	long := fields.numeric({"status": "known", "value": concat("", ["y" | some _ in numbers.range(1, 100)])})
	long.expression == concat("", [`"`, concat("", ["y" | some _ in numbers.range(1, 59)]), "…"])
	every source in [
		{"status": "known", "value": 30},
		{"status": "known", "value": "9e1"},
		{"status": "missing"},
		{"status": "unresolved", "expression": "var.d"},
	] {
		fields.numeric(source) == source
	}
}

config_with(values) := {
	"locals": [{"expires": "2027-06-30T23:59:59+08:00", "stage": "${var.stage}"}],
	"variable": {"stage": [{"default": "prod"}], "open": [{"type": "string"}]},
	"resource": {"alicloud_ram_policy": {"p": [values]}},
}

test_jsonencode_is_encoded_once_its_variables_and_locals_are_known if {
	body := {"Statement": [{"Effect": "Allow", "Condition": {"DateLessThan": {"acs:CurrentTime": "${local.expires}"}}, "Resource": ["${var.stage}"]}]}
	doc := config_with({"policy_document": {"govguard_jsonencode": body}})
	policy := resources.of_type("alicloud_ram_policy")[0] with input as doc
	source := fields.get(policy, "policy_document") with input as doc
	source.status == "known"
	json.unmarshal(source.value) == {"Statement": [{"Effect": "Allow", "Condition": {"DateLessThan": {"acs:CurrentTime": "2027-06-30T23:59:59+08:00"}}, "Resource": ["prod"]}]}
}

test_jsonencode_with_an_unknown_value_fails_closed if {
	doc := config_with({"policy_document": {"govguard_jsonencode": {"Resource": ["${var.open}", "${alicloud_oss_bucket.b.arn}"]}}})
	policy := resources.of_type("alicloud_ram_policy")[0] with input as doc
	source := fields.get(policy, "policy_document") with input as doc
	source == {"status": "unresolved", "expression": "jsonencode(...) using alicloud_oss_bucket.b.arn, var.open"}
}

test_locals_resolve_one_level if {
	doc := config_with({"policy_name": "${local.stage}", "description": "${local.missing}"})
	policy := resources.of_type("alicloud_ram_policy")[0] with input as doc
	fields.get(policy, "policy_name") == {"status": "known", "value": "prod", "sensitive": false} with input as doc
	fields.get(policy, "description").status == "unresolved" with input as doc
}

test_strings_interpolating_variables_and_locals_are_known_when_they_are if {
	doc := config_with({"policy_name": "gov-${var.stage}-${local.stage}", "description": "gov-${var.open}", "name": "${var.stage}"})
	policy := resources.of_type("alicloud_ram_policy")[0] with input as doc
	fields.get(policy, "policy_name") == {"status": "known", "value": "gov-prod-prod"} with input as doc
	fields.get(policy, "description") == {"status": "unresolved", "expression": "gov-${var.open}"} with input as doc
	fields.known(policy, "name") == "prod" with input as doc
}

test_a_local_defined_twice_stays_unresolved if {
	doc := {
		"locals": [{"name": "a"}, {"name": "b"}],
		"resource": {"alicloud_oss_bucket": {"b": [{"bucket": "${local.name}"}]}},
	}
	bucket := resources.of_type("alicloud_oss_bucket")[0] with input as doc
	fields.get(bucket, "bucket").status == "unresolved" with input as doc
}

# A plan govguard evaluated from configuration says what an unknown value is set from.
evaluated_plan := {
	"format_version": "1.2",
	"terraform_version": "govguard",
	"configuration": {"provider_config": {}},
	"govguard_input": {"flavour": "terraform", "unverifiable": []},
	"resource_changes": [{
		"address": "alicloud_oss_bucket.b",
		"mode": "managed",
		"type": "alicloud_oss_bucket",
		"name": "b",
		"change": {
			"actions": ["create"],
			"before": null,
			"after": {"versioning": [{}], "acl": "private"},
			"after_unknown": {"bucket": true, "storage_class": true, "versioning": [{"status": true}]},
			"after_sensitive": {},
			"govguard_unknown": {"bucket": "data.alicloud_account.this.id", "acl": "var.acl", "versioning": [{"status": "local.mode"}]},
		},
	}],
}

test_an_evaluated_plan_says_what_an_unknown_value_is_set_from if {
	bucket := resources.of_type("alicloud_oss_bucket")[0] with input as evaluated_plan
	fields.describe("bucket", fields.get(bucket, "bucket")).en == "bucket is set from data.alicloud_account.this.id, which cannot be verified before apply"
	versioning := fields.blocks(bucket, "versioning")[0]
	fields.get(versioning, "status") == {"status": "unresolved", "expression": "local.mode"}

	# Unknown without a text, and a text on a known value, read as terraform's plan says.
	fields.get(bucket, "storage_class") == fields.unknown_after_apply
	fields.known(bucket, "acl") == "private"
}

# A block written as one object (as Terraform JSON writes it) keeps its unknown values in a plan
# too: an unknown key is unresolved, never "missing".
test_an_unknown_value_in_a_block_written_as_an_object if {
	bucket := {
		"kind": "plan", "module_path": "",
		"values": {"server_side_encryption_rule": {"sse_algorithm": "KMS"}},
		"unknown": {"server_side_encryption_rule": {"kms_master_key_id": true}},
		"sensitive": {"server_side_encryption_rule": {"sse_algorithm": true}},
	}
	[rule] := fields.blocks(bucket, "server_side_encryption_rule")
	fields.get(rule, "kms_master_key_id") == fields.unknown_after_apply
	fields.get(rule, "sse_algorithm").sensitive == true
}

test_empty_values_are_described_as_empty if {
	fields.describe("x", {"status": "known", "value": ""}).en == "x is empty"
	fields.describe("x", {"status": "known", "value": ""}).zh == "x 为空"
	fields.describe("x", {"status": "known", "value": []}).en == "x is empty"
}

test_caveat_lists_only_unresolved_values if {
	texts := fields.unresolved_texts({"a": {"status": "unresolved", "expression": "var.a"}, "b": {"status": "known", "value": 1}})
	fields.caveat(texts).en == "a is set from var.a, which cannot be verified before apply; "
	fields.caveat([]).en == ""
}

# A caveat names each value once, at most ten, and counts the rest: 20,000 dynamic lifecycle rules
# set from one expression made a message of 2.9 MB, one description per rule.
test_caveat_is_bounded if {
	same := [fields.describe("days", {"status": "unresolved", "expression": "var.d"}) | some _ in numbers.range(1, 500)]
	fields.caveat(same).en == "days is set from var.d, which cannot be verified before apply; "
	many := [fields.describe(sprintf("r%d", [i]), {"status": "unresolved", "expression": "var.d"}) | some i in numbers.range(1, 500)]
	fields.caveat(many).en == concat("", [
		concat("", [sprintf("r%d is set from var.d, which cannot be verified before apply; ", [i]) | some i in numbers.range(1, 10)]),
		"and 490 more that cannot be verified; ",
	])
	fields.caveat(many).zh == concat("", [
		concat("", [sprintf("r%d 取自 var.d，应用前无法核实；", [i]) | some i in numbers.range(1, 10)]),
		"另有 490 项无法核实；",
	])
	fields.caveat(array.slice(many, 0, 10)).en == concat("", [sprintf("r%d is set from var.d, which cannot be verified before apply; ", [i]) | some i in numbers.range(1, 10)])
}

test_block_text_names_what_a_planned_block_is_set_from if {
	bucket := {"kind": "plan", "module_path": "", "values": {"versioning": [{}]}, "unknown": {"versioning": [{"status": true}], "logging": true}, "unknown_texts": {"versioning": "var.mode", "logging": "var.logging"}, "sensitive": {}}
	[fields.get(v, "status").expression | some v in fields.blocks(bucket, "versioning")] == ["var.mode"]
	fields.block_source(bucket, "logging") == {"status": "unresolved", "expression": "var.logging"}
}

# A plan that gives a value and also marks it unknown is read as unknown, as plan_source reads it:
# known() and value_or() take no value from `after` that after_unknown says is not known yet.
test_a_value_marked_unknown_is_not_known if {
	entity := {
		"kind": "plan",
		"values": {"acl": "private", "policy_type": "Custom"},
		"unknown": {"acl": true, "policy_type": true},
		"sensitive": {},
	}
	fields.get(entity, "acl").status == "unresolved"
	not fields.known(entity, "acl")
	not fields.value_or(entity, "policy_type", "System")
	fields.value_or(entity, "missing_one", "System") == "System"
	fields.value_or({"kind": "plan", "values": {"acl": "private"}, "unknown": {}}, "acl", "x") == "private"
}

# METADATA
# description: |
#   Recognises the shape of the input document. govguard reads Terraform plan JSON
#   (`terraform show -json`), Terraform JSON configuration (CDKTF `cdk.tf.json`, `*.tf.json`)
#   and `.tf` files converted to JSON by hcl2json. The last two differ only in whether a block is
#   an object or an array of objects, so they share one reader ("config"). Configuration that
#   govguard evaluates itself (src/evaluate) arrives as a plan with a `govguard_input` section.
package govguard.lib.document

config_keys := {"resource", "data", "provider", "variable", "module", "terraform", "locals", "output"}

# A plan is recognised by its content, so that a hand-written plan without the version fields is
# still read as one. None of these keys is a top-level block of Terraform configuration.
# The rule is src/inputs/classify.ts's, which decides what govguard reads (docs/architecture.md):
# this one serves raw input (opa eval, conftest) and must agree with it (test/input-kind.test.ts).
plan_keys := {"planned_values", "resource_changes"}

is_plan if {
	is_object(input)
	some key in plan_keys
	_ = input[key]
}

is_plan if is_object(input.configuration)

default kind := "unknown"

kind := "plan" if is_plan

kind := "config" if {
	is_object(input)
	not is_plan
	some key in config_keys
	input[key]
}

# Where a configuration document came from, for reports only: rules never depend on it.
default flavour := "unknown"

flavour := "plan" if {
	kind == "plan"
	not evaluated_flavour
}

# A plan govguard evaluated from configuration (src/evaluate) names the configuration it came from.
flavour := evaluated_flavour if kind == "plan"

flavour := "cdktf" if {
	kind == "config"
	is_object(input["//"].metadata)
}

flavour := "terraform" if {
	kind == "config"
	metadata := object.get(input, ["//", "metadata"], null)
	not is_object(metadata)
}

evaluated_flavour := value if {
	value := object.get(input, ["govguard_input", "flavour"], null)
	value in {"terraform", "cdktf"}
}

# Reasons the input cannot be judged at all; the report lists them and the gate fails.
errors contains {"code": "unrecognised_input", "message": {
	"zh": "输入既不是 Terraform 计划 JSON，也不是 Terraform 配置（cdk.tf.json / .tf）",
	"en": "input is neither Terraform plan JSON nor Terraform configuration (cdk.tf.json / .tf)",
}} if {
	kind == "unknown"
}

errors contains {"code": "plan_without_configuration", "message": {
	"zh": "计划 JSON 缺少 configuration 部分，无法核实提供方区域；请使用 terraform show -json 生成",
	"en": "plan JSON has no configuration section, so provider regions cannot be verified; produce it with terraform show -json",
}} if {
	kind == "plan"
	configuration := object.get(input, "configuration", null)
	not is_object(configuration)
}

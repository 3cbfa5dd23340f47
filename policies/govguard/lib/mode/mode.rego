# METADATA
# description: |
#   Reusable-module mode (`govguard check --module`, govguard.yaml `input.kind: module`, which the
#   host supplies as data.govguard_config.input.kind). A reusable module has no provider block,
#   trail or alarm by design: the root module that calls it provides them. In module mode the
#   findings of controls whose metadata says `"scope": "stack"` that ask for such things — on
#   (stack), or on a provider configuration no block of the input declares — are set aside, and
#   the report carries one note naming what the calling root must provide. Everything the module
#   writes itself (a resource, its own provider block) is judged as in a root. The mode is never
#   inferred: a configuration without a provider block is a root unless the user says otherwise,
#   and its report suggests module mode instead.
package govguard.lib.mode

import data.govguard.lib.config
import data.govguard.lib.document
import data.govguard.lib.params
import data.govguard.lib.provider
import data.govguard.lib.stack

default kind := "root"

kind := "module" if params.effective.input.kind == "module"

module if kind == "module"

# Whether module mode leaves a violation of this control to the calling root.
set_aside(metadata, violation) if {
	# The scope first: it is a lookup, and most violations stop here. (Every violation is asked,
	# and OPA's wasm runtime does not keep `module`, which reads the merged parameters, between
	# calls: asked first, it doubled a 10,000-resource evaluation.)
	metadata.scope == "stack"
	module
	callers(violation.resource)
}

callers(address) if address == stack.address

callers(address) if implied_providers[address]

# The input's own provider configurations used without a provider block, which Terraform
# implies and a caller would pass: in a plan govguard evaluated, root ones without expressions
# (src/evaluate writes `expressions` for every block, even an empty one); in hcl2json output read
# directly, lib/config's implied ones. (A child module's implied configuration, "module.x:alicloud",
# is one no caller can pass, so it stays a finding.)
implied_providers contains key if {
	evaluated
	some key, _ in provider.raw
	not contains(key, ":")
	not has_block(input.configuration.provider_config[key])
}

implied_providers contains key if {
	document.kind == "config"
	some key, _ in config.implied_providers
}

has_block(entry) if is_object(entry.expressions)

evaluated if {
	document.kind == "plan"
	document.flavour != "plan"
}

# Plan JSON is always the plan of a root module, and a CDKTF stack is always synthesized as one.
errors contains {"code": "module_mode_on_root", "message": root_only[document.flavour]} if module

# What only a root module has refutes the claim (see root_markers).
errors contains {"code": "module_mode_on_root", "message": {
	"zh": concat("", [what.zh, module_mode_refused.zh]),
	"en": concat("", [what.en, module_mode_refused.en]),
}} if {
	module
	some marker in root_markers
	what := root_marker_text(marker)
}

root_only := {
	"plan": {
		"zh": "是 Terraform 计划 JSON，而计划总是根模块的计划；模块模式（--module 或 govguard.yaml 的 input.kind: module）只适用于 .tf 与 *.tf.json 配置：请去掉它，或改为检查模块所在的目录",
		"en": "is Terraform plan JSON, and a plan is always the plan of a root module; module mode (--module, or input.kind: module in govguard.yaml) applies only to .tf and *.tf.json configuration: drop it, or check the module's folder instead",
	},
	"cdktf": {
		"zh": "是 CDKTF 合成的栈，而 CDKTF 栈总是根模块；模块模式（--module 或 govguard.yaml 的 input.kind: module）只适用于 .tf 与 *.tf.json 配置：请去掉它",
		"en": "is a stack CDKTF synthesized, and a CDKTF stack is always a root module; module mode (--module, or input.kind: module in govguard.yaml) applies only to .tf and *.tf.json configuration: drop it",
	},
}

# What only a root module has refutes the claim: a backend, cloud or state_store block (Terraform
# ignores one in a called module) or a variables file Terraform loads by itself. src/evaluate
# lists the root module's in govguard_input.root_markers; hcl2json output shows its terraform blocks.
root_markers contains marker if {
	evaluated
	some marker in object.get(input, ["govguard_input", "root_markers"], [])
}

root_markers contains {"marker": name} if {
	document.kind == "config"
	some name in config_state_blocks
}

config_state_blocks contains key if {
	some block in terraform_blocks
	some key in ["cloud", "state_store"]
	block[key]
}

config_state_blocks contains concat(" ", ["backend", json.marshal(label)]) if {
	some block in terraform_blocks
	some label, _ in block.backend
}

terraform_blocks contains block if {
	is_array(input.terraform)
	some block in input.terraform
}

terraform_blocks contains input.terraform if is_object(input.terraform)

# Where a marker is written, for the message: "backend.tf (line 1): " or "".
marker_place(marker) := {"zh": concat("", [marker.file, line_text(marker).zh, "："]), "en": concat("", [marker.file, line_text(marker).en, ": "])} if {
	is_string(marker.file)
} else := {"zh": "", "en": ""}

line_text(marker) := {"zh": concat("", ["（第 ", format_int(marker.line, 10), " 行）"]), "en": concat("", [" (line ", format_int(marker.line, 10), ")"])} if {
	is_number(marker.line)
} else := {"zh": "", "en": ""}

root_marker_text(marker) := {
	"zh": concat("", [variables_file(marker), " 是只在根模块中读取的变量文件（Terraform 只为根模块自动加载 terraform.tfvars 与 *.auto.tfvars），所以这是根模块；"]),
	"en": concat("", [variables_file(marker), " is a variables file Terraform loads only for a root module (terraform.tfvars, *.auto.tfvars), so this is a root module; "]),
} if {
	marker.marker == "tfvars"
} else := {
	"zh": concat("", [marker_place(marker).zh, "terraform 块中的 ", marker_name(marker), " 块只有根模块才有（被调用的模块中 Terraform 会忽略它），所以这是根模块；"]),
	"en": concat("", [marker_place(marker).en, "the terraform block's ", marker_name(marker), " block is one only a root module has (Terraform ignores it in a called module), so this is a root module; "]),
}

variables_file(marker) := marker.file if {
	is_string(marker.file)
} else := "terraform.tfvars"

# A marker src/evaluate did not write (a hand-made document) still refuses module mode.
marker_name(marker) := marker.marker if {
	is_string(marker.marker)
} else := "backend"

module_mode_refused := {
	"zh": "模块模式（--module 或 govguard.yaml 的 input.kind: module）不适用：请按根模块检查（去掉 --module 与 input.kind: module）",
	"en": "module mode (--module, or input.kind: module in govguard.yaml) does not apply: check it as a root module (drop --module and input.kind: module)",
}

# What the calling root must provide for each control of stack scope; a control given the scope
# later without an entry here is named by its title.
needs := {
	"A19.4": {"zh": "创建控制台登录时，限制登录网段的 alicloud_ram_security_preference", "en": "an alicloud_ram_security_preference limiting sign-in networks, where console logins are created"},
	"A20.2": {"zh": "覆盖所有区域与事件的操作审计跟踪（alicloud_actiontrail_trail）", "en": "an audit trail covering all regions and events (alicloud_actiontrail_trail)"},
	"A23.1": {"zh": "显式设置境内允许区域的 alicloud 提供方", "en": "an alicloud provider with an allowed mainland region set explicitly"},
	"A24.1": {"zh": "属于 cloud.platform 的提供方区域，以及 govguard.yaml 中的评估编号 cloud.assessment_reference", "en": "provider regions on cloud.platform, and the assessment reference cloud.assessment_reference in govguard.yaml"},
	"A30.1": {"zh": "创建控制台登录时的密码策略", "en": "a password policy, where console logins are created"},
	"A36.1": {"zh": "设置了联系人组的云监控告警（alicloud_cms_alarm）", "en": "CloudMonitor alarms with contact groups (alicloud_cms_alarm)"},
}

need(metadata) := needs[metadata.id] if {
	needs[metadata.id]
} else := metadata.title

# The controls of stack scope in catalogue order: [article, number, metadata].
scoped := [entry[2] | some entry in sort([[metadata.article, to_number(split(metadata.id, ".")[1]), metadata] |
	some name
	metadata := data.govguard.controls[name].metadata
	metadata.scope == "stack"
])]

scoped_ids := [metadata.id | some metadata in scoped]

notes contains {"code": "module_mode", "message": {
	"zh": concat("", [
		"按可复用模块检查（--module / input.kind: module）：以下全栈与提供方控制项不在此判断，须由调用本模块的根模块提供——",
		concat("；", [concat(" ", [m.id, need(m).zh]) | some m in scoped]),
		"。请对根模块运行 govguard check 以核实这些控制项。",
	]),
	"en": concat("", [
		"checked as a reusable module (--module / input.kind: module): these stack-wide and provider controls are not judged here, and the calling root module must provide what they need: ",
		concat("; ", [concat(": ", [m.id, need(m).en]) | some m in scoped]),
		". Run govguard check on the root module to verify them.",
	]),
}} if {
	module
}

# Never inferred silently: a configuration whose resources use a provider no block declares is
# judged as a root, and the folder's report suggests module mode in case it is a reusable module.
notes contains {"code": "no_provider_block", "message": {
	"zh": concat("", [
		"没有 alicloud 提供方块（provider \"alicloud\"）：若这是供其他配置调用的可复用模块，请用 --module（或 govguard.yaml 的 input.kind: module）检查，",
		concat("、", scoped_ids),
		" 的全栈与提供方违规改为一条说明，由调用它的根模块负责；若这是根模块，这些违规成立。",
	]),
	"en": concat("", [
		"no provider block (provider \"alicloud\"): if this folder is a reusable module that other configurations call, check it with --module (or input.kind: module in govguard.yaml), and the stack-wide and provider findings of ",
		concat(", ", scoped_ids),
		" become one note on what the calling root module must provide; if it is a root module, these findings stand.",
	]),
}} if {
	not module
	configuration
	count(implied_providers) > 0
}

# Configuration written by hand: a CDKTF stack is always a root (see errors).
configuration if document.flavour == "terraform"

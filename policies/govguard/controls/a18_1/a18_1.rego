# govguard evaluates .tf and Terraform JSON configuration itself (src/evaluate) into a plan; what
# it could not establish before apply (a module it could not read, a count or for_each it could
# not expand, a function it does not implement in an attribute the controls read) is listed in
# input.govguard_input.unverifiable, and each entry is a finding here, so that nothing unread passes.
package govguard.controls.a18_1

import data.govguard.lib.problems
import data.govguard.lib.unverifiable

metadata := {
	"id": "A18.1",
	"article": 18,
	"articles": [18, 27],
	"severity": "high",
	"title": {
		"zh": "变更在上线前可以核实",
		"en": "The change can be verified before launch",
	},
	"requirement": {
		"zh": "上线前的安全检测评估须覆盖整个变更：每个模块都已读取（含来自注册表、git 或 HTTP 的外部代码），每个 count / for_each 都能展开，控制项读取的每个属性都能在应用前确定。",
		"en": "The pre-launch security assessment covers the whole change: every module is read (external code from a registry, git or HTTP included), every count / for_each can be expanded, and every attribute the controls read is known before apply.",
	},
	"remediation": {
		"zh": "改为检查计划 JSON（terraform plan -out=tfplan && terraform show -json tfplan > plan.json）；或先运行 terraform init，使注册表、git 与 HTTP 模块可以读取；或把该值写成应用前即可确定的形式（字面量、变量、本地值）。",
		"en": "Gate the plan JSON instead (terraform plan -out=tfplan && terraform show -json tfplan > plan.json); or run terraform init first so that registry, git and HTTP modules can be read; or write the value so that it is known before apply (a literal, a variable, a local).",
	},
	"decisions": [
		{
			"zh": "这是第十八条（上线前安全检测评估）与第二十七条（外部代码须经安全检测）在代码层面的部分：无法读取或求值的内容不能被评估，因此判为违规，而不是跳过；年度评估本身仍需人工审核。",
			"en": "This is the code-level part of Article 18 (security assessment before launch) and Article 27 (external code must be security-tested): what cannot be read or evaluated cannot be assessed, so it is a violation rather than skipped; the yearly assessment itself is still a manual review.",
		},
		{
			"zh": "同一地址的多个无法核实之处合并为一项违规；count / for_each 无法展开的资源按一个实例判断，其余控制项照常检查。",
			"en": "Several things that cannot be verified at one address are one finding; a resource whose count / for_each cannot be expanded is judged as one instance, and the other controls still check it.",
		},
		{
			"zh": "计划 JSON 由 terraform 求值，不含这一部分，因此本项只对 .tf、*.tf.json 与 cdk.tf.json 输入产生违规。",
			"en": "Plan JSON is evaluated by terraform and has no such section, so this control finds violations only in .tf, *.tf.json and cdk.tf.json input.",
		},
		{
			"zh": "本项判断的是求值器列出的无法核实之处，而不是某个资源属性的取值（deciding 为空）。",
			"en": "It judges what the evaluator lists as unverifiable, not any resource attribute's value (deciding is empty).",
		},
	],
	"resources": ["module", "resource"],
	"deciding": [],
	"shapes": ["tf", "cdktf"],
}

stack := "(stack)"

cannot_be_verified := {
	"zh": "此处在应用前无法核实",
	"en": "this cannot be verified before apply",
}

# The entries in order; a section that is not a list is one entry that cannot be read.
section := unverifiable.section

entries := [entry(raw) | some raw in section] if {
	is_array(section)
} else := [entry(null)]

entry(raw) := {
	"address": text_or(raw, "address", stack),
	"problem": {"attribute": text_or(raw, "attribute", ""), "message": reason(raw)},
}

text_or(raw, key, fallback) := raw[key] if {
	is_object(raw)
	is_string(raw[key])
	raw[key] != ""
} else := fallback

reason(raw) := {"zh": raw.reason.zh, "en": raw.reason.en} if {
	is_object(raw)
	is_string(raw.reason.zh)
	is_string(raw.reason.en)
} else := cannot_be_verified

# One finding per address: src/evaluate lists the entries of one address together, so each run
# of entries with one address is combined (grouping by a comprehension per address would be
# quadratic in the number of entries; policies/README.md).
violations contains finding(address, found) if {
	some run in runs
	address := entries[run[0]].address
	found := {e.problem | some e in array.slice(entries, run[0], run[1])}
}

run_starts := [i | some i, e in entries; starts_run(entries, i, e)]

# [first, end) of each run.
runs := [[start, run_end(run_starts, k, count(entries))] | some k, start in run_starts]

starts_run(_, 0, _)

starts_run(list, i, e) if list[i - 1].address != e.address

run_end(starts, k, total) := starts[k + 1] if {
	k + 1 < count(starts)
} else := total

finding(address, found) := object.union_n([
	{"resource": address},
	problems.combined(found),
	{"attribute": concat(", ", sort({p.attribute | some p in found; p.attribute != ""}))},
])

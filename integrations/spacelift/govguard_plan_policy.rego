# METADATA
# description: |
#   govguard as a Spacelift plan policy (type TERRAFORM_PLAN / PLAN).
#
#   Spacelift's reference ("Policy", constraints): "Policies must be self-contained and cannot
#   refer to external resources" — a policy is one Rego body, so govguard's Rego (about 80 files)
#   cannot be imported into it; `time.now_ns` is disabled as well. The plan policy's input
#   ("Plan policy", data input) holds the plan under its own key, `input.terraform`, with only
#   `resource_changes` and `terraform_version` (no `configuration`, which govguard needs for
#   provider regions, references and variables), and "custom inputs": a file
#   `$key.custom.spacelift.json` at the project root "will be merged with the rest of the input
#   data, as `input.third_party_metadata.custom.$key`".
#
#   So govguard runs where the plan is, in the stack's after_plan hook (`govguard check` on
#   `terraform show -json spacelift.plan`, the same CLI, bundle, govguard.yaml and waivers.yaml),
#   and writes its JSON report to govguard.custom.spacelift.json; this policy turns that report
#   into Spacelift's `deny` and `warn` sets of strings. No rule is repeated here: the report is
#   the verdict, and a report that is missing, malformed, or names resources the run's plan
#   does not have denies the run.
# entrypoint: true
package spacelift # regal ignore:directory-package-mismatch

report := input.third_party_metadata.custom.govguard

# Addresses of the run's own plan, which Spacelift (not the repository) puts in the input.
planned := {change.address | some change in input.terraform.resource_changes}

# One line per finding: control, severity, resource, the attribute when there is one, and the
# message in Chinese and English.
line(finding) := sprintf("%s [%s] %s%s: %s / %s", [
	finding.control,
	finding.severity,
	finding.resource,
	attribute_suffix(finding),
	finding.message.zh,
	finding.message.en,
])

attribute_suffix(finding) := concat("", [" (", finding.attribute, ")"]) if {
	finding.attribute
} else := ""

usable_report if {
	is_object(report)
	is_array(report.findings)
	is_object(report.summary)
	is_boolean(report.summary.passed)
	count(report.inputs) > 0
	every i in report.inputs {
		i.kind == "plan"
	}
}

deny contains concat("", [
	"govguard: 没有可用的报告（input.third_party_metadata.custom.govguard），无法核实；请检查 after_plan 钩子 / ",
	"no usable report (input.third_party_metadata.custom.govguard), so nothing can be verified; check the after_plan hook",
]) if {
	not usable_report
}

# govguard's own verdict: `failing` is decided by the CLI (unwaived, and at or above --fail-on).
deny contains line(f) if {
	usable_report
	some f in report.findings
	f.failing == true
}

# A report whose verdict fails without a failing finding listed is not trusted to pass either.
deny contains "govguard: 报告判定不通过 / the report's verdict is fail" if {
	usable_report
	report.summary.passed != true
	count([f | some f in report.findings; f.failing == true]) == 0
}

# A report of some other plan: it names a resource the run's plan does not change or keep.
deny contains sprintf("govguard: 报告中的资源 %s 不在本次运行的计划中 / the report names %s, which is not in this run's plan", [f.resource, f.resource]) if {
	usable_report
	some f in report.findings
	regex.match(`^(module\.[^.]+\.)*alicloud_[a-z0-9_]+\.`, f.resource)
	not f.resource in planned
}

warn contains line(f) if {
	usable_report
	some f in report.findings
	f.failing != true
}

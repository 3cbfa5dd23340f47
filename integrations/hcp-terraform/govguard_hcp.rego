# METADATA
# description: |
#   govguard in an HCP Terraform / Terraform Enterprise OPA policy set: adapts the run's OPA input
#   document to govguard's report and splits the report into one `deny` query per severity, which
#   policies.hcl gives an enforcement level each. No rule of govguard is repeated here: the
#   findings are data.govguard.report, evaluated on the plan.
#
#   HashiCorp's reference ("Define Open Policy Agent policies for HCP Terraform", OPA input):
#     "HCP Terraform combines the output from the Terraform run and plan into a single JSON file
#      and passes that file to OPA as input. [...] To access the properties from the Terraform plan
#      data in your policies, use `input.plan`. To access properties from the Terraform run, use
#      `input.run`."
#   and (OPA query): "The result of each query must return an array, which HCP Terraform uses to
#   determine whether the policy has passed or failed. If the array is empty, HCP Terraform
#   reports that the policy has passed." A set of strings is serialised as a JSON array.
#
#   Settings and waivers: a data.json at the root of the policy set, {"govguard_config": ...,
#   "govguard_waivers": [...]} (HCP Terraform runs `opa eval` with the policy set as a bundle,
#   which loads data only from files named data.json). Waivers expire against
#   data.govguard_today when the policy set gives it, otherwise against today's date in Beijing
#   by the clock of the machine that evaluates the policy.
# entrypoint: true
package terraform.govguard # regal ignore:directory-package-mismatch

import data.govguard

# A run without a plan document is judged as one: govguard reports an unrecognised input, which
# denies, instead of every rule below being undefined and the policy passing.
default plan := null

plan := input.plan

# The adaptation itself: govguard's report with the plan as its input document and the date.
report := r if {
	# regal ignore:with-outside-test-context
	r := govguard.report with input as plan with data.govguard_today as today
}

# Today in China (UTC+8 all year), YYYY-MM-DD, unless the policy set's data gives the date.
today := data.govguard_today if {
	data.govguard_today != null
} else := sprintf("%04d-%02d-%02d", time.date(time.now_ns() + ((8 * 3600) * 1000000000)))

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

# A finding an active waiver covers does not fail the gate (it is listed by `waived`); an expired
# waiver does not count.
failing(finding) if not finding.waiver.status == "active"

failing_with(severity) := {line(f) |
	some f in report.findings
	f.severity == severity
	failing(f)
}

# The plan, the settings or the waivers could not be read: nothing can be verified.
deny_input contains "govguard: 没有得到报告，无法核实 / no report was produced, so nothing can be verified" if not report

deny_input contains sprintf("input %s: %s / %s", [e.code, e.message.zh, e.message.en]) if {
	some e in report.errors
}

deny_critical := failing_with("critical")

deny_high := failing_with("high")

deny_medium := failing_with("medium")

deny_low := failing_with("low")

# Findings an active waiver covers, with the waiver's reason: shown, never blocking.
waived contains concat("", [line(f), " — waived / 已豁免: ", f.waiver.reason]) if {
	some f in report.findings
	not failing(f)
}

# METADATA
# description: |
#   govguard's policy bundle: evaluates every control over one input document (Terraform plan
#   JSON, Terraform JSON configuration or hcl2json output) and reports the findings. Parameters
#   come from data.govguard_config.
package govguard

import data.govguard.lib.document
import data.govguard.lib.provider

severity_rank := {"critical": 0, "high": 1, "medium": 2, "low": 3}

# Every package under govguard.controls is a control with `metadata` and `violations`. Only those
# two rules are referenced, never whole packages, so the controls' *_test packages (which read the
# report) stay out of the report's dependencies.
catalogue[metadata.id] := metadata if {
	some name
	metadata := data.govguard.controls[name].metadata
}

findings contains finding if {
	some name
	metadata := data.govguard.controls[name].metadata
	violations := data.govguard.controls[name].violations
	some violation in violations
	finding := object.union(
		{
			"control": metadata.id,
			"article": metadata.article,
			"severity": metadata.severity,
			"title": metadata.title,
			"remediation": metadata.remediation,
		},
		violation,
	)
}

# Findings in a stable order: by article, control, resource, then message.
sort_key(finding) := concat("\u0000", [
	format_int(finding.article + 1000, 10),
	control_number(finding.control),
	finding.resource,
	finding.message.en,
])

control_number(id) := format_int(to_number(split(id, ".")[1]) + 1000, 10)

ordered := [by_key[key] | some key in sort(object.keys(by_key))]

by_key[sort_key(finding)] := finding if {
	some finding in findings
}

summary := {
	"findings": count(findings),
	"by_severity": {severity: count([f | some f in findings; f.severity == severity]) |
		some severity, _ in severity_rank
	},
	"providers": count(provider.alicloud),
}

# METADATA
# description: The whole result of one evaluation; the entrypoint of the wasm build.
# entrypoint: true
report := {
	"kind": document.kind,
	"flavour": document.flavour,
	"errors": [e | some e in document.errors],
	"findings": ordered,
	"summary": summary,
}

# For conftest (`conftest test --namespace govguard`): one failure per finding.
deny contains {"msg": concat(" ", [finding.control, finding.resource, finding.message.en]), "finding": finding} if {
	some finding in findings
}

deny contains {"msg": concat(" ", ["input", e.code, e.message.en])} if {
	some e in document.errors
}

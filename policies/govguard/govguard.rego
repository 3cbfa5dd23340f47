# METADATA
# description: |
#   govguard's policy bundle: evaluates every control over one input document (Terraform plan
#   JSON, Terraform JSON configuration or hcl2json output) and reports the findings. Parameters
#   come from data.govguard_config.
package govguard

import data.govguard.lib.document
import data.govguard.lib.params
import data.govguard.lib.provider

severity_rank := {"critical": 0, "high": 1, "medium": 2, "low": 3}

# Every package under govguard.controls is a control with `metadata` and `violations`. Only those
# two rules are referenced, never whole packages, so the controls' *_test packages (which read the
# report) stay out of the report's dependencies.
catalogue[metadata.id] := metadata if {
	some name
	metadata := data.govguard.controls[name].metadata
}

# Findings carry what differs between them; a control's title and remediation are in the
# catalogue, once (a report of thousands of findings would otherwise repeat them thousands of
# times). A violation may still carry its own remediation, which then overrides the catalogue's.
findings contains finding if {
	some name
	metadata := data.govguard.controls[name].metadata
	violations := data.govguard.controls[name].violations
	some violation in violations
	finding := object.union(
		{"control": metadata.id, "article": metadata.article, "severity": metadata.severity},
		violation,
	)
}

# A finding with its control's title and remediation, as conftest shows it.
full(finding) := object.union(
	{"title": catalogue[finding.control].title, "remediation": catalogue[finding.control].remediation},
	finding,
)

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
	"errors": [e | some e in (document.errors | params.errors)],
	"notes": [n | some n in params.notes],
	# In no particular order: govguard orders findings for its reports. (sort is quadratic in OPA's
	# wasm runtime, so ordering thousands of findings here would dominate the evaluation.)
	"findings": [finding | some finding in findings],
	"catalogue": catalogue,
	"summary": summary,
}

# For conftest (`conftest test --namespace govguard`): one failure per finding.
deny contains {"msg": concat(" ", [finding.control, finding.resource, finding.message.en]), "finding": full(finding)} if {
	some finding in findings
}

deny contains {"msg": concat(" ", ["input", e.code, e.message.en])} if {
	some e in (document.errors | params.errors)
}

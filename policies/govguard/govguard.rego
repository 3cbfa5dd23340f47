# METADATA
# description: |
#   govguard's policy bundle: evaluates every control over one input document (Terraform plan
#   JSON, Terraform JSON configuration or hcl2json output) and reports the findings. Parameters
#   come from data.govguard_config.
package govguard

import data.govguard.lib.document
import data.govguard.lib.mode
import data.govguard.lib.params
import data.govguard.lib.provider
import data.govguard.lib.sensitive
import data.govguard.lib.waivers

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
# In module mode (lib.mode) what the calling root must provide is a note, not a finding.
findings contains with_waiver(finding) if {
	some name
	violations := data.govguard.controls[name].violations
	count(violations) > 0
	metadata := data.govguard.controls[name].metadata
	some violation in violations
	not mode.set_aside(metadata, violation)
	finding := object.union(
		{"control": metadata.id, "article": metadata.article, "severity": metadata.severity},
		without_secrets(violation),
	)
}

# A violation's message never shows a value the input marks sensitive (lib.sensitive).
without_secrets(violation) := violation if {
	count(sensitive.values) == 0
} else := object.union(violation, {"message": sensitive.scrubbed(violation.message)})

# A finding a waiver matches carries it (lib.waivers); it stays in every report.
with_waiver(finding) := object.union(finding, {"waiver": waiver}) if {
	waiver := waivers.applied(finding)
} else := finding

waived(finding) if finding.waiver.status == "active"

# The findings as an array, which the report and the summary walk. In OPA's wasm runtime a set
# hashes a whole finding (messages included) when it adds it, again each time the set grows, and
# twice at each step of a walk over it: at 14,000 findings that was a third of the evaluation.
# Control ids are distinct and a control's violations are a set, so the array holds no duplicate
# unless scrubbing secrets makes two messages equal; only then does it come from the set.
# A control's metadata is read once, and only for a control with violations: an evaluation builds
# every rule it reads, and the 45 controls' metadata were a third of the evaluation of an empty
# plan. (Read for each violation instead, the lookup cost 4 µs a finding.)
finding_list := [finding | some finding in findings] if {
	count(sensitive.values) > 0
} else := [with_waiver(finding) |
	some name
	violations := data.govguard.controls[name].violations
	count(violations) > 0
	metadata := data.govguard.controls[name].metadata
	some violation in violations
	not mode.set_aside(metadata, violation)
	finding := object.union({"control": metadata.id, "article": metadata.article, "severity": metadata.severity}, violation)
]

# Indexes of the waivers that matched some finding of this document.
used_waivers := {finding.waiver.index | some finding in finding_list; finding.waiver}

input_errors := ((document.errors | params.errors) | waivers.errors) | mode.errors

# A finding with its control's title and remediation, as conftest shows it.
full(finding) := object.union(
	{"title": catalogue[finding.control].title, "remediation": catalogue[finding.control].remediation},
	finding,
)

summary := {
	"findings": count(finding_list),
	"by_severity": {severity: count([f | some f in finding_list; f.severity == severity]) |
		some severity, _ in severity_rank
	},
	"waived": count([f | some f in finding_list; waived(f)]),
	"providers": count(provider.alicloud),
}

# METADATA
# description: The whole result of one evaluation, for `opa eval` and an OPA server.
# entrypoint: true
report := object.union(report_without_catalogue, {"catalogue": catalogue})

# METADATA
# description: |
#   The result of one evaluation without the catalogue, which depends only on the bundle and the
#   configuration given as data: the entrypoint govguard's engine evaluates each document with,
#   reading the catalogue once per loaded policy (about/controls). At 50 resources the catalogue
#   was a third of an evaluation.
# entrypoint: true
report_without_catalogue := {
	"kind": document.kind,
	"flavour": document.flavour,
	"mode": mode.kind,
	"errors": [e | some e in input_errors],
	"notes": [n | some n in (params.notes | mode.notes)],
	"waivers_used": [i | some i in used_waivers],
	# In no particular order: govguard orders findings for its reports. (sort is quadratic in OPA's
	# wasm runtime, so ordering thousands of findings here would dominate the evaluation.)
	"findings": finding_list,
	"summary": summary,
}

# For conftest (`conftest test --namespace govguard`): one failure per finding, and a warning
# instead for a finding an active waiver covers.
deny contains {"msg": concat(" ", [finding.control, finding.resource, finding.message.en]), "finding": full(finding)} if {
	some finding in findings
	not waived(finding)
}

deny contains {"msg": concat(" ", ["input", e.code, e.message.en])} if {
	some e in input_errors
}

warn contains {"msg": concat(" ", [finding.control, finding.resource, "waived:", finding.waiver.reason]), "finding": full(finding)} if {
	some finding in findings
	waived(finding)
}

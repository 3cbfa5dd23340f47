# METADATA
# description: |
#   One finding per control and resource: a control that finds several problems with one resource
#   reports them together, so a reviewer sees one entry to fix and a gate counts one violation.
#   Each problem is {"attribute": name, "message": {"zh", "en"}}.
package govguard.lib.problems

# The problems of one resource as one violation's attribute and message, in a fixed order.
combined(found) := {
	"attribute": concat(", ", [p.attribute | some p in ordered]),
	"message": {
		"zh": concat("；", [p.message.zh | some p in ordered]),
		"en": concat("; ", [p.message.en | some p in ordered]),
	},
} if {
	ordered := sort([p | some p in found])
}

# METADATA
# description: |
#   A function call used as an argument of a negated expression (`not f(x) >= 1`,
#   `not fields.boolean(s) == true`) is evaluated before the negation. When the call is undefined,
#   the rule body fails instead of the negation holding, so the check silently passes. Negate a
#   helper rule instead (policies/README.md, "Two traps").
# related_resources:
#   - description: documentation
#     ref: policies/README.md
# schemas:
#   - input: schema.regal.ast
package custom.regal.rules.bugs["negated-call-argument"]

import data.regal.result

report contains violation if {
	some rule in input.rules
	walk(rule, [_, expression])
	expression.negated == true
	is_array(expression.terms)
	count(expression.terms) > 1
	some argument in array.slice(expression.terms, 1, count(expression.terms))
	argument.type == "call"
	violation := result.fail(rego.metadata.chain(), result.location(expression))
}

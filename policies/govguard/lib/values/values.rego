# METADATA
# description: |
#   Value sources: how far an attribute's value is known before apply. Every reader turns its
#   input into one of
#     {"status": "known", "value": v}               a literal, or a variable with a value
#     {"status": "missing"}                          not set (or set to null)
#     {"status": "variable", "var": "x"}             exactly var.x, still to be looked up
#     {"status": "unresolved", "expression": text}   anything that is only known at apply time
#   Rules treat "missing" and "unresolved" as violations (fail closed).
package govguard.lib.values

# Terraform lower-cases a source's host, namespace and type: "Aliyun/AliCloud" is alicloud.
is_alicloud_source(source) if lower(source) == "alicloud"

is_alicloud_source(source) if endswith(lower(source), "/alicloud")

variable_name(reference) := match[1] if {
	startswith(reference, "var.")
	some match in regex.find_all_string_submatch_n(variable_pattern(reference), reference, 1)
}

# OPA's wasm runtime compiles a pattern at its first use in every evaluation, and a Unicode class
# (\p{L}) compiles into a large program: a third of the evaluation of a 50-resource plan. On
# ASCII text the ASCII classes match exactly what the Unicode ones do.
variable_pattern(text) := `^var\.([A-Za-z_][A-Za-z0-9_-]*)$` if {
	ascii(text)
} else := `^var\.([\p{L}_][\p{L}\p{N}\p{M}_-]*)$`

ascii(text) if regex.match(`^[[:ascii:]]*$`, text)

# The parent of a module path: "module.a.module.b" -> "module.a", "module.a" -> "".
parent_module(path) := concat(".", array.slice(parts, 0, count(parts) - 2)) if {
	parts := split(path, ".")
}

# An expression in plan JSON `configuration`: {"constant_value": v} or {"references": [...]}.
from_plan_expression(expr) := {"status": "missing"} if {
	"constant_value" in object.keys(expr)
	expr.constant_value == null
} else := {"status": "known", "value": expr.constant_value} if {
	"constant_value" in object.keys(expr)
} else := {"status": "variable", "var": name} if {
	count(expr.references) == 1
	name := variable_name(expr.references[0])
} else := {"status": "unresolved", "expression": expr.references[0]} if {
	count(expr.references) > 0
} else := {"status": "unresolved", "expression": "(expression)"}

# A value in Terraform JSON configuration or hcl2json output, where expressions are "${...}".
from_config_value(value) := {"status": "missing"} if {
	value == null
} else := {"status": "variable", "var": name} if {
	is_string(value)
	some match in regex.find_all_string_submatch_n(`^\$\{\s*var\.([\p{L}_][\p{L}\p{N}\p{M}_-]*)\s*\}$`, value, 1)
	name := match[1]
} else := {"status": "unresolved", "expression": expression_text(value)} if {
	is_string(value)
	is_template(value)
} else := {"status": "known", "value": value}

# "${local.region}" reads as local.region, as plan JSON's references do; a longer template such
# as "cn-${local.city}" is shown as written.
expression_text(value) := match[1] if {
	some match in regex.find_all_string_submatch_n(`^\$\{\s*([^{}]*?)\s*\}$`, value, 1)
} else := value

is_template(value) if contains(value, "${")

is_template(value) if contains(value, "%{")

# A variable resolved to null behaves as if it were never set.
settled(source) := {"status": "missing"} if {
	source.status == "known"
	source.value == null
} else := source

# A string that is an expression to evaluate rather than a literal.
is_template_value(value) if {
	is_string(value)
	is_template(value)
}

# `value` when it is an object, else {} (a part of a plan or a block body that should be one).
object_or_empty(value) := value if is_object(value)

object_or_empty(value) := {} if not is_object(value)

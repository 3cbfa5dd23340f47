# METADATA
# description: |
#   Reading attributes and blocks of a resource the same way in every input shape. An "entity" is a
#   resource from lib.resources or one of its blocks from blocks(); get() returns a value source:
#     {"status": "known", "value": v, "sensitive": bool}
#     {"status": "missing"}                              unset, or null
#     {"status": "unresolved", "expression": text}       only known after apply
#   In plan JSON an attribute is unknown when after_unknown marks it; in configuration when it is an
#   expression other than a variable with a value. Blocks are always a list, whether the input
#   wrote one as an object (Terraform JSON) or an array (plan JSON, hcl2json).
package govguard.lib.fields

import data.govguard.lib.values
import data.govguard.lib.variables

unknown_after_apply := {"status": "unresolved", "expression": "(known after apply)"}

get(entity, name) := plan_source(entity, name) if {
	entity.kind == "plan"
} else := config_source(entity, name)

plan_source(entity, name) := unknown_after_apply if {
	entity.unknown[name] == true
} else := {"status": "known", "value": value, "sensitive": sensitive(entity, name)} if {
	value := entity.values[name]
	value != null
} else := {"status": "missing"}

default sensitive(_, _) := false

sensitive(entity, name) if entity.sensitive[name] == true

config_source(entity, name) := variables.resolve(entity.module_path, values.from_config_value(entity.values[name])) if {
	name in object.keys(entity.values)
} else := {"status": "missing"}

# The known value of an attribute; undefined when it is missing or unresolved.
known(entity, name) := source.value if {
	source := get(entity, name)
	source.status == "known"
}

# The known value, or `fallback` when the attribute is unset (the provider's default applies);
# undefined when the value is only known after apply.
value_or(entity, name, fallback) := known(entity, name) if {
	get(entity, name).status == "known"
} else := fallback if {
	get(entity, name).status == "missing"
}

# --- blocks ----------------------------------------------------------------------------------

blocks(entity, name) := [child(entity, body, i, name) | some i, body in block_bodies(entity.values, name)]

block_bodies(values, name) := list if {
	list := values[name]
	is_array(list)
} else := [body] if {
	body := values[name]
	is_object(body)
} else := []

child(entity, body, i, name) := {
	"kind": entity.kind,
	"module_path": entity.module_path,
	"values": object_or_empty(body),
	"unknown": child_meta(entity.unknown, name, i),
	"sensitive": child_meta(entity.sensitive, name, i),
}

child_meta(meta, name, i) := object_or_empty(meta[name][i]) if {
	is_array(meta[name])
} else := {}

object_or_empty(value) := value if is_object(value)

object_or_empty(value) := {} if not is_object(value)

# "present", "missing", or "unresolved" when the block's contents are only known after apply:
# unknown in the plan, an expression in configuration, or written as an HCL dynamic block.
block_status(entity, name) := "unresolved" if {
	entity.unknown[name] == true
} else := "unresolved" if {
	is_string(entity.values[name])
	values.is_template(entity.values[name])
} else := "unresolved" if {
	some dynamic in block_bodies(entity.values, "dynamic")
	name in object.keys(dynamic)
} else := "present" if {
	count(block_bodies(entity.values, name)) > 0
} else := "missing"

# --- describing values in findings ------------------------------------------------------------

# A value as a finding shows it: never a sensitive one.
display(source) := "(sensitive)" if {
	source.sensitive == true
} else := source.value if {
	is_string(source.value)
} else := json.marshal(source.value)

# "<name> is 30" / "<name> is not set" / "<name> is set from X, known only after apply".
describe(name, source) := {
	"zh": concat("", [name, " 为 ", display(source)]),
	"en": concat("", [name, " is ", display(source)]),
} if {
	source.status == "known"
} else := {
	"zh": concat("", [name, " 未设置"]),
	"en": concat("", [name, " is not set"]),
} if {
	source.status == "missing"
} else := {
	"zh": concat("", [name, " 取自 ", source.expression, "，应用前无法核实"]),
	"en": concat("", [name, " is set from ", source.expression, ", which cannot be verified before apply"]),
}

# A known numeric value, also from a numeric string ("365" in HCL converts as terraform would).
number(source) := source.value if {
	source.status == "known"
	is_number(source.value)
} else := to_number(source.value) if {
	source.status == "known"
	is_string(source.value)
	regex.match(`^-?[0-9]+(\.[0-9]+)?$`, source.value)
}

# A known boolean, also from "true"/"false" strings.
boolean(source) := source.value if {
	source.status == "known"
	is_boolean(source.value)
} else := source.value == "true" if {
	source.status == "known"
	source.value in {"true", "false"}
}

# An integer as text for messages (30, not 30.0).
int_text(n) := format_int(n, 10) if {
	is_number(n)
	n == floor(n)
} else := json.marshal(n)

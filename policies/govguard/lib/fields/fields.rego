# METADATA
# description: |
#   Reading attributes and blocks of a resource the same way in every input shape. An "entity" is a
#   resource from lib.resources or one of its blocks from blocks(); get() returns a value source:
#     {"status": "known", "value": v, "sensitive": bool}
#     {"status": "missing"}                              unset, or null
#     {"status": "unresolved", "expression": text}       only known after apply
#   In plan JSON an attribute is unknown when after_unknown marks it (a plan govguard evaluated from
#   configuration also says what it is set from: unknown_texts); in configuration when it is an
#   expression other than a variable with a value. Blocks are always a list, whether the input
#   wrote one as an object (Terraform JSON) or an array (plan JSON, hcl2json).
package govguard.lib.fields

import data.govguard.lib.config
import data.govguard.lib.digits
import data.govguard.lib.resources
import data.govguard.lib.values
import data.govguard.lib.variables

unknown_after_apply := {"status": "unresolved", "expression": "(known after apply)"}

# Constants are rules: wasm builds a literal object or set on every evaluation of an expression
# holding it, and a rule once.
missing := {"status": "missing"}

empty_values := {"", [], {}}

get(entity, name) := plan_source(entity, name) if {
	entity.kind == "plan"
} else := config_source(entity, name)

# The hottest function of the bundle: whether the attribute is unknown is asked once, not once
# per kind of unknown (most attributes read are known).
plan_source(entity, name) := unknown_source(entity, name) if {
	entity.unknown[name] == true
} else := {"status": "known", "value": value, "sensitive": sensitive(entity, name)} if {
	value := entity.values[name]
	value != null
} else := missing

unknown_source(entity, name) := {"status": "unresolved", "expression": text} if {
	text := object.get(entity, ["unknown_texts", name], null)
	is_string(text)
} else := {"status": "unresolved", "expression": entity.block_text} if {
	# Inside a block whose unknowns the plan describes by one text for the whole block.
	is_string(object.get(entity, "block_text", null))
} else := unknown_after_apply

default sensitive(_, _) := false

sensitive(entity, name) if entity.sensitive[name] == true

config_source(entity, name) := followed(path, followed(path, config_value(path, entity.values[name]))) if {
	name in object.keys(entity.values)
	path := entity.module_path
} else := missing

config_value(path, raw) := encoded(path, raw.govguard_jsonencode) if {
	is_object(raw)
	"govguard_jsonencode" in object.keys(raw)
} else := elementwise_value(path, raw.govguard_toset) if {
	is_object(raw)
	is_array(raw.govguard_toset)
} else := elementwise_value(path, raw) if {
	is_array(raw)
} else := {"status": "known", "value": map_value(path, raw)} if {
	is_object(raw)
} else := scalar_value(path, raw)

# A single value: a literal; exactly a variable or a local; or a string with "${var.x}" and
# "${local.x}" inside ("gov-${var.env}-logs"), known when each of them is.
scalar_value(path, raw) := interpolated if {
	is_string(raw)
	not regex.match(`^\$\{[^{}]*\}$`, raw)
	not contains(raw, "%{")
	interpolated := interpolation(path, raw)
} else := localised(path, variables.resolve(path, values.from_config_value(raw)))

interpolation(path, text) := {"status": "known", "value": strings.replace_n(parts, text)} if {
	matches := regex.find_all_string_submatch_n(`\$\{\s*([^{}]+?)\s*\}`, text, -1)
	count(matches) > 0
	parts := {match[0]: text_of(source.value) |
		some match in matches
		source := localised(path, variables.resolve(path, values.from_config_value(concat("", ["${", match[1], "}"]))))
		source.status == "known"
	}
	every match in matches {
		parts[match[0]]
	}
}

text_of(value) := value if {
	is_string(value)
} else := digits.text(value) if {
	is_number(value)
} else := json.marshal(value)

# A map (tags = {"data-classification" = var.level}) with each value that is exactly a variable
# replaced by the variable's value where it has one; other values are kept as written.
map_value(path, raw) := {key: map_entry(path, value) | some key, value in raw}

map_entry(path, value) := source.value if {
	is_string(value)
	source := scalar_value(path, value)
	source.status == "known"
} else := value

# A list written element by element (["${var.app_cidr}", "10.0.0.0/8"]) is known when each of its
# elements is; otherwise it is unresolved, shown by the first element that is not known.
elementwise_value(path, raw) := {"status": "known", "value": [item.value | some item in items]} if {
	items := [scalar_value(path, element) | some element in raw]
	every item in items {
		item.status == "known"
	}
} else := {"status": "unresolved", "expression": object.get(first_unknown, "expression", "a list element that is not set")} if {
	first_unknown := [item |
		some element in raw
		item := scalar_value(path, element)
		item.status != "known"
	][0]
}

# A {"govguard_jsonencode": <value>} argument (a document built by hand for `opa eval`; govguard
# itself evaluates configuration in TypeScript, src/evaluate): known, as the JSON text terraform
# would produce, once every variable and local inside it is.
encoded(path, body) := {"status": "known", "value": strings.replace_n(replacements, json.marshal(body))} if {
	resolved := jsonencode_tokens(path, body)
	every _, source in resolved {
		source.status == "known"
	}
	replacements := {json.marshal(token): json.marshal(source.value) | some token, source in resolved}
} else := {"status": "unresolved", "expression": concat("", ["jsonencode(...) using ", concat(", ", sort([object.get(source, "expression", token) |
	some token, source in jsonencode_tokens(path, body)
	source.status != "known"
]))])}

jsonencode_tokens(path, body) := {token: scalar_value(path, token) |
	walk(body, [_, token])
	is_string(token)
	contains(token, "${")
}

# local.x takes the value of the module's `locals` entry x when that is a literal or a variable
# with a value (one level: a local built from other locals stays unresolved).
localised(path, source) := variables.resolve(path, values.from_config_value(raw)) if {
	source.status == "unresolved"
	some match in regex.find_all_string_submatch_n(`^local\.([\p{L}_][\p{L}\p{N}\p{M}_-]*)$`, source.expression, 1)
	raws := [block[match[1]] | some block in config.bodies(config.documents[path].locals)]

	# Terraform refuses a local defined twice; such a local stays unresolved here.
	count(raws) == 1
	raw := raws[0]
} else := source

# A value that is exactly another resource's argument (alicloud_x.y.attr, in the same module)
# takes that argument's value, as terraform plan would compute it before apply. Followed two
# references deep (Rego has no recursion); a reference to a counted instance is not followed.
followed(path, source) := in_scope(config_value(scope, target.values[ref[3]]), scope) if {
	source.status == "unresolved"
	scope := object.get(source, "scope", path)
	some ref in regex.find_all_string_submatch_n(`^(alicloud_[a-z0-9_]+)\.([\p{L}_][\p{L}\p{N}\p{M}_-]*)\.([a-z0-9_]+)$`, source.expression, 1)
	target := resources.list[resources.by_address[concat("", [module_prefix(scope), ref[1], ".", ref[2]])]]
	target.kind == "config"
	ref[3] in object.keys(target.values)
} else := source

# An unresolved value remembers the module its expression is written in.
in_scope(source, scope) := object.union({"scope": scope}, source) if {
	source.status == "unresolved"
} else := source

module_prefix("") := ""

module_prefix(path) := concat("", [path, "."]) if path != ""

# The known value of an attribute; undefined when it is missing or unresolved. In a plan, read
# as plan_source reads it, without building the source: wasm allocates every object a function
# returns, and this is asked hundreds of thousands of times on a large plan.
known(entity, name) := value if {
	entity.kind == "plan"
	not entity.unknown[name] == true
	value := entity.values[name]
	value != null
} else := source.value if {
	not entity.kind == "plan"
	source := get(entity, name)
	source.status == "known"
}

# The known value, or `fallback` when the attribute is unset (the provider's default applies);
# undefined when the value is only known after apply.
value_or(entity, name, fallback) := source_value_or(get(entity, name), fallback)

source_value_or(source, fallback) := source.value if {
	source.status == "known"
} else := fallback if {
	source.status == "missing"
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
	"values": values.object_or_empty(body),
	"unknown": child_meta(entity.unknown, name, i),
	"unknown_texts": child_meta(object.get(entity, "unknown_texts", {}), name, i),
	"sensitive": child_meta(entity.sensitive, name, i),
	"block_text": block_text(entity, name),
}

# What a plan govguard evaluated says a block's unknown contents are set from, when it gives one
# text for the whole block (null when it gives none, or one per attribute).
block_text(entity, name) := text if {
	text := object.get(entity, ["unknown_texts", name], null)
	is_string(text)
} else := text if {
	text := object.get(entity, "block_text", null)
	is_string(text)
} else := null

# A block written as one object (Terraform JSON, and plans govguard evaluates from it) is the
# list's only element, as in block_bodies.
child_meta(meta, name, i) := values.object_or_empty(meta[name][i]) if {
	is_array(meta[name])
} else := values.object_or_empty(meta[name]) if {
	i == 0
	is_object(meta[name])
} else := {}

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

# A block as a value source: unresolved (naming what it is set from) when block_status says so,
# known (its bodies) when present, else missing.
block_source(entity, name) := {"status": "unresolved", "expression": block_expression(entity, name)} if {
	block_status(entity, name) == "unresolved"
} else := {"status": "known", "value": blocks(entity, name)} if {
	block_status(entity, name) == "present"
} else := missing

block_expression(entity, name) := block_text(entity, name) if {
	entity.kind == "plan"
	is_string(block_text(entity, name))
} else := "(known after apply)" if {
	entity.kind == "plan"
} else := trim_suffix(trim_prefix(entity.values[name], "${"), "}") if {
	is_string(entity.values[name])
} else := trim_suffix(trim_prefix(for_each, "${"), "}") if {
	some dynamic in block_bodies(entity.values, "dynamic")
	some body in block_bodies(dynamic, name)
	for_each := body.for_each
	is_string(for_each)
} else := concat("", ["a dynamic \"", name, "\" block"])

# --- describing values in findings ------------------------------------------------------------

# A value as a finding shows it: never a sensitive one.
display(source) := "(sensitive)" if {
	source.sensitive == true
} else := source.value if {
	is_string(source.value)
} else := json.marshal(source.value)

# A known value as a finding shows it in a sentence: "an empty value" rather than nothing.
shown(source) := {"zh": "空值", "en": "an empty value"} if {
	empty_values[source.value]
} else := {"zh": display(source), "en": display(source)}

# "<name> is 30" / "<name> is empty" / "<name> is not set" / "<name> is set from X, which cannot
# be verified before apply".
describe(name, source) := {
	"zh": concat("", [name, " 为空"]),
	"en": concat("", [name, " is empty"]),
} if {
	source.status == "known"
	empty_values[source.value]
} else := {
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
	"zh": concat("", [name, " 为 ", source.expression, "，不是数字（Terraform 会拒绝），无法核实"]),
	"en": concat("", [name, " is ", source.expression, ", which is not a number (Terraform refuses it), so it cannot be verified"]),
} if {
	source.not_a_number == true
} else := {
	"zh": concat("", [name, " 取自 ", source.expression, "，应用前无法核实"]),
	"en": concat("", [name, " is set from ", source.expression, ", which cannot be verified before apply"]),
}

# A known numeric value, also from a string Terraform converts to a number (cty.ParseNumberVal:
# "365", "9e1", "+90", ".9e2", "90.", "1p6"). Any other string is not a number.
number(source) := source.value if {
	source.status == "known"
	is_number(source.value)
} else := to_number(source.value) if {
	source.status == "known"
	is_string(source.value)
	regex.match(`^-?[0-9]+(\.[0-9]+)?$`, source.value)
} else := to_number(decimal_text(source.value)) if {
	source.status == "known"
	is_string(source.value)
} else := binary_number(source.value) if {
	source.status == "known"
	is_string(source.value)
}

# A number attribute as a value source. The provider's schema makes it a number, so Terraform
# refuses a known value that does not convert to one ("abc", " 30", "0x1e", true, [90]): such a
# value cannot be verified, and is unresolved, quoted and cut to 60 characters. Any other source is
# returned as it is; a plan's values are already typed.
numeric(source) := {"status": "unresolved", "expression": quoted(source), "not_a_number": true} if {
	source.status == "known"
	not number(source)
} else := source

quoted(source) := "(sensitive)" if {
	source.sensitive == true
} else := text if {
	text := json.marshal(source.value)
	count(text) <= 60
} else := concat("", [substring(json.marshal(source.value), 0, 60), "…"])

# A numeric string in other spellings, as d.de±x: OPA's wasm to_number refuses "+90" and returns
# ".9e2" as a number whose JSON text is ".9e2", which is not JSON. The exponent is kept to two
# digits after its leading zeros ("30e000" is 30), where every engine reads the number as a
# double does.
decimal_text(text) := concat("", [sign, digits_or_zero(parts[2]), ".", digits_or_zero(parts[3]), "e", parts[4], digits_or_zero(parts[5])]) if {
	some parts in regex.find_all_string_submatch_n(`^([+-]?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?)0*([0-9]{1,2}))?$`, text, 1)
	concat("", [parts[2], parts[3]]) != ""
	sign := trim_prefix(parts[1], "+")
}

# A mantissa with a binary exponent, which big.ParseFloat also reads: "1p6" is 1 × 2⁶ = 64.
binary_number(text) := to_number(decimal_text(parts[1])) * power_of_two(to_number(decimal_text(concat("", [parts[2], parts[3]])))) if {
	some parts in regex.find_all_string_submatch_n(`^([+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+))[pP]([+-]?)0*([0-9]{1,2})$`, text, 1)
}

power_of_two(0) := 1

power_of_two(e) := product([2 | some _ in numbers.range(1, e)]) if e > 0

power_of_two(e) := 1 / product([2 | some _ in numbers.range(1, 0 - e)]) if e < 0

digits_or_zero("") := "0"

digits_or_zero(digits) := digits if digits != ""

# A known boolean, also from "true"/"false" strings.
boolean(source) := source.value if {
	source.status == "known"
	is_boolean(source.value)
} else := source.value == "true" if {
	source.status == "known"
	source.value in {"true", "false"}
}

# An integer as text for messages (30, not 30.0).
int_text(n) := digits.text(n) if {
	is_number(n)
} else := json.marshal(n)

# What a finding says first about the values it could not verify: each description followed by
# "; " (empty when there is none), so that `concat("", [caveat(texts).en, message])` reads
# "x is set from y, which cannot be verified before apply; <message>".
# Each description once, at most caveat_limit of them, and then how many more there are: one
# description per dynamic block would otherwise make a message of megabytes.
caveat(texts) := {
	"zh": concat("", [concat("", [text.zh, "；"]) | some text in texts]),
	"en": concat("", [concat("", [text.en, "; "]) | some text in texts]),
} if {
	count(texts) <= caveat_limit
	count({text | some text in texts}) == count(texts)
} else := {
	"zh": concat("", [concat("", [concat("", [text.zh, "；"]) | some text in shown]), more.zh]),
	"en": concat("", [concat("", [concat("", [text.en, "; "]) | some text in shown]), more.en]),
} if {
	# The first distinct ones, looked for among the first hundred (comparing each with those
	# before it is quadratic).
	head := array.slice(texts, 0, 100)
	distinct := [text | some i, text in head; not seen_before(head, i, text)]
	shown := array.slice(distinct, 0, caveat_limit)
	more := more_texts(count({text | some text in texts}) - count(shown))
}

caveat_limit := 10

seen_before(texts, i, text) if {
	some j, other in texts
	j < i
	other == text
}

more_texts(n) := {"zh": "", "en": ""} if {
	n == 0
} else := {
	"zh": concat("", ["另有 ", format_int(n, 10), " 项无法核实；"]),
	"en": concat("", ["and ", format_int(n, 10), " more that cannot be verified; "]),
}

# The descriptions of the sources, by name, that are only known after apply.
unresolved_texts(named) := [describe(name, source) |
	some name, source in named
	source.status == "unresolved"
]

# --- maps ------------------------------------------------------------------------------------

# Each entry of a map argument (variable_map, tags) as a value source: known, or unresolved when
# the plan marks it unknown or the configuration writes an expression. Empty when the map itself
# is unset or only known after apply.
map_entries(entity, name) := object.union(
	{key: {"status": "known", "value": value} |
		some key, value in known(entity, name)
		not values.is_template_value(value)
	},
	{key: {"status": "unresolved", "expression": entry_text(entity, name, key)} |
		some key, _ in map_unknowns(entity, name)
	},
)

# The entries only known after apply: marked in a plan, or written as an expression (the value
# is then the expression as written).
map_unknowns(entity, name) := object.union(
	{key: null |
		some key, mark in object.get(entity.unknown, name, {})
		mark == true
	},
	{key: value |
		some key, value in known(entity, name)
		values.is_template_value(value)
	},
)

entry_text(entity, name, key) := text if {
	text := object.get(entity, ["unknown_texts", name, key], null)
	is_string(text)
} else := text if {
	text := object.get(entity, ["unknown_texts", name], null)
	is_string(text)
} else := values.expression_text(value) if {
	value := known(entity, name)[key]
	is_string(value)
} else := "(known after apply)"

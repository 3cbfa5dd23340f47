# METADATA
# description: |
#   Resource instances of configuration input. A resource whose count or for_each is known before
#   apply (a literal, a variable with a value, toset([...])) becomes one instance per element,
#   addressed as terraform addresses it in a plan (name[0], name["key"]), with count.index,
#   each.key and each.value substituted into its arguments; so .tf code and its plan agree. Any
#   other resource is one entry under its plain address.
package govguard.lib.instances

import data.govguard.lib.config
import data.govguard.lib.digits
import data.govguard.lib.values
import data.govguard.lib.variables

# {"path", "type", "name", "key", "body"}: key is null for a resource without count or for_each,
# and also for one whose count or for_each cannot be known before apply.
entries := [entry |
	some path, doc in config.documents
	some type, blocks in doc.resource
	is_object(blocks)
	some name, block in blocks
	some body in config.bodies(block)
	some entry in of_resource(path, type, name, body)
]

of_resource(path, type, name, body) := [{"path": path, "type": type, "name": name, "key": key, "body": instance_body(body, key, value)} |
	some key, value in elements
] if {
	elements := repetition(path, body)
} else := [{"path": path, "type": type, "name": name, "key": null, "body": body}]

# The instances of a counted or for_each resource, as {key: each.value}; undefined when unknown.
repetition(path, body) := {i: i | n > 0; some i in numbers.range(0, n - 1)} if {
	"count" in object.keys(body)
	n := known(path, body.count)
	is_number(n)
	n == floor(n)
	n >= 0
} else := collection if {
	"for_each" in object.keys(body)
	collection := by_key(known(path, body.for_each))
}

by_key(value) := value if {
	is_object(value)
	not value.govguard_toset
} else := {element: element | some element in value.govguard_toset} if {
	is_object(value)
} else := {element: element | some element in value} if {
	is_array(value)
} else := {element: element | some element in value} if is_set(value)

known(path, raw) := source.value if {
	source := variables.resolve(path, values.from_config_value(raw))
	source.status == "known"
}

# "${count.index}", "${each.key}", "${each.value}" and "${each.value.attr}" in the arguments,
# replaced through the body's JSON text: a reference that is a whole value takes the element's
# own JSON type, one inside a longer string its text.
instance_body(body, key, value) := json.unmarshal(strings.replace_n(partial, strings.replace_n(whole, text))) if {
	text := json.marshal(object.remove(body, ["count", "for_each"]))
	references := {match[0]: resolved(match[0], key, value) |
		some match in regex.find_all_string_submatch_n(`\$\{\s*(count\.index|each\.key|each\.value(\.[A-Za-z0-9_-]+)*)\s*\}`, text, -1)
	}
	whole := {json.marshal(reference): json.marshal(replacement) | some reference, replacement in references}
	partial := {reference: text_of(replacement) | some reference, replacement in references; is_scalar(replacement)}
}

resolved(reference, key, value) := key if {
	regex.match(`^\$\{\s*(count\.index|each\.key)\s*\}$`, reference)
} else := value if {
	regex.match(`^\$\{\s*each\.value\s*\}$`, reference)
} else := object.get(value, path, null) if {
	is_object(value)
	inner := trim_space(trim_suffix(trim_prefix(reference, "${"), "}"))
	path := split(trim_prefix(inner, "each.value."), ".")
}

is_scalar(value) if is_string(value)

is_scalar(value) if is_number(value)

is_scalar(value) if is_boolean(value)

text_of(value) := value if is_string(value)

text_of(value) := digits.text(value) if {
	is_number(value)
	value == floor(value)
}

text_of(value) := json.marshal(value) if is_boolean(value)

# An instance's address suffix as a plan writes it: [0] or ["key"].
address_key(null) := ""

address_key(key) := concat("", ["[", digits.text(key), "]"]) if is_number(key)

address_key(key) := concat("", ["[", json.marshal(key), "]"]) if is_string(key)

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

of_resource(path, type, name, body) := [{"path": path, "type": type, "name": name, "key": key, "body": instance_body(body, {"mode": repeated.mode, "key": key, "value": value})} |
	some key, value in repeated.elements
] if {
	repeated := repetition(path, body)
} else := [{"path": path, "type": type, "name": name, "key": null, "body": body}]

# The instances of a counted or for_each resource, as {"mode": "count" | "each", "elements":
# {key: each.value}}; undefined when unknown.
repetition(path, body) := {"mode": "count", "elements": {i: i | n > 0; some i in numbers.range(0, n - 1)}} if {
	"count" in object.keys(body)
	n := known(path, body.count)
	is_number(n)
	n == floor(n)
	n >= 0
} else := {"mode": "each", "elements": collection} if {
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
# substituted on the data, never by pasting text into JSON: every string is rebuilt from its
# pieces. A reference that is a whole string takes the element's own value and JSON type; one
# inside a longer string its text. Bodies are rebuilt ten levels deep (Rego has no recursion),
# deeper than any control reads; a reference below that, to an attribute each.value lacks, or to
# a list or object inside a longer string stays as written, which reads as unresolved (fail closed).
# count.index only in a counted resource and each.* only in a for_each one, as terraform allows.
instance_body(body, element) := level1(object.remove(body, ["count", "for_each"]), element)

level1(node, element) := substituted_object(node, {k: level2(v, element) | some k, v in node}, element) if {
	is_object(node)
} else := [level2(v, element) | some v in node] if {
	is_array(node)
} else := substituted(node, element)

level2(node, element) := substituted_object(node, {k: level3(v, element) | some k, v in node}, element) if {
	is_object(node)
} else := [level3(v, element) | some v in node] if {
	is_array(node)
} else := substituted(node, element)

level3(node, element) := substituted_object(node, {k: level4(v, element) | some k, v in node}, element) if {
	is_object(node)
} else := [level4(v, element) | some v in node] if {
	is_array(node)
} else := substituted(node, element)

level4(node, element) := substituted_object(node, {k: level5(v, element) | some k, v in node}, element) if {
	is_object(node)
} else := [level5(v, element) | some v in node] if {
	is_array(node)
} else := substituted(node, element)

level5(node, element) := substituted_object(node, {k: level6(v, element) | some k, v in node}, element) if {
	is_object(node)
} else := [level6(v, element) | some v in node] if {
	is_array(node)
} else := substituted(node, element)

level6(node, element) := substituted_object(node, {k: level7(v, element) | some k, v in node}, element) if {
	is_object(node)
} else := [level7(v, element) | some v in node] if {
	is_array(node)
} else := substituted(node, element)

level7(node, element) := substituted_object(node, {k: level8(v, element) | some k, v in node}, element) if {
	is_object(node)
} else := [level8(v, element) | some v in node] if {
	is_array(node)
} else := substituted(node, element)

level8(node, element) := substituted_object(node, {k: level9(v, element) | some k, v in node}, element) if {
	is_object(node)
} else := [level9(v, element) | some v in node] if {
	is_array(node)
} else := substituted(node, element)

level9(node, element) := substituted_object(node, {k: level10(v, element) | some k, v in node}, element) if {
	is_object(node)
} else := [level10(v, element) | some v in node] if {
	is_array(node)
} else := substituted(node, element)

level10(node, element) := node if {
	is_object(node)
} else := node if {
	is_array(node)
} else := substituted(node, element)

# Keys of a map (tags = {(each.key) = "x"}) are substituted too, unless two keys would then be
# one: such an object keeps its keys as written.
substituted_object(node, children, element) := {substituted_key(k, element): v | some k, v in children} if {
	has_reference_key(node)
	count({substituted_key(k, element) | some k in object.keys(node)}) == count(node)
} else := children

has_reference_key(node) if {
	some k in object.keys(node)
	references_in(k)
}

substituted_key(k, element) := text_of(replacement) if {
	replacement := substituted(k, element)
	is_scalar(replacement)
} else := k

references_in(text) if {
	is_string(text)
	contains(text, "${")
	regex.match(reference_pattern, text)
}

reference_body := `(count\.index|each\.key|each\.value(?:\.[\p{L}\p{N}\p{M}_-]+)*)`

reference_pattern := concat("", [`\$\{\s*`, reference_body, `\s*\}`])

whole_reference_pattern := concat("", [`^\$\{\s*`, reference_body, `\s*\}$`])

# A string cut into consecutive pieces: the escapes "$${" and "%%{", references, and other text.
piece_pattern := concat("", [`\$\$\{|%%\{|\$\{\s*`, reference_body, `\s*\}|[^$%]+|[$%]`])

substituted(node, element) := node if {
	not references_in(node)
} else := whole if {
	some match in regex.find_all_string_submatch_n(whole_reference_pattern, node, 1)
	whole := resolved(match[1], element)
} else := concat("", [piece_text(piece, element) | some piece in regex.find_all_string_submatch_n(piece_pattern, node, -1)])

# A reference inside a longer string becomes the text of a string, number or boolean.
piece_text(piece, element) := text_of(resolved(piece[1], element)) if {
	piece[1] != ""
	is_scalar(resolved(piece[1], element))
} else := piece[0]

resolved("count.index", element) := element.key if element.mode == "count"

resolved("each.key", element) := element.key if element.mode == "each"

resolved("each.value", element) := element.value if element.mode == "each"

resolved(reference, element) := found if {
	element.mode == "each"
	startswith(reference, "each.value.")
	is_object(element.value)
	found := object.get(element.value, split(trim_prefix(reference, "each.value."), "."), absent)
	found != absent
}

# Not a value any configuration holds: marks an attribute each.value lacks.
absent := {"govguard_absent": true}

is_scalar(value) if is_string(value)

is_scalar(value) if is_number(value)

is_scalar(value) if is_boolean(value)

text_of(value) := value if is_string(value)

text_of(value) := digits.text(value) if {
	is_number(value)
	value == floor(value)
}

text_of(value) := json.marshal(value) if is_boolean(value)

# An instance's address suffix as a plan writes it: [0] or ["key"], the key quoted as Terraform
# quotes it (HCL string syntax: \" \\ \n \r \t, "$${" and "%%{" for template introducers,
# \u00XX for other ASCII control characters), not as JSON. A key arrives as template text, in
# which "$${" and "%%{" already are those escapes.
address_key(null) := ""

address_key(key) := concat("", ["[", digits.text(key), "]"]) if is_number(key)

address_key(key) := concat("", ["[\"", quoted, "\"]"]) if {
	is_string(key)
	quoted := concat("", [object.get(hcl_escapes, piece[0], piece[0]) | some piece in regex.find_all_string_submatch_n(quoting_pattern, key, -1)])
}

quoting_pattern := `\$\$\{|%%\{|\$\{|%\{|[\x00-\x1f\x7f"\\]|[^\x00-\x1f\x7f"\\$%]+|[$%]`

hcl_escapes := object.union(
	{"\"": `\"`, "\\": `\\`, "\n": `\n`, "\r": `\r`, "\t": `\t`, "${": "$${", "%{": "%%{", "$${": "$${", "%%{": "%%{"},
	{char: concat("", [`\u00`, code]) | some code, char in ascii_controls},
)

# The other ASCII control characters by their hex code, as Terraform writes them (\u001b).
ascii_controls := {
	"00": "\u0000", "01": "\u0001", "02": "\u0002", "03": "\u0003", "04": "\u0004", "05": "\u0005", "06": "\u0006", "07": "\u0007",
	"08": "\u0008", "0b": "\u000b", "0c": "\u000c", "0e": "\u000e", "0f": "\u000f",
	"10": "\u0010", "11": "\u0011", "12": "\u0012", "13": "\u0013", "14": "\u0014", "15": "\u0015", "16": "\u0016", "17": "\u0017",
	"18": "\u0018", "19": "\u0019", "1a": "\u001a", "1b": "\u001b", "1c": "\u001c", "1d": "\u001d", "1e": "\u001e", "1f": "\u001f",
	"7f": "\u007f",
}

# METADATA
# description: |
#   Values only known after apply, as findings name them: a block whose contents are unknown (an
#   expression, a dynamic block), and an attribute inside a block, whose expression a plan govguard
#   evaluated from configuration records once per top-level attribute (govguard_unknown).
package govguard.lib.pending

import data.govguard.lib.classification
import data.govguard.lib.config
import data.govguard.lib.fields
import data.govguard.lib.values

# A block of `entity` as a value source: unresolved, with what it is set from, when
# fields.block_status says so; undefined otherwise.
block(entity, name) := {"status": "unresolved", "expression": text} if {
	fields.block_status(entity, name) == "unresolved"
	text := block_text(entity, name)
}

block_text(entity, name) := text if {
	text := object.get(entity, ["unknown_texts", name], null)
	is_string(text)
} else := values.expression_text(entity.values[name]) if {
	is_string(entity.values[name])
} else := concat("", ["dynamic \"", name, "\" for_each = ", values.expression_text(for_each)]) if {
	some dynamic in config.bodies(entity.values.dynamic)
	some spec in config.bodies(dynamic[name])
	for_each := spec.for_each
	is_string(for_each)
} else := concat("", ["dynamic \"", name, "\""]) if {
	entity.kind == "config"
} else := fields.unknown_after_apply.expression

# Attribute `name` of a block `entity` found under the top-level attribute `top` of `resource`,
# as fields.get reads it, naming the expression the top-level attribute records when the block's
# own record has none.
nested(resource, top, entity, name) := object.union(source, {"expression": text}) if {
	source := fields.get(entity, name)
	source.status == "unresolved"
	source.expression == fields.unknown_after_apply.expression
	text := object.get(resource, ["unknown_texts", top], null)
	is_string(text)
} else := fields.get(entity, name)

# A block inside a block, as block() gives it, naming the top-level attribute's expression.
nested_block(resource, top, entity, name) := object.union(source, {"expression": text}) if {
	source := block(entity, name)
	source.expression == fields.unknown_after_apply.expression
	text := object.get(resource, ["unknown_texts", top], null)
	is_string(text)
} else := block(entity, name)

# The data classification of a resource when it is only known after apply, as [name, source]:
# the whole tags map, or the classification tag's value, set from an expression. Undefined when
# the classification is known or absent.
classification_of(resource) := ["tags", source] if {
	source := fields.get(resource, "tags")
	source.status == "unresolved"
} else := [name, {"status": "unresolved", "expression": text}] if {
	name := concat(".", ["tags", classification.tag_key])
	text := classification.pending(resource)
} else := [name, {"status": "unresolved", "expression": text}] if {
	resource.kind == "plan"
	resource.unknown.tags[classification.tag_key] == true
	name := concat(".", ["tags", classification.tag_key])
	text := object.get(resource, ["unknown_texts", "tags"], fields.unknown_after_apply.expression)
}

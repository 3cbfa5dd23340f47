# METADATA
# description: |
#   Values the input marks sensitive: attributes a plan's after_sensitive (or sensitive_values)
#   flags, and variables declared sensitive, in any input shape. Findings never show them: the
#   report replaces each with "(sensitive)" in every message, whatever the rule printed.
package govguard.lib.sensitive

import data.govguard.lib.config
import data.govguard.lib.digits
import data.govguard.lib.document
import data.govguard.lib.resources

placeholder := "(sensitive)"

# Shorter texts ("on", "80") would be replaced wherever they happen to occur in a message.
min_length := 4

values contains text if {
	some resource in resources.list
	resource.kind == "plan"

	# after_sensitive mirrors the whole `after`, mostly false: look inside only when it flags anything
	# (govguard's reader leaves only the flags that are true, so most are empty and not serialised).
	resource.sensitive != {}
	contains(json.marshal(resource.sensitive), "true")
	walk(resource.sensitive, [path, flag])
	flag == true
	some text in texts(object.get(resource.values, path, null))
}

values contains text if {
	document.kind == "plan"
	some name, declared in input.configuration.root_module.variables
	declared.sensitive == true
	some text in texts(input.variables[name].value)
}

values contains text if {
	document.kind == "config"
	some path, doc in config.documents
	some name, block in doc.variable
	some body in config.bodies(block)
	body.sensitive == true
	some text in texts(variable_value(path, name, body))
}

# A root variable set in tfvars takes that value; otherwise its default.
variable_value(path, name, body) := input.govguard_tfvars[name] if {
	path == ""
	name in object.keys(object.get(input, "govguard_tfvars", {}))
} else := body.default

texts(value) := {value} if {
	is_string(value)
	count(value) >= min_length
} else := {digits.text(value)} if {
	is_number(value)
	value == floor(value)
	abs(value) >= 1000
} else := {leaf |
	walk(value, [_, leaf])
	is_string(leaf)
	count(leaf) >= min_length
}

# A message with every sensitive value replaced.
scrubbed(message) := message if {
	count(values) == 0
} else := {language: strings.replace_n(replacements, text) | some language, text in message}

replacements := {value: placeholder | some value in values}

# METADATA
# description: |
#   Reads Terraform configuration as JSON: CDKTF `cdk.tf.json` and `*.tf.json` (a single block body
#   is an object) and `.tf` files converted by hcl2json (every block body is an array). Local child
#   modules, which the host loads from `module` blocks with a local source, arrive under
#   `govguard_modules` keyed by module path; variable values from tfvars files under
#   `govguard_tfvars`.
package govguard.lib.config

import data.govguard.lib.values

# Configuration documents by module path: "" is the root module.
documents := object.union({"": input}, {path: module.config | some path, module in input.govguard_modules}) if {
	is_object(input.govguard_modules)
} else := {"": input}

# A block's bodies, whether written as one object or as an array of objects.
bodies(block) := block if is_array(block)

bodies(block) := [block] if is_object(block)

# Local provider names mapped to their source addresses, from terraform.required_providers.
# Terraform refuses a name required twice; here the first source in sort order is taken, so such
# input still evaluates.
required_sources(doc) := {name: sort(sources)[0] |
	some [name, _] in required_pairs(doc)
	sources := [pair[1] | some pair in required_pairs(doc); pair[0] == name]
}

required_pairs(doc) := {[name, source_of(name, spec)] |
	some settings in bodies(doc.terraform)
	some required in bodies(settings.required_providers)
	some name, spec in required
}

# The old form `alicloud = "~> 1.0"` (a version string) or a spec without a source means the
# provider's default namespace. object.get keeps the argument defined: OPA evaluates a call with an
# undefined argument as undefined, even under `not`.
source_of(name, spec) := source if {
	source := object.get(spec, "source", null)
	is_string(source)
} else := concat("/", ["hashicorp", name])

# The local names under which a module refers to the alicloud provider.
alicloud_names(doc) := declared | {"alicloud"} if {
	declared := {name | some name, source in required_sources(doc); values.is_alicloud_source(source)}
	not required_sources(doc).alicloud
} else := {name | some name, source in required_sources(doc); values.is_alicloud_source(source)}

# Module call bodies by module path, for lookups that must not be undefined.
module_calls := {path: module_call(path) | some path in object.keys(input.govguard_modules)}

# Terraform refuses a module or variable declared twice; the first declaration is taken here.
module_call(path) := body if {
	parts := split(path, ".")
	parent := documents[values.parent_module(path)]
	body := bodies(parent.module[parts[count(parts) - 1]])[0]
}

variable_body(doc, name) := bodies(doc.variable[name])[0]

module_argument(path, name) := values.from_config_value(module_call(path)[name]) if {
	name in object.keys(module_call(path))
} else := {"status": "known", "value": default_value} if {
	default_value := variable_body(documents[path], name).default
} else := {"status": "unresolved", "expression": concat(".", ["var", name])}

root_variable(name) := {
	"status": "known",
	"value": input.govguard_tfvars[name],
	"sensitive": object.get(variable_body(input, name), "sensitive", false) == true,
} if {
	name in object.keys(object.get(input, "govguard_tfvars", {}))
} else := {
	"status": "known",
	"value": variable_body(input, name).default,
	"sensitive": object.get(variable_body(input, name), "sensitive", false) == true,
} if {
	"default" in object.keys(variable_body(input, name))
} else := {"status": "unresolved", "expression": concat(".", ["var", name])}

provider_key(path, name, alias) := concat("", [module_prefix(path), name, alias_suffix(alias)])

module_prefix("") := ""

module_prefix(path) := concat("", [path, ":"]) if path != ""

alias_suffix("") := ""

alias_suffix(alias) := concat(".", ["", alias]) if alias != ""

# alicloud provider blocks with their region as a value source, not yet resolved.
declared_providers[key] := {
	"key": key,
	"alias": alias,
	"module": path,
	"region": values.from_config_value(object.get(body, "region", null)),
} if {
	some path, doc in documents
	some name in alicloud_names(doc)
	blocks := bodies(doc.provider[name])
	aliases := [object.get(block, "alias", "") | some block in blocks]
	some i, body in blocks
	alias := aliases[i]
	not aliased_before(aliases, i)
	key := provider_key(path, name, alias)
}

# Terraform refuses two provider blocks with the same alias; the first is taken here.
aliased_before(aliases, i) if {
	some j in numbers.range(0, i - 1)
	j < i
	aliases[j] == aliases[i]
}

# Resources and data sources that use the root module's default alicloud provider without a
# provider block for it: Terraform then configures it from the environment, with no region.
implied_providers[key] := {"key": key, "alias": "", "module": "", "region": {"status": "missing"}} if {
	key := "alicloud"
	not declared_providers[key]
	some path in object.keys(documents)
	inherits_root_default(path)
	uses_default_provider(documents[path])
}

uses_default_provider(doc) if {
	some mode in ["resource", "data"]
	some type, instances in doc[mode]
	startswith(type, "alicloud_")
	some block in instances
	some body in bodies(block)
	not body.provider
}

inherits_root_default("")

# A module inherits the root's default provider unless it, or a module above it, declares its
# own default alicloud provider or is handed one through a `providers` argument.
inherits_root_default(path) if {
	path != ""
	parts := split(path, ".")
	every n in numbers.range(1, count(parts) / 2) {
		ancestor := concat(".", array.slice(parts, 0, n * 2))
		not declared_providers[provider_key(ancestor, "alicloud", "")]
		not module_calls[ancestor].providers
	}
}

alicloud_providers := object.union(declared_providers, implied_providers)

# --- resources -------------------------------------------------------------------------------

address_prefix("") := ""

address_prefix(path) := concat("", [path, "."]) if path != ""

# A resource instance from lib.instances as the resource model of lib.resources.
resource_from_entry(entry, position, key_suffix) := {
	"position": position,
	"address": concat("", [address_prefix(entry.path), entry.type, ".", entry.name, key_suffix]),
	"type": entry.type,
	"name": entry.name,
	"module": entry.path,
	"module_path": entry.path,
	"index": entry.key,
	"action": "create",
	"kind": "config",
	"values": entry.body,
	"unknown": {},
	"sensitive": {},
}

# --- which provider configuration a resource uses --------------------------------------------

# "alicloud" or "alicloud.dr" from a provider meta-argument ("${alicloud.dr}" in hcl2json output).
provider_reference(body) := trim_suffix(trim_prefix(body.provider, "${"), "}") if {
	is_string(body.provider)
} else := "alicloud"

declares(path, reference) if {
	parts := split(reference, ".")
	some body in bodies(documents[path].provider[parts[0]])
	body_alias(body) == alias_of(reference)
}

body_alias(body) := body.alias if {
	is_string(body.alias)
} else := ""

passed(path, reference) := trim_suffix(trim_prefix(module_call(path).providers[reference], "${"), "}")

# One step up the module chain: a module's own provider block ends it; a `providers` argument
# or inheritance of the default configuration leads to the caller.
provider_step(node) := node if {
	node.done
} else := {"done": true, "key": node.reference} if {
	node.path == ""
} else := {"done": true, "key": provider_key(node.path, split(node.reference, ".")[0], alias_of(node.reference))} if {
	declares(node.path, node.reference)
} else := {"done": false, "path": values.parent_module(node.path), "reference": passed(node.path, node.reference)} if {
	passed(node.path, node.reference)
} else := {"done": false, "path": values.parent_module(node.path), "reference": node.reference} if {
	not contains(node.reference, ".")
} else := {"done": true, "key": concat(":", [node.path, node.reference])}

alias_of(reference) := parts[1] if {
	parts := split(reference, ".")
	count(parts) > 1
} else := ""

# The key, as in lib.provider.alicloud, of the provider configuration a resource uses.
resource_provider_key(resource) := last.key if {
	first := {"done": false, "path": resource.module_path, "reference": provider_reference(resource.values)}
	last := provider_step(provider_step(provider_step(provider_step(provider_step(provider_step(provider_step(provider_step(provider_step(first)))))))))
	last.done
}

# METADATA
# description: |
#   Reads Terraform plan JSON (`terraform show -json`): module calls, provider configurations and
#   the variables that set them. Module calls are found level by level to a depth of eight, since
#   Rego has no recursion; anything deeper cannot be resolved and so fails closed.
package govguard.lib.plan

import data.govguard.lib.index
import data.govguard.lib.values

root := input.configuration.root_module

# Module calls by configuration path ("module.a", "module.a.module.b"): instance keys such as
# [0] or ["x"] never appear in configuration paths.
level1[path] := call if {
	some name, call in root.module_calls
	path := concat(".", ["module", name])
}

level2[path] := call if {
	some parent, above in level1
	some name, call in above.module.module_calls
	path := concat(".", [parent, "module", name])
}

level3[path] := call if {
	some parent, above in level2
	some name, call in above.module.module_calls
	path := concat(".", [parent, "module", name])
}

level4[path] := call if {
	some parent, above in level3
	some name, call in above.module.module_calls
	path := concat(".", [parent, "module", name])
}

level5[path] := call if {
	some parent, above in level4
	some name, call in above.module.module_calls
	path := concat(".", [parent, "module", name])
}

level6[path] := call if {
	some parent, above in level5
	some name, call in above.module.module_calls
	path := concat(".", [parent, "module", name])
}

level7[path] := call if {
	some parent, above in level6
	some name, call in above.module.module_calls
	path := concat(".", [parent, "module", name])
}

level8[path] := call if {
	some parent, above in level7
	some name, call in above.module.module_calls
	path := concat(".", [parent, "module", name])
}

calls := object.union_n([level1, level2, level3, level4, level5, level6, level7, level8])

# The argument a module call passes for one of the module's variables, as a value source.
module_argument(path, name) := values.from_plan_expression(expr) if {
	expr := calls[path].expressions[name]
} else := {"status": "known", "value": default_value} if {
	default_value := calls[path].module.variables[name].default
} else := {"status": "unresolved", "expression": concat(".", ["var", name])}

root_variable(name) := {
	"status": "known",
	"value": input.variables[name].value,
	"sensitive": object.get(root, ["variables", name, "sensitive"], false) == true,
} if {
	"value" in object.keys(input.variables[name])
} else := {"status": "unresolved", "expression": concat(".", ["var", name])}

# alicloud provider configurations with their region as a value source, not yet resolved.
alicloud_providers[key] := {
	"key": key,
	"alias": object.get(config, "alias", ""),
	"module": object.get(config, "module_address", ""),
	"region": region_source(config),
} if {
	some key, config in input.configuration.provider_config
	values.is_alicloud_source(provider_source(key, config))
}

# full_name when the plan has it; else the local name, also readable from the key
# ("module.x:alicloud.dr" -> "alicloud").
provider_source(key, config) := object.get(config, "full_name", object.get(config, "name", local_name)) if {
	parts := split(key, ":")
	local_name := split(parts[count(parts) - 1], ".")[0]
}

region_source(config) := values.from_plan_expression(config.expressions.region) if {
	is_object(config.expressions.region)
} else := {"status": "missing"}

# --- resources -------------------------------------------------------------------------------

managed_changes := [change |
	some change in input.resource_changes
	object.get(change, "mode", "managed") == "managed"
]

# Terraform's action lists by the action rules read. A lookup, not a function of one clause per
# list: wasm builds each clause's literal list on every call, 1.3 KB a resource.
action_names := {
	["create"]: "create",
	["update"]: "update",
	["delete"]: "delete",
	["delete", "create"]: "replace",
	["create", "delete"]: "replace",
	["no-op"]: "no-op",
	["read"]: "read",
}

# A part of a change that should be an object, {} when it is not. Not object.get with a path:
# wasm builds the path's literal list on every call.
change_object(change, key) := value if {
	value := change.change[key]
	is_object(value)
} else := {}

resource_from_change(change, position) := {
	"position": position,
	"address": change.address,
	"type": change.type,
	"name": object.get(change, "name", ""),
	"module": object.get(change, "module_address", ""),
	"module_path": module_paths[object.get(change, "module_address", "")],
	"index": object.get(change, "index", null),
	"action": action_of(change),
	"kind": "plan",
	"values": change_object(change, "after"),
	"unknown": change_object(change, "after_unknown"),
	"sensitive": change_object(change, "after_sensitive"),
	"unknown_texts": change_object(change, "govguard_unknown"),
}

# A malformed or unknown actions list reads as "create", so the resource is still judged.
action_of(change) := action_names[change.change.actions] if {
	is_array(change.change.actions)
} else := "create"

# Module configuration paths of module instance addresses: module.a[0].module.b["x"] ->
# module.a.module.b. Keys may hold dots or brackets inside quotes, so names are matched, not split,
# unless the address has no quotes and plain steps (module_path).
# Indexes are complete rules built from partial ones: OPA's Go evaluator re-runs a partial rule's
# body for every lookup with a ground key (quadratic over a plan), while a complete rule is
# computed once and looked up in constant time, in Go and in wasm alike.
module_paths := {module: module_path(module) | some module in module_addresses}

module_addresses contains object.get(change, "module_address", "") if {
	some change in managed_changes
}

module_addresses contains entry.module if {
	some entry in value_entries
}

# An address of unquoted steps (module.a[0].module.b) is split at its dots, which gives what the
# pattern does: OPA's wasm compiles a pattern afresh in every evaluation, and this one took 4% of
# the evaluation of a 50-resource plan. Any other address (a key in quotes, a step that is not
# module.<name>) is matched by the pattern.
module_path(address) := concat(".", [concat(".", ["module", split(step, "[")[0]]) |
	some i, step in split(address, ".")
	i % 2 == 1
]) if {
	not contains(address, `"`)
	plain_steps(split(address, "."))
} else := module_path_by_pattern(address)

module_path_by_pattern(address) := concat(".", [concat(".", ["module", match[1]]) |
	some match in regex.find_all_string_submatch_n(
		`module\.([^.\["]+)(\[(?:"(?:[^"\\]|\\.)*"|[0-9]+)\])?`,
		address,
		-1,
	)
])

# "" (the root module), or module.<name> steps. The pattern reads a name up to the first "[" and
# goes on looking after it: what follows the "[" up to the next dot must not hold "module", where
# a match could start (module.a[xmodule.module.b is module.a.module.module to the pattern).
plain_steps([""])

plain_steps(steps) if {
	count(steps) % 2 == 0
	every i, step in steps {
		plain_step(i, step)
	}
}

plain_step(i, "module") if i % 2 == 0

plain_step(i, step) if {
	i % 2 == 1
	name := split(step, "[")[0]
	name != ""
	tail := trim_prefix(step, name)
	not contains(tail, "module")
}

# planned_values, for plans without resource_changes: child modules found level by level.
values_root := object.get(input, ["planned_values", "root_module"], {})

values_level1 := [child | some child in object.get(values_root, "child_modules", [])]

values_level2 := [child | some parent in values_level1; some child in object.get(parent, "child_modules", [])]

values_level3 := [child | some parent in values_level2; some child in object.get(parent, "child_modules", [])]

values_level4 := [child | some parent in values_level3; some child in object.get(parent, "child_modules", [])]

values_level5 := [child | some parent in values_level4; some child in object.get(parent, "child_modules", [])]

values_level6 := [child | some parent in values_level5; some child in object.get(parent, "child_modules", [])]

values_level7 := [child | some parent in values_level6; some child in object.get(parent, "child_modules", [])]

values_level8 := [child | some parent in values_level7; some child in object.get(parent, "child_modules", [])]

value_modules := array.flatten([
	[object.union(values_root, {"address": ""})],
	values_level1, values_level2, values_level3, values_level4,
	values_level5, values_level6, values_level7, values_level8,
])

value_entries := [{"module": object.get(module, "address", ""), "resource": resource} |
	some module in value_modules
	some resource in object.get(module, "resources", [])
	object.get(resource, "mode", "managed") == "managed"
]

resource_from_planned(entry, position) := {
	"position": position,
	"address": entry.resource.address,
	"type": entry.resource.type,
	"name": object.get(entry.resource, "name", ""),
	"module": entry.module,
	"module_path": module_paths[entry.module],
	"index": object.get(entry.resource, "index", null),
	"action": "create",
	"kind": "plan",
	"values": values.object_or_empty(object.get(entry.resource, "values", {})),
	"unknown": {},
	"sensitive": values.object_or_empty(object.get(entry.resource, "sensitive_values", {})),
}

# --- configuration of resources --------------------------------------------------------------

module_configs := object.union({"": root}, {path: call.module | some path, call in calls}) if {
	is_object(root)
} else := {path: call.module | some path, call in calls}

config_list := [{"key": concat("|", [path, resource.address]), "resource": resource} |
	some path, module in module_configs
	some resource in object.get(module, "resources", [])
]

# Positions by "<module path>|<type>.<name>", unique in any plan terraform writes.
config_positions := index.unique([{"key": entry.key, "position": position} | some position, entry in config_list])

config_resource(module_path, type, name) := config_list[position].resource if {
	# One concat: the key is built on every lookup, which rules make several times a resource.
	position := config_positions[concat("", [module_path, "|", type, ".", name])]
}

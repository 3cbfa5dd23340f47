# METADATA
# description: |
#   Reads Terraform plan JSON (`terraform show -json`): module calls, provider configurations and
#   the variables that set them. Module calls are found level by level to a depth of eight, since
#   Rego has no recursion; anything deeper cannot be resolved and so fails closed.
package govguard.lib.plan

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

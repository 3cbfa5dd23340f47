# METADATA
# description: |
#   Follows variables to their values for either reader: var.x inside a module is whatever the
#   module's caller passes for x, which may itself be one of the caller's variables, up to the
#   root's variable values. Chains are followed through at most eight modules (Rego has no
#   recursion); a longer chain is unresolved and so fails closed.
package govguard.lib.variables

import data.govguard.lib.config
import data.govguard.lib.document
import data.govguard.lib.plan
import data.govguard.lib.values

module_argument(path, name) := plan.module_argument(path, name) if {
	document.kind == "plan"
} else := config.module_argument(path, name)

root_variable(name) := plan.root_variable(name) if {
	document.kind == "plan"
} else := config.root_variable(name)

# One step along a chain: var.x in module M, set by M's caller from the caller's own var.y,
# leads to var.y in the caller; anywhere else the chain ends.
step(node) := {"module": values.parent_module(node.module), "var": source.var} if {
	node.module != ""
	source := module_argument(node.module, node.var)
	source.status == "variable"
} else := node

terminal_value(node) := root_variable(node.var) if {
	node.module == ""
} else := scoped(source, values.parent_module(node.module)) if {
	source := module_argument(node.module, node.var)
	source.status != "variable"
} else := {"status": "unresolved", "expression": concat(".", ["var", node.var])}

# An expression passed by a module's caller is written in the caller's module: "scope" says
# where its references point (alicloud_log_store.flow in the caller, not in the module).
scoped(source, module) := object.union(source, {"scope": module}) if {
	source.status == "unresolved"
} else := source

# The value of var.<name> as seen inside the module at <module> ("" for the root module).
value(module, name) := terminal_value(last) if {
	last := step(step(step(step(step(step(step(step({"module": module, "var": name}))))))))
}

# A value source with any variable looked up; a null value counts as missing.
resolve(module, source) := values.settled(value(module, source.var)) if {
	source.status == "variable"
} else := values.settled(source)

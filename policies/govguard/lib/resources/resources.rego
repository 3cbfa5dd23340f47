# METADATA
# description: |
#   The resource model every control reads, whatever the input shape. A resource is
#     {"address", "type", "name", "module", "module_path", "index", "action", "kind",
#      "values", "unknown", "sensitive", "position"}
#   - address: full address with module path and count/for_each keys as the input gives them;
#   - module: the module instance address ("" for the root), module_path the same without keys;
#   - values: the attributes as known before apply (plan `after`, or the configuration body);
#   - unknown / sensitive: plan JSON's after_unknown / after_sensitive ({} for configuration);
#     a plan govguard evaluated from configuration also has unknown_texts (govguard_unknown): what
#     each unknown value is set from, for messages;
#   - action: create, update, replace, delete, no-op (configuration is always "create");
#   - kind: "plan" or "config", which tells lib.fields how to read values;
#   - position: the resource's index in `list`, the value every index below holds.
#
#   Every index is an object comprehension: it is computed once and looked up in constant time in
#   both of OPA's evaluators, and it stays linear in the number of resources. (Partial object and
#   multi-value rules, sets of arrays, object.union_n and sort are quadratic in one evaluator or
#   the other at 100,000 resources; policies/README.md has the figures.)
package govguard.lib.resources

import data.govguard.lib.config
import data.govguard.lib.document
import data.govguard.lib.index
import data.govguard.lib.instances
import data.govguard.lib.plan

# Plan: resource_changes when the plan has them, else planned_values (a plan with no changes can
# lack resource_changes). Configuration: every resource block of every module document.
default list := []

list := plan_resources if document.kind == "plan"

list := config_resources if document.kind == "config"

plan_resources := [plan.resource_from_change(change, position) |
	some position, change in plan.managed_changes
] if {
	is_array(input.resource_changes)
} else := [plan.resource_from_planned(entry, position) |
	some position, entry in plan.value_entries
]

config_resources := [config.resource_from_entry(entry, position, instances.address_key(entry.key)) | some position, entry in instances.entries]

# Positions by resource type, for the types present; resources being deleted are left out.
type_names := {resource.type | some resource in list}

by_type := {type: [position | some position, listed in listed_types; listed == type] | some type in type_names}

# The type of each resource by position ("" for a deleted one): wasm has no comprehension index,
# so by_type scans this once per type, and comparing strings costs less than reading objects.
listed_types := [listed_type(resource) | some resource in list]

listed_type(resource) := "" if resource.action == "delete"

else := resource.type

of_type(type) := [list[position] | some position in object.get(by_type, type, [])]

of_types(types) := [list[position] | some type in types; some position in object.get(by_type, type, [])]

count_of(type) := count(object.get(by_type, type, []))

# Resources a plan deletes or replaces (A12.1).
deleted := [resource | some resource in list; resource.action in {"delete", "replace"}]

# Positions by address; addresses are unique in any plan terraform writes.
by_address := index.unique([{"key": resource.address, "position": position} | some position, resource in list])

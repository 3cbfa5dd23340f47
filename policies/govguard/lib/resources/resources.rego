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

plan_resources := [with_current_arguments(plan.resource_from_change(change, position)) |
	some position, change in plan.managed_changes
] if {
	is_array(input.resource_changes)
} else := [with_current_arguments(plan.resource_from_planned(entry, position)) |
	some position, entry in plan.value_entries
]

config_resources := [with_current_arguments(config.resource_from_entry(entry, position, instances.address_key(entry.key))) |
	some position, entry in instances.entries
]

# --- deprecated names --------------------------------------------------------------------------

# Deprecated resource types the provider still accepts, by the type that replaced them: every rule
# reads them as that type (of_type, of_types, count_of, by_type), while the resource keeps its own
# type in its address and findings. Read from terraform-provider-alicloud v1.289.0: the types
# alicloud/provider.go registers with the same Go resource as their replacement, and alicloud_dns
# and alicloud_dns_record, whose DeprecationMessage names their replacement (their arguments differ:
# renamed_arguments). Only types some rule reads, or that a rule's type is deprecated into.
aliases := {
	"alicloud_actiontrail": "alicloud_actiontrail_trail",
	"alicloud_disk": "alicloud_ecs_disk",
	"alicloud_disk_attachment": "alicloud_ecs_disk_attachment",
	"alicloud_dns": "alicloud_alidns_domain",
	"alicloud_dns_domain": "alicloud_alidns_domain",
	"alicloud_dns_record": "alicloud_alidns_record",
	"alicloud_eip": "alicloud_eip_address",
	"alicloud_slb": "alicloud_slb_load_balancer",
	"alicloud_snapshot_policy": "alicloud_ecs_auto_snapshot_policy",
	"alicloud_yundun_bastionhost_instance": "alicloud_bastionhost_instance",
}

# The type every rule reads a resource of `type` as.
canonical_type(type) := object.get(aliases, type, type)

# The type a rule reads this resource as.
type_of(resource) := canonical_type(resource.type)

# Deprecated arguments by the resource type they are written on, each with the argument that
# replaced it: a rule reads the current name, so a resource that sets only the deprecated one is
# read as setting the current one (the provider applies it so). The same-schema aliases carry the
# same deprecated arguments as their replacement (v1.289.0 `Deprecated:` messages).
renamed_arguments := {
	"alicloud_actiontrail": {"name": "trail_name"},
	"alicloud_actiontrail_trail": {"name": "trail_name"},
	"alicloud_disk": {"name": "disk_name", "availability_zone": "zone_id"},
	"alicloud_ecs_disk": {"name": "disk_name", "availability_zone": "zone_id"},
	"alicloud_dns": {"name": "domain_name"},
	"alicloud_dns_record": {"name": "domain_name", "host_record": "rr", "routing": "line"},
	"alicloud_eip": {"name": "address_name", "instance_charge_type": "payment_type"},
	"alicloud_eip_address": {"name": "address_name", "instance_charge_type": "payment_type"},
	"alicloud_slb": {"name": "load_balancer_name", "specification": "load_balancer_spec"},
	"alicloud_slb_load_balancer": {"name": "load_balancer_name", "specification": "load_balancer_spec"},
	"alicloud_snapshot_policy": {"name": "auto_snapshot_policy_name"},
	"alicloud_ecs_auto_snapshot_policy": {"name": "auto_snapshot_policy_name"},
}

# The resource with each deprecated argument it sets also under the current name, where the
# current one is not set itself; any other resource as it is.
with_current_arguments(resource) := resource if {
	not renamed_arguments[resource.type]
} else := current_arguments(resource, {old: new |
	some old, new in renamed_arguments[resource.type]
	deprecated_set(resource, old)
	not current_set(resource, old, new)
})

current_arguments(resource, renames) := resource if {
	count(renames) == 0
} else := object.union(object.remove(resource, ["values", "unknown", "sensitive", "unknown_texts"]), {
	"values": object.union(resource.values, {new: resource.values[old] | some old, new in renames; old in object.keys(resource.values)}),
	"unknown": renamed_meta(resource.unknown, renames),
	"sensitive": renamed_meta(resource.sensitive, renames),
	"unknown_texts": renamed_meta(object.get(resource, "unknown_texts", {}), renames),
})

renamed_meta(meta, renames) := object.union(
	object.remove(meta, {new | some new in renames}),
	{new: meta[old] | some old, new in renames; old in object.keys(meta)},
)

# Set in configuration: written. Set in a plan: a value other than null, or known only after apply.
deprecated_set(resource, name) if {
	resource.kind == "config"
	name in object.keys(resource.values)
}

deprecated_set(resource, name) if {
	resource.kind == "plan"
	resource.values[name] != null
}

deprecated_set(resource, name) if {
	resource.kind == "plan"
	resource.unknown[name] == true
}

current_set(resource, _, new) if {
	resource.kind == "config"
	new in object.keys(resource.values)
}

current_set(resource, _, new) if {
	resource.kind == "plan"
	resource.values[new] != null
}

# An Optional+Computed current argument left unset is unknown in a plan as well: it yields to a
# deprecated one with a value (the provider refuses a configuration that sets both).
current_set(resource, old, new) if {
	resource.kind == "plan"
	resource.unknown[new] == true
	not resource.values[old] != null
}

# Positions by resource type as rules read it (canonical_type), for the types present; resources
# being deleted are left out.
type_names := {type_of(resource) | some resource in list}

by_type := {type: [position | some position, listed in listed_types; listed == type] | some type in type_names}

# The type of each resource by position ("" for a deleted one): wasm has no comprehension index,
# so by_type scans this once per type, and comparing strings costs less than reading objects.
listed_types := [listed_type(resource) | some resource in list]

listed_type(resource) := "" if resource.action == "delete"

else := type_of(resource)

# The resources of a type, its deprecated aliases included (of_type("alicloud_slb") and
# of_type("alicloud_slb_load_balancer") are the same list).
of_type(type) := [list[position] | some position in object.get(by_type, canonical_type(type), [])]

# Each resource once, also when `types` names a type and its alias.
of_types(types) := [list[position] | some type in canonical_types(types); some position in object.get(by_type, type, [])]

canonical_types(types) := {canonical_type(type) | some type in types}

count_of(type) := count(object.get(by_type, canonical_type(type), []))

# Resources a plan deletes or replaces (A12.1).
deleted := [resource | some resource in list; resource.action in {"delete", "replace"}]

# Positions by address; addresses are unique in any plan terraform writes.
by_address := index.unique([{"key": resource.address, "position": position} | some position, resource in list])

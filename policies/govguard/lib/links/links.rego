# METADATA
# description: |
#   How resources refer to each other. Alicloud often splits a setting into a standalone resource
#   (alicloud_oss_bucket_logging next to alicloud_oss_bucket, alicloud_db_backup_policy next to
#   alicloud_db_instance); a rule accepts either form, so it needs to know which standalone
#   resources belong to which parent. A child belongs to a parent when one of its attributes
#   references the parent (plan JSON configuration `references`, or a "${type.name...}" token in
#   configuration) or holds the parent's literal name.
#
#   Links are followed from child to parent only: a rule gathers, in one pass over the children,
#   the set of parent positions that have a suitable child, then checks each parent against it.
#   Nothing compares every resource with every other.
package govguard.lib.links

import data.govguard.lib.fields
import data.govguard.lib.index
import data.govguard.lib.plan
import data.govguard.lib.resources
import data.govguard.lib.values

# child type, the child's attributes that name the parent, parent type, and the parent's
# attributes a literal name can match (empty when only a reference can link them, as for IDs).
relations := {
	"oss_logging": {"child": "alicloud_oss_bucket_logging", "via": ["bucket"], "parent": "alicloud_oss_bucket", "keys": ["bucket"]},
	"oss_logging_target": {"child": "alicloud_oss_bucket_logging", "via": ["target_bucket"], "parent": "alicloud_oss_bucket", "keys": ["bucket"]},
	"oss_acl": {"child": "alicloud_oss_bucket_acl", "via": ["bucket"], "parent": "alicloud_oss_bucket", "keys": ["bucket"]},
	"oss_policy": {"child": "alicloud_oss_bucket_policy", "via": ["bucket"], "parent": "alicloud_oss_bucket", "keys": ["bucket"]},
	"oss_public_access_block": {"child": "alicloud_oss_bucket_public_access_block", "via": ["bucket"], "parent": "alicloud_oss_bucket", "keys": ["bucket"]},
	"oss_encryption": {"child": "alicloud_oss_bucket_server_side_encryption", "via": ["bucket"], "parent": "alicloud_oss_bucket", "keys": ["bucket"]},
	"oss_versioning": {"child": "alicloud_oss_bucket_versioning", "via": ["bucket"], "parent": "alicloud_oss_bucket", "keys": ["bucket"]},
	"oss_replication": {"child": "alicloud_oss_bucket_replication", "via": ["bucket"], "parent": "alicloud_oss_bucket", "keys": ["bucket"]},
	"oss_worm": {"child": "alicloud_oss_bucket_worm", "via": ["bucket"], "parent": "alicloud_oss_bucket", "keys": ["bucket"]},
	"oss_redundancy_transition": {"child": "alicloud_oss_bucket_data_redundancy_transition", "via": ["bucket"], "parent": "alicloud_oss_bucket", "keys": ["bucket"]},
	"log_store_project": {"child": "alicloud_log_store", "via": ["project_name", "project"], "parent": "alicloud_log_project", "keys": ["project_name", "name"]},
	"cdn_config": {"child": "alicloud_cdn_domain_config", "via": ["domain_name"], "parent": "alicloud_cdn_domain_new", "keys": ["domain_name"]},
	"cdn_log_delivery": {"child": "alicloud_cdn_real_time_log_delivery", "via": ["domain"], "parent": "alicloud_cdn_domain_new", "keys": ["domain_name"]},
	"dcdn_config": {"child": "alicloud_dcdn_domain_config", "via": ["domain_name"], "parent": "alicloud_dcdn_domain", "keys": ["domain_name"]},
	"rds_backup_policy": {"child": "alicloud_db_backup_policy", "via": ["instance_id"], "parent": "alicloud_db_instance", "keys": []},
	"rds_cross_backup": {"child": "alicloud_rds_instance_cross_backup_policy", "via": ["instance_id"], "parent": "alicloud_db_instance", "keys": []},
	"polardb_backup_policy": {"child": "alicloud_polardb_backup_policy", "via": ["db_cluster_id"], "parent": "alicloud_polardb_cluster", "keys": []},
	"kvstore_audit": {"child": "alicloud_kvstore_audit_log_config", "via": ["instance_id"], "parent": "alicloud_kvstore_instance", "keys": []},
	"disk_snapshot_policy": {"child": "alicloud_ecs_auto_snapshot_policy_attachment", "via": ["disk_id"], "parent": "alicloud_ecs_disk", "keys": []},
	"legacy_disk_snapshot_policy": {"child": "alicloud_ecs_auto_snapshot_policy_attachment", "via": ["disk_id"], "parent": "alicloud_disk", "keys": []},
	"vpc_flow_log": {"child": "alicloud_vpc_flow_log", "via": ["resource_id"], "parent": "alicloud_vpc", "keys": []},
	"alb_access_log": {"child": "alicloud_alb_load_balancer_access_log_config_attachment", "via": ["load_balancer_id"], "parent": "alicloud_alb_load_balancer", "keys": []},
	"alb_rule_listener": {"child": "alicloud_alb_rule", "via": ["listener_id"], "parent": "alicloud_alb_listener", "keys": []},
	"alb_listener_policy": {"child": "alicloud_alb_listener", "via": ["security_policy_id"], "parent": "alicloud_alb_security_policy", "keys": []},
	"das_sql_log": {"child": "alicloud_das_sql_log_config", "via": ["instance_id"], "parent": "alicloud_db_instance", "keys": []},
	"snapshot_policy_of_attachment": {"child": "alicloud_ecs_auto_snapshot_policy_attachment", "via": ["auto_snapshot_policy_id"], "parent": "alicloud_ecs_auto_snapshot_policy", "keys": []},
	"user_attachment_policy": {"child": "alicloud_ram_user_policy_attachment", "via": ["policy_name"], "parent": "alicloud_ram_policy", "keys": ["policy_name", "name"]},
	"group_attachment_policy": {"child": "alicloud_ram_group_policy_attachment", "via": ["policy_name"], "parent": "alicloud_ram_policy", "keys": ["policy_name", "name"]},
	"role_attachment_policy": {"child": "alicloud_ram_role_policy_attachment", "via": ["policy_name"], "parent": "alicloud_ram_policy", "keys": ["policy_name", "name"]},
	"user_attachment_principal": {"child": "alicloud_ram_user_policy_attachment", "via": ["user_name"], "parent": "alicloud_ram_user", "keys": ["name", "user_name"]},
	"group_attachment_principal": {"child": "alicloud_ram_group_policy_attachment", "via": ["group_name"], "parent": "alicloud_ram_group", "keys": ["group_name", "name"]},
	"role_attachment_principal": {"child": "alicloud_ram_role_policy_attachment", "via": ["role_name"], "parent": "alicloud_ram_role", "keys": ["role_name", "name"]},
}

# Literal-name joins, for evaluating a large plan in parts (govguard/about/joins): a child's `via`
# attributes name a parent, whose `keys` are its own names ("named"), in the namespace of the
# parent type; resources with one name in one namespace must be evaluated together. Relations without keys link by reference
# only, which never leaves a module instance.
joins contains {"namespace": relation.parent, "type": relation.child, "attributes": [attr]} if {
	some relation in relations
	count(relation.keys) > 0
	some attr in relation.via
}

joins contains {"namespace": relation.parent, "type": relation.parent, "attributes": [key], "named": true} if {
	some relation in relations
	some key in relation.keys
}

# --- references ------------------------------------------------------------------------------

# The resources an attribute refers to, as {"type", "name", "index"}: index is a literal instance
# key such as [0] or ["x"] when the reference has one, else "".
references(resource, attr) := plan_references(resource, attr) if {
	resource.kind == "plan"
} else := config_references(resource, attr)

not_resources := {"data", "var", "local", "module", "each", "count", "path", "terraform", "self"}

reference_pattern := `([a-z][a-z0-9_]*)\.([\p{L}_][\p{L}\p{N}\p{M}_-]*)(\[(?:"[^"]*"|[0-9]+)\])?`

# The same on ASCII text, where it matches exactly what reference_pattern does and compiles in a
# fraction of the time (lib/values: variable_pattern).
ascii_reference_pattern := `([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)(\[(?:"[^"]*"|[0-9]+)\])?`

# Rules, so that each pattern is built once an evaluation, not once a reference.
leading_ascii_reference := concat("", ["^", ascii_reference_pattern])

leading_any_reference := concat("", ["^", reference_pattern])

leading_reference(text) := leading_ascii_reference if {
	values.ascii(text)
} else := leading_any_reference

plan_references(resource, attr) := {{"type": match[1], "name": match[2], "index": match[3]} |
	expression := plan.config_resource(resource.module_path, resource.type, resource.name).expressions[attr]
	some text in reference_texts(expression)
	some match in regex.find_all_string_submatch_n(leading_reference(text), text, 1)
	not match[1] in not_resources
}

# The texts of every `references` list in an expression, at any depth (a block's arguments are
# expressions of their own). An expression that is only a references list, or only a constant
# that holds no object or list, is read without walking it: that is most of them, and a walk
# builds a path for every node.
reference_texts(expression) := expression.references if {
	is_object(expression)
	count(expression) == 1
	is_array(expression.references)
} else := [] if {
	is_object(expression)
	count(expression) == 1
	constant := expression.constant_value
	not is_object(constant)
	not is_array(constant)
} else := [text |
	walk(expression, [path, refs])
	path[count(path) - 1] == "references"
	some text in refs
]

config_references(resource, attr) := {{"type": match[2], "name": match[3], "index": match[4]} |
	walk(resource.values[attr], [_, text])
	is_string(text)
	contains(text, "${")
	some match in regex.find_all_string_submatch_n(concat("", [`(^|[^.\w])`, reference_pattern]), text, -1)
	not match[2] in not_resources
}

module_prefix("") := ""

module_prefix(module) := concat("", [module, "."]) if module != ""

# The instance key of a resource's own address ("[0]", "[\"x\"]" or "").
instance_key(resource) := trim_prefix(resource.address, concat("", [module_prefix(resource.module), resource.type, ".", resource.name]))

# Addresses a reference can mean, from the referring resource's module instance: the literal
# instance when the reference names one; else the resource without count/for_each, or the
# instance with the referrer's own key, as `count.index` and `each.key` pairs are written.
candidate_addresses(resource, reference) := {concat("", [prefix, reference.type, ".", reference.name, reference.index])} if {
	reference.index != ""
	prefix := module_prefix(resource.module)
} else := {
	concat("", [prefix, reference.type, ".", reference.name]),
	concat("", [prefix, reference.type, ".", reference.name, instance_key(resource)]),
} if {
	prefix := module_prefix(resource.module)
}

# Positions of the resources of `type` that an attribute refers to.
referenced(resource, attr, type) := {position |
	some reference in references(resource, attr)
	resources.canonical_type(reference.type) == resources.canonical_type(type)
	some address in candidate_addresses(resource, reference)
	position := resources.by_address[address]
}

# --- literal names ---------------------------------------------------------------------------

name_keys := {[relation.parent, key] | some relation in relations; some key in relation.keys}

named := [{"key": concat("|", [pair[0], pair[1], name]), "position": position} |
	some pair in name_keys
	some position in object.get(resources.by_type, pair[0], [])
	name := fields.known(resources.list[position], pair[1])
	is_string(name)
]

# Positions by "<type>|<attribute>|<name>". Two parents with one name (a broken configuration) map
# to the first.
by_name := index.unique(named)

# The position of the resource of `type` whose `key` attribute is the literal `name`.
named_position(type, key, name) := by_name[concat("|", [type, key, name])]

# --- relations -------------------------------------------------------------------------------

# The positions of the parents a child belongs to under relation `name`.
parents(name, child) := referenced_parents | named_parents if {
	relation := relations[name]
	referenced_parents := {position |
		some attr in relation.via
		some position in referenced(child, attr, relation.parent)
	}
	named_parents := {position |
		some attr in relation.via
		child_name := fields.known(child, attr)
		is_string(child_name)
		some key in relation.keys
		position := by_name[concat("|", [relation.parent, key, child_name])]
	}
}

# The parents, as resources, a child belongs to under relation `name`.
parents_of(name, child) := [resources.list[position] | some position in parents(name, child)]

# Positions of the parents that have at least one child under relation `name`.
with_children(name) := {position |
	some child in resources.of_type(relations[name].child)
	some position in parents(name, child)
}

# Whether the configuration sets an attribute at all: plan JSON keeps this in `configuration`
# (an unset Optional+Computed attribute and one set from an unknown value both read as unknown
# in `after`); configuration has it in the body.
configured(resource, attr) if {
	resource.kind == "plan"
	plan.config_resource(resource.module_path, resource.type, resource.name).expressions[attr]
}

configured(resource, attr) if {
	resource.kind == "config"
	attr in object.keys(resource.values)
}

# An attribute's value source, reading an Optional+Computed attribute the configuration never set
# as missing rather than as known after apply: a plan cannot tell the two apart by `after`.
explicit(resource, attr) := fields.get(resource, attr) if {
	configured(resource, attr)
} else := {"status": "missing"}

# The children under `relation` with any of the attributes `names` only known after apply, each
# with the descriptions of those ("alicloud_x.y.enable is set from Z, which cannot be verified
# before apply"). A caller keeps this in a rule, computed once: asked again for every parent (a
# function's result is not kept), it read every child's attributes for every parent with a
# finding, 1,653 VPCs x 1,656 flow logs in a part of a large plan.
pending_children(relation, names) := [{"child": child, "texts": texts} |
	some child in resources.of_type(relations[relation].child)
	texts := [fields.describe(concat("", [child.address, ".", name]), source) |
		some name in names
		source := fields.get(child, name)
		source.status == "unresolved"
	]
	count(texts) > 0
]

# The descriptions of `pending` (pending_children) for the children of `parent`, for the finding on
# a parent whose standalone setting cannot be verified. A child's parents are costly to find, so
# only the pending children are asked.
unresolved_in_children(pending, relation, parent) := [text |
	some entry in pending
	parent.position in parents(relation, entry.child)
	some text in entry.texts
]

# METADATA
# description: |
#   RAM: policy attachments with the principal they grant to and the policy they attach, login
#   profiles, security preferences and password policies.
package govguard.lib.ram

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.resources

kinds := [
	{"type": "alicloud_ram_user_policy_attachment", "principal": "user_name", "kind": "user", "relation": "user"},
	{"type": "alicloud_ram_group_policy_attachment", "principal": "group_name", "kind": "group", "relation": "group"},
	{"type": "alicloud_ram_role_policy_attachment", "principal": "role_name", "kind": "role", "relation": "role"},
]

# Every attachment with its principal's name and its policy's name and type, as far as known.
attachments := [{
	"resource": attachment,
	"principal": principal_name(attachment, kind),
	"policy_name": policy_name(attachment, kind),
	"policy_type": fields.value_or(attachment, "policy_type", "Custom"),
	"policies": links.parents_of(concat("_", [kind.relation, "attachment_policy"]), attachment),
} |
	some kind in kinds
	some attachment in resources.of_type(kind.type)
]

principal_name(attachment, kind) := fields.known(attachment, kind.principal) if {
	is_string(fields.known(attachment, kind.principal))
} else := name_of(principal) if {
	some principal in links.parents_of(concat("_", [kind.relation, "attachment_principal"]), attachment)
} else := "(unknown)"

policy_name(attachment, kind) := fields.known(attachment, "policy_name") if {
	is_string(fields.known(attachment, "policy_name"))
} else := name_of(policy) if {
	some policy in links.parents_of(concat("_", [kind.relation, "attachment_policy"]), attachment)
} else := "(unknown)"

# A RAM user, group, role or policy's name, under its current or deprecated attribute.
name_of(resource) := known_string(resource, "user_name") if {
	known_string(resource, "user_name")
} else := known_string(resource, "group_name") if {
	known_string(resource, "group_name")
} else := known_string(resource, "role_name") if {
	known_string(resource, "role_name")
} else := known_string(resource, "policy_name") if {
	known_string(resource, "policy_name")
} else := known_string(resource, "name")

known_string(resource, attr) := value if {
	value := fields.known(resource, attr)
	is_string(value)
}

login_profiles := resources.of_type("alicloud_ram_login_profile")

preferences := resources.of_type("alicloud_ram_security_preference")

password_policies := resources.of_types(["alicloud_ram_account_password_policy", "alicloud_ram_password_policy"])

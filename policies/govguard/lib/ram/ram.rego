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

# A custom policy's document as a value source, from whichever form the configuration uses: the
# inline statement blocks (deprecated; the plan then leaves the document attributes unknown), the
# policy_document attribute, or the deprecated document attribute.
policy_document(policy) := {"status": "known", "value": {"Statement": statements}} if {
	blocks := fields.blocks(policy, "statement")
	count(blocks) > 0
	statements := [{
		"Effect": fields.value_or(block, "effect", "Allow"),
		"Action": fields.value_or(block, "action", []),
		"Resource": fields.value_or(block, "resource", []),
	} |
		some block in blocks
	]
} else := source if {
	source := links.explicit(policy, "policy_document")
	source.status != "missing"
} else := fields.get(policy, "document")

# The attribute a policy's document is written in, for findings.
document_attribute(policy) := "statement" if {
	count(fields.blocks(policy, "statement")) > 0
} else := "document" if {
	links.explicit(policy, "policy_document").status == "missing"
	fields.get(policy, "document").status != "missing"
} else := "policy_document"

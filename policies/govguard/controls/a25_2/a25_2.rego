package govguard.controls.a25_2

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.params
import data.govguard.lib.pending
import data.govguard.lib.policydoc
import data.govguard.lib.ram
import data.govguard.lib.resources

metadata := {
	"id": "A25.2",
	"article": 25,
	"articles": [25],
	"severity": "medium",
	"title": {
		"zh": "外包人员权限最小且有期限",
		"en": "Outsourced access is least-privilege and expires",
	},
	"requirement": {
		"zh": "附加给 identity.vendor_principals（外包单位的用户、用户组或角色）的策略是本栈中的自定义策略，每条 Allow 语句都带 acs:CurrentTime 的 DateLessThan 条件（到期失效），且不含 * 操作。",
		"en": "Policies attached to identity.vendor_principals (vendors' users, groups or roles) are custom policies of this stack whose every Allow statement carries an acs:CurrentTime DateLessThan condition (so it expires) and no * action.",
	},
	"remediation": {
		"zh": "为外包人员创建自定义策略：只列出所需操作，并加上条件 {\"DateLessThan\": {\"acs:CurrentTime\": \"<合同到期时间>\"}}。",
		"en": "Give vendors a custom policy listing only the actions they need, with the condition {\"DateLessThan\": {\"acs:CurrentTime\": \"<contract end>\"}}.",
	},
	"decisions": [
		{
			"zh": "系统策略无法附加到期条件，附加给外包人员即为违规；策略不在本栈中时无法核实，按违规处理。",
			"en": "A System policy cannot carry an expiry condition, so attaching one to a vendor is a violation; a policy outside this stack cannot be verified and counts as one.",
		},
		{
			"zh": "声明了外包主体时，主体、策略名或策略类型在应用前未知的附加，除非其策略已核实为最小权限且有到期条件，按无法核实判为违规。",
			"en": "When vendors are declared, an attachment whose principal, policy name or policy type is only known after apply is a violation (cannot be verified), unless its policy is verified least-privilege and expiring.",
		},
	],
	"resources": [
		"alicloud_ram_user_policy_attachment", "alicloud_ram_group_policy_attachment",
		"alicloud_ram_role_policy_attachment", "alicloud_ram_policy",
	],
	"deciding": [
		{"type": "alicloud_ram_user_policy_attachment", "attribute": "policy_name"},
		{"type": "alicloud_ram_user_policy_attachment", "attribute": "policy_type"},
		{"type": "alicloud_ram_user_policy_attachment", "attribute": "user_name"},
		{"type": "alicloud_ram_group_policy_attachment", "attribute": "policy_name"},
		{"type": "alicloud_ram_group_policy_attachment", "attribute": "policy_type"},
		{"type": "alicloud_ram_group_policy_attachment", "attribute": "group_name"},
		{"type": "alicloud_ram_role_policy_attachment", "attribute": "policy_name"},
		{"type": "alicloud_ram_role_policy_attachment", "attribute": "policy_type"},
		{"type": "alicloud_ram_role_policy_attachment", "attribute": "role_name"},
		{"type": "alicloud_ram_policy", "attribute": "policy_document"},
		{"type": "alicloud_ram_policy", "attribute": "document"},
		{"type": "alicloud_ram_policy", "attribute": "statement"},
		{"type": "alicloud_ram_policy", "attribute": "statement.effect"},
		{"type": "alicloud_ram_policy", "attribute": "statement.action"},
	],
}

vendors := {name | some name in params.effective.identity.vendor_principals}

vendor_attachments := [attachment | some attachment in ram.attachments; attachment.principal in vendors]

violations contains {
	"resource": attachment.resource.address,
	"attribute": "policy_type",
	"message": {
		"zh": concat("", ["外包主体 ", attachment.principal, " 被附加了系统策略 ", attachment.policy_name, "，无法限定期限"]),
		"en": concat("", ["vendor ", attachment.principal, " has the System policy ", attachment.policy_name, ", which cannot expire"]),
	},
} if {
	some attachment in vendor_attachments
	attachment.policy_type == "System"
}

violations contains {
	"resource": attachment.resource.address,
	"attribute": "policy_name",
	"message": {
		"zh": concat("", ["外包主体 ", attachment.principal, " 的策略 ", attachment.policy_name, " 不在本栈中，无法核实其权限与期限"]),
		"en": concat("", ["vendor ", attachment.principal, " has the policy ", attachment.policy_name, ", which is not in this stack, so its scope and expiry cannot be verified"]),
	},
} if {
	some attachment in vendor_attachments
	attachment.policy_type != "System"
	count(attachment.policies) == 0
	count(unresolved(attachment.resource)) == 0
}

violations contains {
	"resource": attachment.address,
	"attribute": concat(", ", [name | some name, _ in pending]),
	"message": {
		"zh": concat("", [concat("；", [fields.describe(name, source).zh | some name, source in pending]), "，无法核实外包主体（identity.vendor_principals）的权限是否最小且有期限"]),
		"en": concat("", [concat("; ", [fields.describe(name, source).en | some name, source in pending]), ", so it cannot be verified that a vendor (identity.vendor_principals) gets least-privilege, expiring rights"]),
	},
} if {
	some kind in ram.kinds
	some attachment in resources.of_type(kind.type)
	pending := unresolved(attachment)
	count(pending) > 0
	may_be_vendor(attachment, kind)
	not fine_for_vendor(attachment, kind, pending)
}

# A vendor's custom policy whose inline statements are only known after apply.
violations contains {
	"resource": policy.address,
	"attribute": "statement",
	"message": {
		"zh": concat("", ["附加给外包主体的策略：", concat("；", [fields.describe(name, source).zh | some [name, source] in pending]), "，无法核实其权限与期限"]),
		"en": concat("", ["the policy is attached to a vendor and ", concat("; ", [fields.describe(name, source).en | some [name, source] in pending]), ", so its scope and expiry cannot be verified"]),
	},
} if {
	some policy in vendor_policies
	pending := pending_statements(policy)
	count(pending) > 0
}

violations contains {
	"resource": policy.address,
	"attribute": "policy_document",
	"message": {
		"zh": "附加给外包主体（identity.vendor_principals）的策略有不带到期条件或含 * 操作的 Allow 语句",
		"en": "the policy, attached to a vendor (identity.vendor_principals), has an Allow statement with no expiry condition or with a * action",
	},
} if {
	some attachment in vendor_attachments
	some policy in attachment.policies
	some statement in policydoc.statements(policydoc.parse(ram.policy_document(policy)))
	policydoc.allows(statement)
	not least_privilege_and_expiring(statement)
}

violations contains {
	"resource": policy.address,
	"attribute": ram.document_attribute(policy),
	"message": {
		"zh": concat("", ["附加给外包主体的策略：", said1.zh, "，无法核实其权限与期限"]),
		"en": concat("", ["the policy is attached to a vendor and ", said1.en, ", so its scope and expiry cannot be verified"]),
	},
} if {
	some attachment in vendor_attachments
	some policy in attachment.policies
	source := ram.policy_document(policy)
	not policydoc.parse(source)
	count(pending_statements(policy)) == 0
	said1 := fields.describe(ram.document_attribute(policy), source)
}

least_privilege_and_expiring(statement) if {
	actions := policydoc.actions(statement)
	not "*" in actions
	expires(statement)
}

expires(statement) if {
	some operator, clauses in object.get(statement, "Condition", {})
	lower(operator) == "datelessthan"
	some key, _ in clauses
	lower(key) == "acs:currenttime"
}

# --- values known only after apply ----------------------------------------------------------

vendor_policies := [policy | some attachment in vendor_attachments; some policy in attachment.policies]

# {attribute: source} of an attachment's policy name, policy type and principal that are only
# known after apply and not linked to a resource of this stack.
unresolved(attachment) := {name: source |
	some kind in ram.kinds
	attachment.type == kind.type
	some name in ["policy_name", "policy_type", kind.principal]
	source := fields.get(attachment, name)
	source.status == "unresolved"
	not linked(attachment, kind, name)
}

linked(attachment, kind, "policy_name") if count(links.parents(concat("_", [kind.relation, "attachment_policy"]), attachment)) > 0

linked(attachment, kind, name) if {
	name == kind.principal
	some principal in links.parents_of(concat("_", [kind.relation, "attachment_principal"]), attachment)
	ram.name_of(principal)
}

may_be_vendor(attachment, kind) if vendors[ram.principal_name(attachment, kind)]

may_be_vendor(attachment, kind) if {
	count(vendors) > 0
	fields.get(attachment, kind.principal).status == "unresolved"
	not linked(attachment, kind, kind.principal)
}

# Only the principal is unknown, and the attachment grants a custom policy of this stack that is
# least-privilege and expiring: fine whoever the principal is.
fine_for_vendor(attachment, kind, pending) if {
	object.keys(pending) == {kind.principal}
	fields.known(attachment, "policy_type") == "Custom"
	policies := links.parents_of(concat("_", [kind.relation, "attachment_policy"]), attachment)
	count(policies) > 0
	every policy in policies {
		count(pending_statements(policy)) == 0
		every statement in policydoc.statements(policydoc.parse(ram.policy_document(policy))) {
			allowed_for_vendor(statement)
		}
	}
}

allowed_for_vendor(statement) if not policydoc.allows(statement)

allowed_for_vendor(statement) if least_privilege_and_expiring(statement)

# [name, source] of inline statements' values only known after apply.
pending_statements(policy) := [["statement", source]] if {
	source := pending.block(policy, "statement")
	statement_written(policy)
} else := [[concat(".", ["statement", name]), source] |
	some block in fields.blocks(policy, "statement")
	some name in ["effect", "action", "resource"]
	source := pending.nested(policy, "statement", block, name)
	source.status == "unresolved"
]

# A plan leaves the deprecated statement blocks unknown whenever they are not written (they are
# computed from the document): they count only when written, or when nothing else is.
statement_written(policy) if links.configured(policy, "statement")

statement_written(policy) if {
	not links.configured(policy, "policy_document")
	not links.configured(policy, "document")
}

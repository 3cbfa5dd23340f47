package govguard.controls.a25_1

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.params
import data.govguard.lib.pending
import data.govguard.lib.policydoc
import data.govguard.lib.ram
import data.govguard.lib.resources

metadata := {
	"id": "A25.1",
	"article": 25,
	"articles": [25],
	"severity": "high",
	"title": {
		"zh": "不随意授予完全管理员权限",
		"en": "Full administrator rights are not handed out",
	},
	"requirement": {
		"zh": "系统策略 AdministratorAccess 只附加给 identity.staff_admins 中的本单位管理员（用户、用户组或角色）；自定义 alicloud_ram_policy 不允许对所有资源（Resource: *）执行所有操作（Action: *）。",
		"en": "The System policy AdministratorAccess is attached only to the organisation's own administrators in identity.staff_admins (users, groups or roles); no custom alicloud_ram_policy allows every action (Action: *) on every resource (Resource: *).",
	},
	"remediation": {
		"zh": "改为附加最小权限策略；确需管理员权限的本单位人员列入 identity.staff_admins；删除 Action: * / Resource: * 的自定义策略语句。",
		"en": "Attach least-privilege policies instead; list the organisation's staff who need administrator rights in identity.staff_admins; remove custom statements with Action: * and Resource: *.",
	},
	"decisions": [
		{
			"zh": "无法确定被授权主体名称时按违规处理。",
			"en": "A principal whose name cannot be determined is a violation.",
		},
		{
			"zh": "附加的策略名、策略类型或主体在应用前未知，且可能是把 AdministratorAccess 附加给 identity.staff_admins 之外的主体时，按无法核实判为违规；策略名引用本栈中的自定义策略时，按该策略的内容判断。",
			"en": "An attachment whose policy name, policy type or principal is only known after apply, and which may attach AdministratorAccess to someone outside identity.staff_admins, is a violation (cannot be verified); a policy name that refers to a custom policy of this stack is judged by that policy's document.",
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
		{"type": "alicloud_ram_policy", "attribute": "statement.resource"},
	],
}

staff := {name | some name in params.effective.identity.staff_admins}

violations contains {
	"resource": attachment.resource.address,
	"attribute": "policy_name",
	"message": {
		"zh": concat("", ["AdministratorAccess 附加给了 ", attachment.principal, "，不在 identity.staff_admins 中"]),
		"en": concat("", ["AdministratorAccess is attached to ", attachment.principal, ", who is not in identity.staff_admins"]),
	},
} if {
	some attachment in ram.attachments
	attachment.policy_name == "AdministratorAccess"
	attachment.policy_type == "System"
	not staff[attachment.principal]
	count(unresolved(attachment.resource)) == 0
}

violations contains {
	"resource": attachment.address,
	"attribute": concat(", ", [name | some name, _ in pending]),
	"message": {
		"zh": concat("", [concat("；", [fields.describe(name, source).zh | some name, source in pending]), "，无法核实是否把 AdministratorAccess 附加给了 identity.staff_admins 之外的主体"]),
		"en": concat("", [concat("; ", [fields.describe(name, source).en | some name, source in pending]), ", so it cannot be verified that AdministratorAccess is not attached to someone outside identity.staff_admins"]),
	},
} if {
	some kind in ram.kinds
	some attachment in resources.of_type(kind.type)
	pending := unresolved(attachment)
	count(pending) > 0
	may_be_admin(attachment, kind)
}

violations contains {
	"resource": policy.address,
	"attribute": ram.document_attribute(policy),
	"message": {
		"zh": "自定义策略允许对所有资源执行所有操作（Action: *，Resource: *），等同管理员权限",
		"en": "the custom policy allows every action on every resource (Action: *, Resource: *), the same as administrator rights",
	},
} if {
	some policy in resources.of_type("alicloud_ram_policy")
	some statement in policydoc.statements(policydoc.parse(ram.policy_document(policy)))
	policydoc.allows(statement)
	"*" in policydoc.actions(statement)
	"*" in policydoc.resources(statement)
}

# Inline statement blocks whose effect, action or resource is only known after apply.
violations contains {
	"resource": policy.address,
	"attribute": "statement",
	"message": {
		"zh": concat("", [concat("；", [fields.describe(name, source).zh | some [name, source] in pending]), "，无法核实策略是否等同管理员权限"]),
		"en": concat("", [concat("; ", [fields.describe(name, source).en | some [name, source] in pending]), ", so it cannot be verified that the policy does not grant administrator rights"]),
	},
} if {
	some policy in resources.of_type("alicloud_ram_policy")
	pending := pending_statements(policy)
	count(pending) > 0
}

violations contains {
	"resource": policy.address,
	"attribute": ram.document_attribute(policy),
	"message": {
		"zh": concat("", [said1.zh, "，无法核实策略是否等同管理员权限"]),
		"en": concat("", [said1.en, ", so it cannot be verified that the policy does not grant administrator rights"]),
	},
} if {
	some policy in resources.of_type("alicloud_ram_policy")
	source := ram.policy_document(policy)
	not policydoc.parse(source)
	count(pending_statements(policy)) == 0
	said1 := fields.describe(ram.document_attribute(policy), source)
}

# --- values known only after apply ----------------------------------------------------------

# {attribute: source} of an attachment's policy name, policy type and principal that are only
# known after apply; a policy name or principal linked to a resource of this stack is known
# through that resource.
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

# Whether an attachment may grant AdministratorAccess to someone outside staff: each of its policy
# name, type and principal either says so or is unknown.
may_be_admin(attachment, kind) if {
	possible(attachment, "policy_name", {"AdministratorAccess"})
	possible(attachment, "policy_type", {"System"})
	not staff_principal(attachment, kind)
	not linked(attachment, kind, "policy_name")
}

possible(attachment, name, _) if fields.get(attachment, name).status == "unresolved"

possible(attachment, name, values) if fields.known(attachment, name) in values

staff_principal(attachment, kind) if staff[fields.known(attachment, kind.principal)]

staff_principal(attachment, kind) if {
	some principal in links.parents_of(concat("_", [kind.relation, "attachment_principal"]), attachment)
	staff[ram.name_of(principal)]
}

# [name, source] of the inline statements' values only known after apply.
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

# METADATA
# description: A25.2 outsourced access is least-privilege and expires.
package govguard.controls.a25_2

import data.govguard.lib.fields
import data.govguard.lib.params
import data.govguard.lib.policydoc
import data.govguard.lib.ram

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
	"decisions": [{
		"zh": "系统策略无法附加到期条件，附加给外包人员即为违规；策略不在本栈中时无法核实，按违规处理。",
		"en": "A System policy cannot carry an expiry condition, so attaching one to a vendor is a violation; a policy outside this stack cannot be verified and counts as one.",
	}],
	"resources": [
		"alicloud_ram_user_policy_attachment", "alicloud_ram_group_policy_attachment",
		"alicloud_ram_role_policy_attachment", "alicloud_ram_policy",
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
		"zh": concat("", ["附加给外包主体的策略：", fields.describe(ram.document_attribute(policy), source).zh, "，无法核实其权限与期限"]),
		"en": concat("", ["the policy is attached to a vendor and ", fields.describe(ram.document_attribute(policy), source).en, ", so its scope and expiry cannot be verified"]),
	},
} if {
	some attachment in vendor_attachments
	some policy in attachment.policies
	source := ram.policy_document(policy)
	not policydoc.parse(source)
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

# METADATA
# description: A25.1 full administrator rights are not handed out.
package govguard.controls.a25_1

import data.govguard.lib.fields
import data.govguard.lib.params
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
	"decisions": [{
		"zh": "无法确定被授权主体名称时按违规处理。",
		"en": "A principal whose name cannot be determined is a violation.",
	}],
	"resources": [
		"alicloud_ram_user_policy_attachment", "alicloud_ram_group_policy_attachment",
		"alicloud_ram_role_policy_attachment", "alicloud_ram_policy",
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

violations contains {
	"resource": policy.address,
	"attribute": ram.document_attribute(policy),
	"message": {
		"zh": concat("", [fields.describe(ram.document_attribute(policy), source).zh, "，无法核实策略是否等同管理员权限"]),
		"en": concat("", [fields.describe(ram.document_attribute(policy), source).en, ", so it cannot be verified that the policy does not grant administrator rights"]),
	},
} if {
	some policy in resources.of_type("alicloud_ram_policy")
	source := ram.policy_document(policy)
	not policydoc.parse(source)
}

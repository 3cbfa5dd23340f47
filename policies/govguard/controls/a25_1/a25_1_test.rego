package govguard.controls.a25_1_test

import data.govguard.testkit_test as testkit

admin_for(user) := {
	"alicloud_ram_user": {"u": {"name": user}},
	"alicloud_ram_user_policy_attachment": {"a": {"user_name": "${alicloud_ram_user.u.name}", "policy_name": "AdministratorAccess", "policy_type": "System"}},
}

staff := {"identity": {"staff_admins": ["zhang.wei"]}}

test_staff_administrators_pass if {
	every doc in testkit.shapes(admin_for("zhang.wei")) {
		report := data.govguard.report with input as doc with data.govguard_config as staff
		testkit.found(report, "A25.1") == set()
	}
}

test_anyone_else_fails if {
	every doc in testkit.shapes(admin_for("vendor.li")) {
		report := data.govguard.report with input as doc with data.govguard_config as staff
		testkit.messages(report, "A25.1") == {"alicloud_ram_user_policy_attachment.a": "AdministratorAccess is attached to vendor.li, who is not in identity.staff_admins"}
	}
	roles := {"alicloud_ram_role_policy_attachment": {"r": {"role_name": "ops", "policy_name": "AdministratorAccess", "policy_type": "System"}}}
	report := data.govguard.report with input as testkit.hcl(roles)
	testkit.found(report, "A25.1") == {"alicloud_ram_role_policy_attachment.r"}
}

test_custom_policy_granting_everything if {
	star := json.marshal({"Version": "1", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})
	scoped := json.marshal({"Version": "1", "Statement": [{"Effect": "Allow", "Action": ["oss:GetObject"], "Resource": "*"}]})
	spec := {"alicloud_ram_policy": {"star": {"policy_name": "star", "policy_document": star}, "scoped": {"policy_name": "scoped", "policy_document": scoped}}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A25.1") == {"alicloud_ram_policy.star"}
	}
}

test_every_document_form_is_read if {
	spec := {"alicloud_ram_policy": {
		"inline": {"policy_name": "inline", "statement": [{"effect": "Allow", "action": ["*"], "resource": ["*"]}]},
		"legacy": {"name": "legacy", "document": json.marshal({"Version": "1", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})},
		"scoped": {"policy_name": "scoped", "statement": [{"effect": "Allow", "action": ["oss:GetObject"], "resource": ["*"]}]},
	}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A25.1") == {"alicloud_ram_policy.inline", "alicloud_ram_policy.legacy"}
	}
}

test_a_document_known_only_after_apply_fails_closed if {
	spec := {"alicloud_ram_policy": {"p": {"policy_name": "p", "policy_document": "${data.alicloud_ram_policy_document.d.document}"}}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A25.1") == {"alicloud_ram_policy.p"}
	}
}

unknown := "${data.alicloud_account.current.id}"

attachment(kind, principal, name, type) := {concat("", ["alicloud_ram_", kind, "_policy_attachment"]): {"a": {
	concat("", [kind, "_name"]): principal,
	"policy_name": name,
	"policy_type": type,
}}}

test_attachments_only_known_after_apply_cannot_be_verified if {
	every case in [
		[attachment("user", "app", unknown, "System"), {}, "alicloud_ram_user_policy_attachment.a"],
		[attachment("group", "app", "AdministratorAccess", unknown), {}, "alicloud_ram_group_policy_attachment.a"],
		[attachment("role", unknown, "AdministratorAccess", "System"), staff, "alicloud_ram_role_policy_attachment.a"],
	] {
		every doc in testkit.shapes(case[0]) {
			report := data.govguard.report with input as doc with data.govguard_config as case[1]
			contains(testkit.messages(report, "A25.1")[case[2]], "so it cannot be verified that AdministratorAccess is not attached to someone outside identity.staff_admins")
		}
	}
}

test_unknown_values_that_cannot_grant_administrator_rights_pass if {
	every case in [
		attachment("user", "zhang.wei", unknown, "System"),
		attachment("user", "app", "AliyunOSSReadOnlyAccess", unknown),
		object.union(attachment("user", "app", "${alicloud_ram_policy.p.policy_name}", "Custom"), {"alicloud_ram_policy": {"p": {"policy_name": "p", "policy_document": "{\"Statement\":[]}"}}}),
	] {
		every doc in testkit.shapes(case) {
			report := data.govguard.report with input as doc with data.govguard_config as staff
			testkit.found(report, "A25.1") == set()
		}
	}
}

test_inline_statements_only_known_after_apply_cannot_be_verified if {
	every statement in [
		unknown,
		[{"effect": unknown, "action": ["oss:GetObject"], "resource": ["*"]}],
		[{"effect": "Allow", "action": unknown, "resource": ["*"]}],
	] {
		every doc in testkit.shapes({"alicloud_ram_policy": {"p": {"name": "p", "statement": statement}}}) {
			report := data.govguard.report with input as doc
			contains(testkit.messages(report, "A25.1")["alicloud_ram_policy.p"], "so it cannot be verified that the policy does not grant administrator rights")
		}
	}
}

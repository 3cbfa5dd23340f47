package govguard.controls.a25_2_test

import data.govguard.testkit_test as testkit

vendors := {"identity": {"vendor_principals": ["vendor-ops"]}}

expiring := json.marshal({"Version": "1", "Statement": [{
	"Effect": "Allow",
	"Action": ["ecs:DescribeInstances"],
	"Resource": "*",
	"Condition": {"DateLessThan": {"acs:CurrentTime": "2027-06-30T00:00:00+08:00"}},
}]})

forever := json.marshal({"Version": "1", "Statement": [{"Effect": "Allow", "Action": ["ecs:*"], "Resource": "*"}]})

attached(document) := {
	"alicloud_ram_policy": {"vendor": {"policy_name": "vendor-access", "policy_document": document}},
	"alicloud_ram_group_policy_attachment": {"a": {"group_name": "vendor-ops", "policy_name": "${alicloud_ram_policy.vendor.policy_name}", "policy_type": "Custom"}},
}

test_scoped_expiring_policy_passes if {
	every doc in testkit.shapes(attached(expiring)) {
		report := data.govguard.report with input as doc with data.govguard_config as vendors
		testkit.found(report, "A25.2") == set()
	}
}

test_policy_without_expiry_fails if {
	every doc in testkit.shapes(attached(forever)) {
		report := data.govguard.report with input as doc with data.govguard_config as vendors
		testkit.found(report, "A25.2") == {"alicloud_ram_policy.vendor"}
	}
}

test_system_or_unknown_policies_fail if {
	spec := {"alicloud_ram_group_policy_attachment": {
		"system": {"group_name": "vendor-ops", "policy_name": "ReadOnlyAccess", "policy_type": "System"},
		"elsewhere": {"group_name": "vendor-ops", "policy_name": "made-elsewhere", "policy_type": "Custom"},
		"staff": {"group_name": "staff", "policy_name": "ReadOnlyAccess", "policy_type": "System"},
	}}
	report := data.govguard.report with input as testkit.hcl(spec) with data.govguard_config as vendors
	testkit.found(report, "A25.2") == {"alicloud_ram_group_policy_attachment.system", "alicloud_ram_group_policy_attachment.elsewhere"}
}

unknown := "${data.alicloud_account.current.id}"

test_attachments_only_known_after_apply_cannot_be_verified if {
	every case in [
		[{"alicloud_ram_user_policy_attachment": {"a": {"user_name": unknown, "policy_name": "AliyunOSSReadOnlyAccess", "policy_type": "System"}}}, "alicloud_ram_user_policy_attachment.a"],
		[{"alicloud_ram_group_policy_attachment": {"a": {"group_name": "vendor-ops", "policy_name": "x", "policy_type": unknown}}}, "alicloud_ram_group_policy_attachment.a"],
		[{"alicloud_ram_role_policy_attachment": {"a": {"role_name": "vendor-ops", "policy_name": unknown, "policy_type": "Custom"}}}, "alicloud_ram_role_policy_attachment.a"],
	] {
		every doc in testkit.shapes(case[0]) {
			report := data.govguard.report with input as doc with data.govguard_config as vendors
			contains(testkit.messages(report, "A25.2")[case[1]], "so it cannot be verified that a vendor (identity.vendor_principals) gets least-privilege, expiring rights")
		}
	}
}

test_an_unknown_principal_with_an_expiring_policy_passes if {
	spec := {
		"alicloud_ram_user_policy_attachment": {"a": {"user_name": unknown, "policy_name": "${alicloud_ram_policy.p.policy_name}", "policy_type": "Custom"}},
		"alicloud_ram_policy": {"p": {"policy_name": "vendor-read", "policy_document": expiring}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc with data.govguard_config as vendors
		testkit.found(report, "A25.2") == set()
	}
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.found(report, "A25.2") == set()
}

test_a_vendor_policy_with_statements_only_known_after_apply if {
	every statement in [unknown, [{"effect": unknown, "action": ["oss:GetObject"]}]] {
		spec := {
			"alicloud_ram_user_policy_attachment": {"a": {"user_name": "vendor-ops", "policy_name": "${alicloud_ram_policy.p.policy_name}", "policy_type": "Custom"}},
			"alicloud_ram_policy": {"p": {"policy_name": "vendor-read", "statement": statement}},
		}
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc with data.govguard_config as vendors
			contains(testkit.messages(report, "A25.2")["alicloud_ram_policy.p"], "so its scope and expiry cannot be verified")
		}
	}
}

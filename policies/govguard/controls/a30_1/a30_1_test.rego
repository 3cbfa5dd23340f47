package govguard.controls.a30_1_test

import data.govguard.testkit_test as testkit

strong := {
	"minimum_password_length": 14,
	"require_lowercase_characters": true,
	"require_uppercase_characters": true,
	"require_numbers": true,
	"require_symbols": true,
	"password_reuse_prevention": 5,
	"max_password_age": 90,
	"max_login_attempts": 5,
}

test_strong_account_policy_passes if {
	every doc in testkit.shapes({"alicloud_ram_account_password_policy": {"p": strong}}) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A30.1") == set()
	}
}

test_account_policy_defaults_leave_reuse_and_age_open if {
	report := data.govguard.report with input as testkit.hcl({"alicloud_ram_account_password_policy": {"p": {}}})
	testkit.details(report, "A30.1") == {["alicloud_ram_account_password_policy.p", "max_password_age, password_reuse_prevention", "max_password_age is 0, needs 1 to 90; password_reuse_prevention is 0, needs 5 to 24"]}
}

test_the_newer_resource_with_its_misspelling if {
	newer := object.union(object.remove(strong, ["max_login_attempts"]), {"max_login_attemps": 3})
	every doc in testkit.shapes({"alicloud_ram_password_policy": {"p": newer}}) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A30.1") == set()
	}
	unset := data.govguard.report with input as testkit.hcl({"alicloud_ram_password_policy": {"p": {}}})
	details := testkit.details(unset, "A30.1")
	count(details) == 1
	every detail in details {
		count(split(detail[1], ", ")) == 8
	}
	open := data.govguard.report with input as testkit.hcl({"alicloud_ram_password_policy": {"p": object.union(newer, {"max_login_attemps": 0})}})
	testkit.details(open, "A30.1") == {["alicloud_ram_password_policy.p", "max_login_attemps", "max_login_attemps is 0, needs 1 to 5"]}
}

test_login_profiles_need_a_policy if {
	profile := {"alicloud_ram_login_profile": {"ops": {"user_name": "ops", "password": "${var.pw}"}}}
	every doc in testkit.shapes(profile) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A30.1") == {"(stack)"}
	}
	elsewhere := data.govguard.report with input as testkit.hcl(profile) with data.govguard_config as {"identity": {"managed_elsewhere": true}}
	testkit.found(elsewhere, "A30.1") == set()
}

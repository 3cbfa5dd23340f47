package govguard.controls.a30_2_test

import data.govguard.testkit_test as testkit

profile(attributes) := {"alicloud_ram_login_profile": {"ops": object.union({"user_name": "ops", "password": "${var.pw}"}, attributes)}}

test_mfa_bound_or_mandatory_passes if {
	every spec in [
		profile({"mfa_bind_required": true}),
		object.union(profile({}), {"alicloud_ram_security_preference": {"p": {"mfa_operation_for_login": "mandatory"}}}),
		object.union(profile({}), {"alicloud_ram_security_preference": {"p": {"enforce_mfa_for_login": true}}}),
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A30.2") == set()
		}
	}
}

test_no_mfa_fails if {
	every spec in [profile({}), profile({"mfa_bind_required": false})] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A30.2") == {"alicloud_ram_login_profile.ops"}
		}
	}
}

test_a_preference_only_known_after_apply_is_reported_on_itself if {
	every preference in [{"mfa_operation_for_login": "${data.alicloud_account.current.id}"}, {"enforce_mfa_for_login": "${data.alicloud_account.current.id}"}] {
		spec := object.union(profile({}), {"alicloud_ram_security_preference": {"p": preference}})
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A30.2") == {"alicloud_ram_security_preference.p"}
			contains(testkit.messages(report, "A30.2")["alicloud_ram_security_preference.p"], "so whether MFA is mandatory for console sign-in cannot be verified")
		}
	}
}

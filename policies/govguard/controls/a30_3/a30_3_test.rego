package govguard.controls.a30_3_test

import data.govguard.testkit_test as testkit

preference(attributes) := {"alicloud_ram_security_preference": {"p": attributes}}

test_short_sessions_pass if {
	every doc in testkit.shapes(preference({"login_session_duration": 4})) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A30.3") == set()
	}
}

test_long_or_unset_sessions_fail if {
	every spec in [preference({"login_session_duration": 12}), preference({"mfa_operation_for_login": "mandatory"})] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A30.3") == {"alicloud_ram_security_preference.p"}
		}
	}
	report := data.govguard.report with input as testkit.hcl(preference({"login_session_duration": 12}))
	testkit.messages(report, "A30.3") == {"alicloud_ram_security_preference.p": "login_session_duration is 12; it must be at most 6 hours"}
}

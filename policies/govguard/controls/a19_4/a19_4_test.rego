package govguard.controls.a19_4_test

import data.govguard.testkit_test as testkit

profile := {"alicloud_ram_login_profile": {"ops": {"user_name": "ops", "password": "${var.initial_password}"}}}

preference(masks) := {"alicloud_ram_security_preference": {"p": {"login_network_masks": masks}}}

test_masks_inside_the_admin_ranges_pass if {
	every doc in testkit.shapes(object.union(profile, preference("10.10.0.0/24;192.168.1.0/24"))) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A19.4") == set()
	}
}

test_no_preference_or_open_masks_fail if {
	every doc in testkit.shapes(profile) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A19.4") == {"(stack)"}
	}
	every masks in ["10.10.0.0/24;0.0.0.0/0", "", "198.51.100.0/24"] {
		report := data.govguard.report with input as testkit.hcl(object.union(profile, preference(masks)))
		testkit.found(report, "A19.4") == {"alicloud_ram_security_preference.p"}
	}
}

test_managed_elsewhere_or_no_console_users if {
	elsewhere := data.govguard.report with input as testkit.hcl(profile) with data.govguard_config as {"identity": {"managed_elsewhere": true}}
	testkit.found(elsewhere, "A19.4") == set()
	nobody := data.govguard.report with input as testkit.hcl(preference("0.0.0.0/0"))
	testkit.found(nobody, "A19.4") == set()
}

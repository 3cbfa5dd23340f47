package govguard.controls.a19_5_test

import data.govguard.testkit_test as testkit

bastion(attributes) := {"alicloud_bastionhost_instance": {"b": object.union({"license_code": "bhah_ent_50_asset", "security_group_ids": ["sg-1"]}, attributes)}}

test_closed_or_allow_listed_passes if {
	every spec in [
		bastion({"enable_public_access": false}),
		bastion({"enable_public_access": true, "public_white_list": ["10.10.0.0/24"]}),
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A19.5") == set()
		}
	}
}

test_open_or_unset_public_access_fails if {
	every spec in [
		bastion({"enable_public_access": true}),
		bastion({"enable_public_access": true, "public_white_list": ["0.0.0.0/0"]}),
		bastion({"enable_public_access": true, "public_white_list": ["10.0.0.0/8", "203.0.113.0/24"]}),
		bastion({}),
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A19.5") == {"alicloud_bastionhost_instance.b"}
		}
	}
}

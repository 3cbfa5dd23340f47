package govguard.controls.a29_6_test

import data.govguard.testkit_test as testkit

deny_http := json.marshal({"Version": "1", "Statement": [{
	"Effect": "Deny",
	"Principal": ["*"],
	"Action": ["oss:*"],
	"Resource": ["acs:oss:*:*:gov-data", "acs:oss:*:*:gov-data/*"],
	"Condition": {"Bool": {"acs:SecureTransport": ["false"]}},
}]})

allow_all := json.marshal({"Statement": [{"Effect": "Allow", "Principal": ["*"], "Action": ["oss:GetObject"]}]})

test_deny_insecure_transport_inline_or_standalone if {
	inline := {"alicloud_oss_bucket": {"b": {"bucket": "gov-data", "policy": deny_http}}}
	standalone := {
		"alicloud_oss_bucket": {"b": {"bucket": "gov-data"}},
		"alicloud_oss_bucket_policy": {"p": {"bucket": "${alicloud_oss_bucket.b.bucket}", "policy": deny_http}},
	}
	every spec in [inline, standalone] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A29.6") == set()
		}
	}
}

test_no_policy_or_no_deny_fails if {
	every spec in [
		{"alicloud_oss_bucket": {"b": {"bucket": "gov-data"}}},
		{"alicloud_oss_bucket": {"b": {"bucket": "gov-data", "policy": allow_all}}},
		{"alicloud_oss_bucket": {"b": {"bucket": "gov-data", "policy": "${data.alicloud_ram_policy_document.d.document}"}}},
	] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc
			testkit.found(report, "A29.6") == {"alicloud_oss_bucket.b"}
		}
	}
}

package govguard.controls.a22_1_test

import data.govguard.testkit_test as testkit

blocked(bucket) := {"alicloud_oss_bucket_public_access_block": {bucket: {
	"bucket": concat("", ["${alicloud_oss_bucket.", bucket, ".bucket}"]),
	"block_public_access": true,
}}}

private_bucket := object.union(
	{"alicloud_oss_bucket": {"b": {"bucket": "gov-data"}}},
	blocked("b"),
)

test_private_bucket_with_public_access_blocked_passes if {
	every doc in testkit.shapes(private_bucket) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A22.1") == set()
	}
}

test_public_acl_inline_and_standalone if {
	spec := object.union(private_bucket, {
		"alicloud_oss_bucket": {"pub": {"bucket": "gov-pub", "acl": "public-read"}},
		"alicloud_oss_bucket_acl": {"a": {"bucket": "gov-data", "acl": "public-read-write"}},
	})
	every doc in testkit.shapes(object.union(spec, blocked("pub"))) {
		report := data.govguard.report with input as doc
		testkit.messages(report, "A22.1") == {
			"alicloud_oss_bucket.pub": "acl is public-read, so the bucket is open to the public",
			"alicloud_oss_bucket_acl.a": "acl is public-read-write, so the bucket is open to the public",
		}
	}
}

test_bucket_without_public_access_block if {
	every doc in testkit.shapes({"alicloud_oss_bucket": {"b": {"bucket": "gov-data"}}}) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A22.1") == {"alicloud_oss_bucket.b"}
	}
}

test_block_linked_by_literal_bucket_name if {
	spec := {
		"alicloud_oss_bucket": {"b": {"bucket": "gov-data"}},
		"alicloud_oss_bucket_public_access_block": {"blk": {"bucket": "gov-data", "block_public_access": true}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A22.1") == set()
	}
}

test_block_switched_off_is_reported_on_the_block if {
	spec := {
		"alicloud_oss_bucket": {"b": {"bucket": "gov-data"}},
		"alicloud_oss_bucket_public_access_block": {"blk": {"bucket": "gov-data", "block_public_access": false}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A22.1") == {"alicloud_oss_bucket_public_access_block.blk"}
	}
}

test_an_allow_to_everyone_limited_only_by_https_is_public if {
	policy := json.marshal({"Version": "1", "Statement": [{"Effect": "Allow", "Principal": ["*"], "Action": ["oss:GetObject"], "Resource": ["acs:oss:*:*:gov-data/*"], "Condition": {"Bool": {"acs:SecureTransport": ["true"]}}}]})
	spec := {"alicloud_oss_bucket_policy": {"p": {"bucket": "gov-data", "policy": policy}}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A22.1") == {"alicloud_oss_bucket_policy.p"}
	}
}

test_account_wide_block_covers_every_bucket if {
	spec := {
		"alicloud_oss_bucket": {"b": {"bucket": "gov-data"}, "c": {"bucket": "gov-more"}},
		"alicloud_oss_account_public_access_block": {"acct": {"block_public_access": true}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A22.1") == set()
	}
}

policy_text(statement) := json.marshal({"Version": "1", "Statement": [statement]})

test_policy_allowing_everyone_without_condition if {
	open_statement := {"Effect": "Allow", "Principal": ["*"], "Action": ["oss:GetObject"], "Resource": ["acs:oss:*:*:gov-data/*"]}
	spec := object.union(private_bucket, {"alicloud_oss_bucket_policy": {"p": {"bucket": "gov-data", "policy": policy_text(open_statement)}}})
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A22.1") == {"alicloud_oss_bucket_policy.p"}
	}
}

test_policy_with_condition_or_deny_is_not_public if {
	restricted := {"Effect": "Allow", "Principal": ["*"], "Action": ["oss:GetObject"], "Condition": {"IpAddress": {"acs:SourceIp": ["10.0.0.0/8"]}}}
	deny := {"Effect": "Deny", "Principal": ["*"], "Action": ["oss:*"], "Condition": {"Bool": {"acs:SecureTransport": ["false"]}}}
	spec := object.union(private_bucket, {"alicloud_oss_bucket_policy": {
		"r": {"bucket": "gov-data", "policy": policy_text(restricted)},
		"d": {"bucket": "gov-data", "policy": policy_text(deny)},
	}})
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.found(report, "A22.1") == set()
}

test_policy_that_is_not_json_cannot_be_verified if {
	spec := object.union(private_bucket, {"alicloud_oss_bucket_policy": {"p": {"bucket": "gov-data", "policy": "{not json"}}})
	report := data.govguard.report with input as testkit.hcl(spec)
	testkit.messages(report, "A22.1") == {"alicloud_oss_bucket_policy.p": "policy is not a valid JSON policy document, so it cannot be verified"}
}

test_acl_and_policy_known_only_after_apply_fail_closed if {
	spec := object.union(private_bucket, {
		"alicloud_oss_bucket_acl": {"a": {"bucket": "gov-data", "acl": "${data.alicloud_x.y.acl}"}},
		"alicloud_oss_bucket_policy": {"p": {"bucket": "gov-data", "policy": "${data.alicloud_ram_policy_document.d.document}"}},
	})
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A22.1") == {"alicloud_oss_bucket_acl.a", "alicloud_oss_bucket_policy.p"}
	}
}

# An inline acl left unset is OSS's private default: the plan shows it as unknown, not set.
test_unset_inline_acl_is_the_private_default if {
	plan := testkit.plan(private_bucket)
	doc := json.patch(plan, [{"op": "add", "path": "/resource_changes/0/change/after_unknown/acl", "value": true}])
	report := data.govguard.report with input as doc
	testkit.found(report, "A22.1") == set()
}

test_every_problem_of_one_bucket_is_one_finding if {
	spec := {"alicloud_oss_bucket": {"b": {
		"bucket": "gov-data",
		"acl": "public-read",
		"policy": "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":[\"*\"],\"Action\":[\"oss:GetObject\"],\"Resource\":[\"acs:oss:*:*:gov-data/*\"]}]}",
	}}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.details(report, "A22.1") == {[
			"alicloud_oss_bucket.b",
			"acl, block_public_access, policy",
			concat("; ", [
				"acl is public-read, so the bucket is open to the public",
				"the bucket has no alicloud_oss_bucket_public_access_block with block_public_access = true, so public access is not blocked",
				"the bucket policy allows Principal \"*\" with no condition limiting the source network or caller (acs:SourceIp, acs:SourceVpc, acs:AccessId and the like), so the bucket is open to the public",
			]),
		]}
	}
}

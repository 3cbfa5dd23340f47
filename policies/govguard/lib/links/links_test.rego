package govguard.lib.links_test

import data.govguard.lib.links
import data.govguard.lib.resources
import data.govguard.testkit_test as testkit

addresses(positions) := {resources.list[p].address | some p in positions}

test_reference_and_literal_name_both_link if {
	spec := {
		"alicloud_oss_bucket": {"a": {"bucket": "gov-a"}, "b": {"bucket": "gov-b"}},
		"alicloud_oss_bucket_logging": {"by_ref": {"bucket": "${alicloud_oss_bucket.a.bucket}"}, "by_name": {"bucket": "gov-b"}},
	}
	every doc in testkit.shapes(spec) {
		logged := links.with_children("oss_logging") with input as doc
		addresses(logged) == {"alicloud_oss_bucket.a", "alicloud_oss_bucket.b"} with input as doc
	}
}

test_parents_of_returns_resources if {
	spec := {
		"alicloud_oss_bucket": {"a": {"bucket": "gov-a"}},
		"alicloud_oss_bucket_logging": {"l": {"bucket": "gov-a", "target_bucket": "gov-a"}},
	}
	doc := testkit.hcl(spec)
	logging := resources.of_type("alicloud_oss_bucket_logging")[0] with input as doc
	[p.address | some p in links.parents_of("oss_logging_target", logging)] == ["alicloud_oss_bucket.a"] with input as doc
}

test_count_instances_link_to_the_same_index if {
	doc := {
		"format_version": "1.2",
		"resource_changes": [
			{"address": "alicloud_oss_bucket.b[0]", "type": "alicloud_oss_bucket", "name": "b", "index": 0, "change": {"actions": ["create"], "after": {"bucket": "b0"}}},
			{"address": "alicloud_oss_bucket.b[1]", "type": "alicloud_oss_bucket", "name": "b", "index": 1, "change": {"actions": ["create"], "after": {"bucket": "b1"}}},
			{"address": "alicloud_oss_bucket_logging.l[1]", "type": "alicloud_oss_bucket_logging", "name": "l", "index": 1, "change": {"actions": ["create"], "after": {}, "after_unknown": {"bucket": true}}},
			{"address": "alicloud_oss_bucket_logging.first", "type": "alicloud_oss_bucket_logging", "name": "first", "change": {"actions": ["create"], "after": {}, "after_unknown": {"bucket": true}}},
		],
		"configuration": {"root_module": {"resources": [
			{"address": "alicloud_oss_bucket_logging.l", "type": "alicloud_oss_bucket_logging", "name": "l", "expressions": {"bucket": {"references": ["alicloud_oss_bucket.b", "count.index"]}}},
			{"address": "alicloud_oss_bucket_logging.first", "type": "alicloud_oss_bucket_logging", "name": "first", "expressions": {"bucket": {"references": ["alicloud_oss_bucket.b[0].bucket", "alicloud_oss_bucket.b[0]", "alicloud_oss_bucket.b"]}}},
		]}},
	}
	addresses(links.with_children("oss_logging")) == {"alicloud_oss_bucket.b[0]", "alicloud_oss_bucket.b[1]"} with input as doc
}

module_logging := {
	"address": "alicloud_oss_bucket_logging.l",
	"type": "alicloud_oss_bucket_logging",
	"name": "l",
	"expressions": {"bucket": {"references": ["alicloud_oss_bucket.b.bucket", "alicloud_oss_bucket.b"]}},
}

test_references_stay_in_their_module_instance if {
	doc := {
		"format_version": "1.2",
		"resource_changes": [
			{"address": "alicloud_oss_bucket.b", "type": "alicloud_oss_bucket", "name": "b", "change": {"actions": ["create"], "after": {"bucket": "root"}}},
			{"address": "module.m[\"x\"].alicloud_oss_bucket.b", "module_address": "module.m[\"x\"]", "type": "alicloud_oss_bucket", "name": "b", "change": {"actions": ["create"], "after": {"bucket": "mx"}}},
			{"address": "module.m[\"x\"].alicloud_oss_bucket_logging.l", "module_address": "module.m[\"x\"]", "type": "alicloud_oss_bucket_logging", "name": "l", "change": {"actions": ["create"], "after": {}, "after_unknown": {"bucket": true}}},
		],
		"configuration": {"root_module": {"module_calls": {"m": {"module": {"resources": [module_logging]}}}}},
	}
	addresses(links.with_children("oss_logging")) == {"module.m[\"x\"].alicloud_oss_bucket.b"} with input as doc
}

test_two_parents_with_one_name_do_not_conflict if {
	spec := {
		"alicloud_oss_bucket": {"a": {"bucket": "same"}, "b": {"bucket": "same"}},
		"alicloud_oss_bucket_logging": {"l": {"bucket": "same"}},
	}
	count(links.with_children("oss_logging")) == 1 with input as testkit.hcl(spec)
}

test_configured_attributes if {
	spec := {"alicloud_oss_bucket": {"b": {"bucket": "x", "acl": "private"}}}
	every doc in testkit.shapes(spec) {
		bucket := resources.of_type("alicloud_oss_bucket")[0] with input as doc
		links.configured(bucket, "acl") with input as doc
		not links.configured(bucket, "policy") with input as doc
	}
}

# The references of an expression at any depth, read the same with and without a walk.
test_reference_texts_at_any_depth if {
	links.reference_texts({"references": ["alicloud_oss_bucket.b.bucket", "alicloud_oss_bucket.b"]}) == ["alicloud_oss_bucket.b.bucket", "alicloud_oss_bucket.b"]
	links.reference_texts({"constant_value": "gov-logs"}) == []
	links.reference_texts({"constant_value": null}) == []
	links.reference_texts({"constant_value": {"references": ["alicloud_oss_bucket.c"]}}) == ["alicloud_oss_bucket.c"]
	links.reference_texts({"rule": {"references": ["alicloud_vpc.v.id"]}}) == ["alicloud_vpc.v.id"]
	links.reference_texts([{"target": {"references": ["alicloud_log_store.s.name"]}}]) == ["alicloud_log_store.s.name"]
	links.reference_texts({"references": ["var.a"], "constant_value": "x"}) == ["var.a"]
}

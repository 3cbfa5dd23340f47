package govguard.lib.patterns_test

import data.govguard.lib.patterns

test_star_matches_anything_and_the_rest_is_literal if {
	patterns.matches("module.a[*].alicloud_log_project.*", "module.a[0].alicloud_log_project.p")
	patterns.matches("alicloud_oss_bucket.b[\"x.y\"]", "alicloud_oss_bucket.b[\"x.y\"]")
	patterns.matches("*", "anything at all")
	not patterns.matches("alicloud_oss_bucket.b", "alicloud_oss_bucket.bb")
	not patterns.matches("alicloud_oss_bucket.b", "alicloud_oss_bucketXb")
	not patterns.matches("a(b)+", "aab")
	patterns.matches_any(["x", "alicloud_*"], "alicloud_vpc.v")
}

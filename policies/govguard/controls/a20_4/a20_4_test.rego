package govguard.controls.a20_4_test

import data.govguard.testkit_test as testkit

test_everything_logged_passes if {
	spec := {
		"alicloud_oss_bucket": {
			"app": {"bucket": "gov-app", "logging": [{"target_bucket": "gov-logs", "target_prefix": "app/"}]},
			"web": {"bucket": "gov-web"},
			"logs": {"bucket": "gov-logs"},
		},
		"alicloud_oss_bucket_logging": {"web": {"bucket": "${alicloud_oss_bucket.web.bucket}", "target_bucket": "${alicloud_oss_bucket.logs.bucket}"}},
		"alicloud_alb_load_balancer": {"inline": {"load_balancer_name": "a", "access_log_config": [{"log_project": "p", "log_store": "s"}]}, "attached": {"load_balancer_name": "b"}},
		"alicloud_alb_load_balancer_access_log_config_attachment": {"att": {"load_balancer_id": "${alicloud_alb_load_balancer.attached.id}", "log_project": "p", "log_store": "s"}},
		"alicloud_cdn_domain_new": {"d": {"domain_name": "www.a.gov.cn"}},
		"alicloud_cdn_real_time_log_delivery": {"rt": {"domain": "${alicloud_cdn_domain_new.d.domain_name}", "project": "p", "logstore": "s", "sls_region": "cn-hangzhou"}},
		"alicloud_slb_load_balancer": {"clb": {"load_balancer_name": "c"}},
		"alicloud_log_audit": {"audit": {"display_name": "audit", "aliuid": "1", "variable_map": {"slb_access_enabled": "true", "slb_access_ttl": "365"}}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.4") == set()
	}
}

test_nothing_logged_fails if {
	spec := {
		"alicloud_oss_bucket": {"app": {"bucket": "gov-app"}},
		"alicloud_alb_load_balancer": {"alb": {"load_balancer_name": "a"}},
		"alicloud_cdn_domain_new": {"d": {"domain_name": "www.a.gov.cn"}},
		"alicloud_slb_load_balancer": {"clb": {"load_balancer_name": "c"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.4") == {"alicloud_oss_bucket.app", "alicloud_alb_load_balancer.alb", "alicloud_cdn_domain_new.d", "alicloud_slb_load_balancer.clb"}
	}
}

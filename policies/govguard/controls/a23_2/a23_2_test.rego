package govguard.controls.a23_2_test

import data.govguard.testkit_test as testkit

found(report) := testkit.messages(report, "A23.2")

test_destinations_in_mainland_regions_pass if {
	spec := {
		"alicloud_oss_bucket_replication": {"r": {"bucket": "a", "destination": [{"bucket": "b", "location": "oss-cn-shanghai"}]}},
		"alicloud_rds_instance_cross_backup_policy": {"c": {"instance_id": "rm-1", "cross_backup_region": "cn-shenzhen"}},
		"alicloud_ecs_auto_snapshot_policy": {"s": {"retention_days": 7, "target_copy_regions": ["cn-beijing"]}},
		"alicloud_hbr_policy": {"h": {"policy_name": "h", "rules": [{"rule_type": "REPLICATION", "replication_region_id": "cn-qingdao"}]}},
		"alicloud_cen_bandwidth_package": {"b": {"geographic_region_a_id": "China", "geographic_region_b_id": "China"}},
		"alicloud_actiontrail_trail": {"t": {"trail_name": "t", "sls_project_arn": "acs:log:cn-hangzhou:1:project/audit"}},
		"alicloud_sls_collection_policy": {"p": {"centralize_config": [{"dest_region": "cn-hangzhou"}]}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		found(report) == {}
	}
}

test_each_kind_of_destination_outside_the_mainland if {
	spec := {
		"alicloud_oss_bucket_replication": {"r": {"bucket": "a", "destination": [{"bucket": "b", "location": "oss-ap-southeast-1"}]}},
		"alicloud_rds_instance_cross_backup_policy": {"c": {"instance_id": "rm-1", "cross_backup_region": "eu-central-1"}},
		"alicloud_polardb_backup_policy": {"p": {"db_cluster_id": "pc-1", "log_backup_another_region_region": "us-west-1"}},
		"alicloud_vpc_peer_connection": {"v": {"vpc_id": "vpc-1", "accepting_region_id": "cn-hongkong"}},
		"alicloud_cdn_real_time_log_delivery": {"d": {"domain": "www.x.gov.cn", "sls_region": "ap-northeast-1"}},
		"alicloud_cen_transit_router_peer_attachment": {"t": {"peer_transit_router_region_id": "me-east-1"}},
		"alicloud_cen_instance_attachment": {"a": {"child_instance_region_id": "ap-south-1"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		object.keys(found(report)) == {
			"alicloud_oss_bucket_replication.r", "alicloud_rds_instance_cross_backup_policy.c",
			"alicloud_polardb_backup_policy.p", "alicloud_vpc_peer_connection.v",
			"alicloud_cdn_real_time_log_delivery.d", "alicloud_cen_transit_router_peer_attachment.t",
			"alicloud_cen_instance_attachment.a",
		}
	}
	hcl := data.govguard.report with input as testkit.hcl(spec)
	found(hcl)["alicloud_oss_bucket_replication.r"] == "destination.location points to ap-southeast-1, so data flows outside the allowed mainland regions"
}

test_lists_arns_and_bandwidth_packages if {
	spec := {
		"alicloud_ecs_auto_snapshot_policy": {"s": {"retention_days": 7, "target_copy_regions": ["cn-beijing", "us-east-1"]}},
		"alicloud_actiontrail_trail": {"t": {"trail_name": "t", "sls_project_arn": "acs:log:eu-west-1:1:project/audit"}},
		"alicloud_cen_bandwidth_package": {"b": {"geographic_region_a_id": "China", "geographic_region_b_id": "Europe"}},
	}
	report := data.govguard.report with input as testkit.hcl(spec)
	found(report) == {
		"alicloud_ecs_auto_snapshot_policy.s": "target_copy_regions points to us-east-1, so data flows outside the allowed mainland regions",
		"alicloud_actiontrail_trail.t": "sls_project_arn points to eu-west-1, so data flows outside the allowed mainland regions",
		"alicloud_cen_bandwidth_package.b": "geographic_region_b_id is Europe; both ends of the bandwidth package must be China",
	}
}

# The destination bucket's location is only known after apply; its provider region decides.
test_destination_found_through_the_referenced_bucket if {
	doc := {
		"provider": {"alicloud": [{"region": "cn-hangzhou"}, {"alias": "hk", "region": "cn-hongkong"}, {"alias": "dr", "region": "cn-shanghai"}]},
		"resource": {
			"alicloud_oss_bucket": {"hk": [{"bucket": "h", "provider": "${alicloud.hk}"}], "dr": [{"bucket": "d", "provider": "${alicloud.dr}"}]},
			"alicloud_oss_bucket_replication": {
				"to_hk": [{"bucket": "a", "destination": [{"bucket": "${alicloud_oss_bucket.hk.bucket}", "location": "${alicloud_oss_bucket.hk.location}"}]}],
				"to_dr": [{"bucket": "a", "destination": [{"bucket": "${alicloud_oss_bucket.dr.bucket}", "location": "${alicloud_oss_bucket.dr.location}"}]}],
			},
		},
	}
	report := data.govguard.report with input as doc
	object.keys(found(report)) == {"alicloud_oss_bucket_replication.to_hk"}
}

test_unknown_destinations_fail_closed if {
	spec := {
		"alicloud_oss_bucket_replication": {"r": {"bucket": "a", "destination": [{"bucket": "b", "location": "${data.x.y.location}"}]}},
		"alicloud_rds_instance_cross_backup_policy": {"c": {"instance_id": "rm-1", "cross_backup_region": "${var.dr_region}"}},
		"alicloud_ecs_auto_snapshot_policy": {"s": {"retention_days": 7, "target_copy_regions": "${var.regions}"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		count(found(report)) == 3
	}
}

test_unset_optional_destinations_are_no_flow if {
	spec := {
		"alicloud_polardb_backup_policy": {"p": {"db_cluster_id": "pc-1"}},
		"alicloud_actiontrail_trail": {"t": {"trail_name": "t", "oss_bucket_name": "trail-logs"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		found(report) == {}
	}
}

test_an_empty_destination_is_named_empty if {
	report := data.govguard.report with input as testkit.hcl({"alicloud_vpc_peer_connection": {"v": {"vpc_id": "vpc-1", "accepting_region_id": ""}}})
	found(report) == {"alicloud_vpc_peer_connection.v": "accepting_region_id points to an empty value, so data flows outside the allowed mainland regions"}
}

test_a_destination_block_only_known_after_apply_cannot_be_verified if {
	spec := {"alicloud_hbr_policy": {"h": {"policy_name": "h", "rules": "${data.alicloud_account.current.id}"}}}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		contains(found(report)["alicloud_hbr_policy.h"], "so the region data flows to cannot be verified before apply")
	}
}

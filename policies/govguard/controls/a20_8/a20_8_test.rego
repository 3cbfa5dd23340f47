package govguard.controls.a20_8_test

import data.govguard.testkit_test as testkit

network(flow_log, retention) := {
	"alicloud_vpc": {"main": {"cidr_block": "10.0.0.0/8"}},
	"alicloud_log_project": {"p": {"project_name": "gov-net"}},
	"alicloud_log_store": {"flow": {"project_name": "gov-net", "logstore_name": "flow", "retention_period": retention}},
	"alicloud_vpc_flow_log": {"f": object.union(
		{
			"resource_id": "${alicloud_vpc.main.id}",
			"resource_type": "VPC",
			"traffic_type": "All",
			"status": "Active",
			"project_name": "gov-net",
			"log_store_name": "flow",
		},
		flow_log,
	)},
}

test_an_active_flow_log_of_all_traffic_kept_a_year_passes if {
	every doc in testkit.shapes(network({}, 365)) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A20.8") == set()
	}
}

test_every_shortfall_fails if {
	every spec in [
		network({"traffic_type": "Drop"}, 365),
		network({"resource_type": "VSwitch"}, 365),
		network({"status": "Inactive"}, 365),
		network({"status": null}, 365),
		network({}, 30),
		network({"log_store_name": "elsewhere"}, 365),
		{"alicloud_vpc": {"main": {"cidr_block": "10.0.0.0/8"}}},
	] {
		report := data.govguard.report with input as testkit.hcl(spec)
		testkit.found(report, "A20.8") == {"alicloud_vpc.main"}
	}
}

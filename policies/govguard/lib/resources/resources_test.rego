package govguard.lib.resources_test

import data.govguard.lib.fields
import data.govguard.lib.resources
import data.govguard.testkit_test as testkit

# A deprecated type is read as the type that replaced it, keeping its own type and address.
test_aliases_are_read_as_their_replacement if {
	spec := {
		"alicloud_slb": {"old": {"name": "portal", "specification": "slb.s2.small"}},
		"alicloud_slb_load_balancer": {"new": {"load_balancer_name": "api"}},
		"alicloud_eip": {"ip": {"name": "portal-ip"}},
		"alicloud_yundun_bastionhost_instance": {"b": {"description": "ops"}},
	}
	every doc in testkit.shapes(spec) {
		balancers := {r.address | some r in resources.of_type("alicloud_slb_load_balancer")} with input as doc
		balancers == {"alicloud_slb.old", "alicloud_slb_load_balancer.new"}
		same := {r.address | some r in resources.of_type("alicloud_slb")} with input as doc
		same == balancers
		types := {r.address: r.type | some r in resources.of_type("alicloud_slb_load_balancer")} with input as doc
		types["alicloud_slb.old"] == "alicloud_slb"
		eips := [r.address | some r in resources.of_type("alicloud_eip_address")] with input as doc
		eips == ["alicloud_eip.ip"]
		resources.count_of("alicloud_bastionhost_instance") == 1 with input as doc
	}
}

test_a_type_and_its_alias_listed_together_give_each_resource_once if {
	spec := {"alicloud_disk": {"old": {"size": 20}}, "alicloud_ecs_disk": {"new": {"size": 20}}}
	every doc in testkit.shapes(spec) {
		listed := [r.address | some r in resources.of_types(["alicloud_ecs_disk", "alicloud_disk"])] with input as doc
		sort(listed) == ["alicloud_disk.old", "alicloud_ecs_disk.new"]
	}
}

# Deprecated arguments are read under the argument that replaced them.
test_renamed_arguments_are_read_under_their_current_name if {
	spec := {
		"alicloud_slb": {"old": {"name": "portal", "specification": "slb.s2.small"}},
		"alicloud_eip": {"ip": {"name": "portal-ip"}},
		"alicloud_dns": {"d": {"name": "hzlib.gov.cn"}},
		"alicloud_dns_record": {"r": {"name": "hzlib.gov.cn", "host_record": "www", "type": "A", "value": "10.0.0.1", "routing": "oversea"}},
	}
	every doc in testkit.shapes(spec) {
		slb_read == {"alicloud_slb.old": ["portal", "slb.s2.small"]} with input as doc
		[fields.known(r, "address_name") | some r in resources.of_type("alicloud_eip_address")] == ["portal-ip"] with input as doc
		[fields.known(r, "domain_name") | some r in resources.of_type("alicloud_alidns_domain")] == ["hzlib.gov.cn"] with input as doc
		records_read == [["hzlib.gov.cn", "www", "oversea"]] with input as doc
	}
}

slb_read := {r.address: [fields.known(r, "load_balancer_name"), fields.known(r, "load_balancer_spec")] |
	some r in resources.of_type("alicloud_slb_load_balancer")
}

records_read := [[fields.known(r, "domain_name"), fields.known(r, "rr"), fields.known(r, "line")] |
	some r in resources.of_type("alicloud_alidns_record")
]

# The current argument wins when both are written; an unknown deprecated one stays unknown.
test_a_current_argument_is_kept_and_unknowns_stay_unknown if {
	spec := {
		"alicloud_eip_address": {"both": {"name": "old-name", "address_name": "new-name"}},
		"alicloud_dns": {"d": {"name": "${var.zone}"}},
	}
	every doc in testkit.shapes(spec) {
		[fields.known(r, "address_name") | some r in resources.of_type("alicloud_eip_address")] == ["new-name"] with input as doc
		[fields.get(r, "domain_name").status | some r in resources.of_type("alicloud_alidns_domain")] == ["unresolved"] with input as doc
	}
}

# In a plan, an Optional+Computed current argument left unset is unknown: the deprecated value
# it is set from is read instead.
test_a_plans_unknown_current_argument_yields_to_the_deprecated_one if {
	doc := {
		"format_version": "1.2",
		"resource_changes": [{
			"address": "alicloud_eip.ip", "mode": "managed", "type": "alicloud_eip", "name": "ip",
			"change": {
				"actions": ["create"],
				"after": {"name": "portal-ip"},
				"after_unknown": {"address_name": true, "id": true},
			},
		}],
	}
	[fields.known(r, "address_name") | some r in resources.of_type("alicloud_eip_address")] == ["portal-ip"] with input as doc
}

test_canonical_type if {
	resources.canonical_type("alicloud_yundun_bastionhost_instance") == "alicloud_bastionhost_instance"
	resources.canonical_type("alicloud_oss_bucket") == "alicloud_oss_bucket"
}

# Through the controls: each finding names the resource by its own (deprecated) type.
test_controls_judge_deprecated_types if {
	spec := {
		"alicloud_yundun_bastionhost_instance": {"b": {"description": "ops", "enable_public_access": true}},
		"alicloud_dns": {"d": {"name": "hospital.org"}, "gov": {"name": "hzlib.gov.cn"}},
		"alicloud_dns_record": {"r": {"name": "hospital.org", "host_record": "www", "type": "A", "value": "10.0.0.1"}},
		"alicloud_slb": {"old": {"name": "portal", "address_type": "intranet"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A19.5") == {"alicloud_yundun_bastionhost_instance.b"}
		{[f.resource, f.attribute] | some f in report.findings; f.control == "A5.1"} == {
			["alicloud_dns.d", "domain_name"],
			["alicloud_dns_record.r", "domain_name"],
		}
		testkit.found(report, "A20.4") == {"alicloud_slb.old"}
	}
}

# The deprecated snapshot policy and trail names carry cross-region settings too (A23.2).
test_deprecated_snapshot_policy_and_trail_are_checked_for_residency if {
	spec := {
		"alicloud_snapshot_policy": {"s": {"name": "daily", "retention_days": 7, "target_copy_regions": ["us-east-1"]}},
		"alicloud_actiontrail": {"t": {"name": "t", "sls_project_arn": "acs:log:eu-west-1:1:project/audit"}},
	}
	every doc in testkit.shapes(spec) {
		report := data.govguard.report with input as doc
		testkit.found(report, "A23.2") == {"alicloud_snapshot_policy.s", "alicloud_actiontrail.t"}
	}
}

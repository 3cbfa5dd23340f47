package govguard.lib.instances_test

import data.govguard.lib.resources

rule(extra) := object.union({"type": "ingress", "ip_protocol": "tcp", "cidr_ip": "0.0.0.0/0"}, extra)

config(resources_by_type) := {
	"variable": {"ports": [{"default": {"http": 80, "https": 443}}], "n": [{"default": 2}], "open": [{"type": "number"}]},
	"resource": resources_by_type,
}

addresses_and(listed, attribute) := {[r.address, r.values[attribute]] | some r in listed}

test_for_each_over_a_literal_map_is_one_instance_per_key if {
	doc := config({"alicloud_security_group_rule": {"web": [rule({"for_each": {"http": 80, "https": 443}, "port_range": "${each.value}/${each.value}", "description": "Public ${each.key}"})]}})
	listed_doc := resources.list with input as doc
	addresses_and(listed_doc, "port_range") == {[`alicloud_security_group_rule.web["http"]`, "80/80"], [`alicloud_security_group_rule.web["https"]`, "443/443"]}
	addresses_and(listed_doc, "description") == {[`alicloud_security_group_rule.web["http"]`, "Public http"], [`alicloud_security_group_rule.web["https"]`, "Public https"]}
}

test_for_each_from_a_variable_toset_and_each_value_attributes if {
	from_variable := config({"alicloud_security_group_rule": {"web": [rule({"for_each": "${var.ports}", "port_range": "${each.value}/${each.value}"})]}})
	listed_from_variable := resources.list with input as from_variable
	count(addresses_and(listed_from_variable, "port_range")) == 2
	over_set := config({"alicloud_oss_bucket": {"b": [{"for_each": {"govguard_toset": ["a", "b"]}, "bucket": "gov-${each.key}"}]}})
	listed_over_set := resources.list with input as over_set
	addresses_and(listed_over_set, "bucket") == {[`alicloud_oss_bucket.b["a"]`, "gov-a"], [`alicloud_oss_bucket.b["b"]`, "gov-b"]}
	objects := config({"alicloud_vpc": {"v": [{"for_each": {"a": {"cidr": "10.1.0.0/16"}}, "cidr_block": "${each.value.cidr}", "tags": "${each.value}"}]}})
	listed_objects := resources.list with input as objects
	addresses_and(listed_objects, "cidr_block") == {[`alicloud_vpc.v["a"]`, "10.1.0.0/16"]}
	addresses_and(listed_objects, "tags") == {[`alicloud_vpc.v["a"]`, {"cidr": "10.1.0.0/16"}]}
}

test_count_is_one_instance_per_index if {
	doc := config({"alicloud_ecs_disk": {"d": [{"count": "${var.n}", "disk_name": "disk-${count.index}", "size": 20}]}})
	listed_doc := resources.list with input as doc
	addresses_and(listed_doc, "disk_name") == {["alicloud_ecs_disk.d[0]", "disk-0"], ["alicloud_ecs_disk.d[1]", "disk-1"]}
	none := config({"alicloud_ecs_disk": {"d": [{"count": 0, "size": 20}]}})
	listed_none := resources.list with input as none
	addresses_and(listed_none, "size") == set()
}

test_an_unknown_count_or_for_each_leaves_one_unexpanded_resource if {
	doc := config({
		"alicloud_ecs_disk": {"d": [{"count": "${var.open}", "disk_name": "disk-${count.index}"}]},
		"alicloud_vpc": {"v": [{"for_each": "${local.vpcs}", "vpc_name": "${each.key}"}]},
	})
	listed_doc := resources.list with input as doc
	addresses_and(listed_doc, "count") == {["alicloud_ecs_disk.d", "${var.open}"]}
	addresses_and(listed_doc, "for_each") == {["alicloud_vpc.v", "${local.vpcs}"]}
}

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

# for_each values as hcl2json hands them over: template text, in which "$${" is a literal "${".
hostile := {
	"portal": `the "portal" files`,
	"back": `C:\new\path\`,
	"tmpl": "costs $${var.price} and %%{ if } 100%",
	"lines": "line one\nline two\ttabbed",
	"han": "政务 门户 ✓",
}

test_values_with_quotes_backslashes_templates_and_newlines_stay_values if {
	doc := config({"alicloud_oss_bucket": {"b": [{
		"for_each": hostile,
		"bucket": "gov-${each.key}",
		"tags": {"purpose": "${each.value}", "label": "files of ${ each.value }!", "data-classification": "internal"},
		"lifecycle_rule": [{"id": "${each.key}", "enabled": true, "expiration": [{"days": 400, "note": "${each.value} kept"}]}],
	}]}})
	listed_doc := resources.list with input as doc
	{[r.index, r.values.tags.purpose] | some r in listed_doc} == {[key, value] | some key, value in hostile}
	{[r.index, r.values.tags.label] | some r in listed_doc} == {[key, concat("", ["files of ", value, "!"])] | some key, value in hostile}
	{[r.index, r.values.bucket] | some r in listed_doc} == {[key, concat("", ["gov-", key])] | some key in object.keys(hostile)}
	{[r.index, r.values.lifecycle_rule[0].expiration[0].note] | some r in listed_doc} == {[key, concat(" ", [value, "kept"])] | some key, value in hostile}
	{[r.index, r.values.lifecycle_rule[0].id] | some r in listed_doc} == {[key, key] | some key in object.keys(hostile)}
}

test_keys_with_quotes_and_templates_become_terraform_addresses if {
	doc := config({"alicloud_oss_bucket": {"b": [{"for_each": {"govguard_toset": [`the "portal" files`, `a\b`, "x${y}", "p%{q", "tab\there", "costs $${price} 100%%{"]}, "bucket": "gov"}]}})
	listed_doc := resources.list with input as doc
	{r.address | some r in listed_doc} == {
		`alicloud_oss_bucket.b["the \"portal\" files"]`,
		`alicloud_oss_bucket.b["a\\b"]`,
		`alicloud_oss_bucket.b["x$${y}"]`,
		`alicloud_oss_bucket.b["p%%{q"]`,
		`alicloud_oss_bucket.b["tab\there"]`,
		`alicloud_oss_bucket.b["costs $${price} 100%%{"]`,
	}
}

test_whole_references_take_the_value_and_escapes_stay_literal if {
	doc := config({"alicloud_vpc": {"v": [{
		"for_each": {"a": {"cidr": `10.1.0.0/16`, "note": `say "hi"`, "n": 3}},
		"cidr_block": "${each.value.cidr}",
		"tags": "${each.value}",
		"description": "$${each.key} is ${each.key}; n=${each.value.n}",
		"vpc_name": "${each.value.missing}",
		"user_cidrs": ["${each.value.cidr}", "x-${each.key}"],
		"labels": {"${each.key}": "${each.value.note}"},
	}]}})
	listed_doc := resources.list with input as doc
	some r in listed_doc
	r.address == `alicloud_vpc.v["a"]`
	r.values.cidr_block == "10.1.0.0/16"
	r.values.tags == {"cidr": "10.1.0.0/16", "note": `say "hi"`, "n": 3}
	r.values.description == "$${each.key} is a; n=3"
	r.values.user_cidrs == ["10.1.0.0/16", "x-a"]
	r.values.labels == {"a": `say "hi"`}

	# A reference to an attribute the value lacks stays as written: it cannot be verified.
	r.values.vpc_name == "${each.value.missing}"
}

test_a_key_that_would_collide_stays_as_written if {
	doc := config({"alicloud_vpc": {"v": [{"for_each": {"govguard_toset": ["k"]}, "tags": {"${each.key}": "a", "k": "b"}}]}})
	listed_doc := resources.list with input as doc
	[r.values.tags | some r in listed_doc] == [{"${each.key}": "a", "k": "b"}]
}

test_false_null_and_numbers_keep_their_type if {
	doc := config({"alicloud_db_instance": {"d": [{
		"for_each": {"a": {"on": false, "off": null, "days": 365, "ratio": 0.5}},
		"deletion_protection": "${each.value.on}",
		"tde_status": "${each.value.off}",
		"sql_collector_config_value": "${each.value.days}",
		"instance_name": "db-${each.value.on}-${each.value.days}-${each.value.ratio}",
	}]}})
	expected := {
		"deletion_protection": false,
		"tde_status": null,
		"sql_collector_config_value": 365,
		"instance_name": "db-false-365-${each.value.ratio}",
	}
	[r.values | some r in resources.list] == [expected] with input as doc
}

test_references_of_the_other_kind_of_repetition_stay_as_written if {
	doc := config({
		"alicloud_ecs_disk": {"d": [{"count": 1, "disk_name": "${each.key}-${count.index}"}]},
		"alicloud_vpc": {"v": [{"for_each": {"a": "x"}, "vpc_name": "${count.index}-${each.key}"}]},
	})
	listed_doc := resources.list with input as doc
	{[r.address, r.values.disk_name] | some r in listed_doc; r.type == "alicloud_ecs_disk"} == {["alicloud_ecs_disk.d[0]", "${each.key}-0"]}
	{[r.address, r.values.vpc_name] | some r in listed_doc; r.type == "alicloud_vpc"} == {[`alicloud_vpc.v["a"]`, "${count.index}-a"]}
}

test_references_are_substituted_ten_levels_deep_and_left_unresolved_below if {
	# body, x, a, [0], b, [0], c, [0], d: d's elements are the tenth level.
	deep := {"a": [{"b": [{"c": [{"d": ["${each.key}", ["${each.key}"]]}]}]}]}
	doc := config({"alicloud_vpc": {"v": [{"for_each": {"govguard_toset": ["k"]}, "x": deep}]}})
	[r.values.x | some r in resources.list] == [{"a": [{"b": [{"c": [{"d": ["k", ["${each.key}"]]}]}]}]}] with input as doc
}

test_control_characters_in_keys_are_escaped_as_terraform_writes_them if {
	doc := config({"alicloud_vpc": {"v": [{"for_each": {"govguard_toset": ["bell\u0007", "esc\u001b[0m", "cr\r"]}}]}})
	{r.address | some r in resources.list} == {`alicloud_vpc.v["bell\u0007"]`, `alicloud_vpc.v["esc\u001b[0m"]`, `alicloud_vpc.v["cr\r"]`} with input as doc
}

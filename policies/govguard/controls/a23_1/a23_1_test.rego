package govguard.controls.a23_1_test

# A23.1's findings in a report, as {resource: message.en}.
a23_1(report) := {f.resource: f.message.en |
	some f in report.findings
	f.control == "A23.1"
}

plan_with(provider_config, variables) := {
	"format_version": "1.2",
	"terraform_version": "1.5.7",
	"variables": variables,
	"planned_values": {"root_module": {}},
	"resource_changes": [],
	"configuration": {"provider_config": provider_config, "root_module": {}},
}

aliyun := "registry.terraform.io/aliyun/alicloud"

constant(value) := {"constant_value": value}

# --- plan JSON -------------------------------------------------------------------------------

test_plan_allowed_regions_pass if {
	doc := plan_with(
		{
			"alicloud": {"name": "alicloud", "full_name": aliyun, "expressions": {"region": constant("cn-hangzhou")}},
			"alicloud.dr": {"name": "alicloud", "full_name": aliyun, "alias": "dr", "expressions": {"region": constant("cn-shanghai")}},
		},
		{},
	)
	report := data.govguard.report with input as doc
	a23_1(report) == {}
}

test_plan_hongkong_is_not_mainland if {
	doc := plan_with({"alicloud": {"name": "alicloud", "full_name": aliyun, "expressions": {"region": constant("cn-hongkong")}}}, {})
	report := data.govguard.report with input as doc
	a23_1(report) == {"alicloud": "region is cn-hongkong, which is not an allowed mainland region"}
}

test_plan_missing_region if {
	doc := plan_with({"alicloud": {"name": "alicloud", "full_name": aliyun}}, {})
	report := data.govguard.report with input as doc
	startswith(a23_1(report).alicloud, "region is not set")
}

test_plan_null_region_counts_as_missing if {
	doc := plan_with({"alicloud": {"name": "alicloud", "full_name": aliyun, "expressions": {"region": constant(null)}}}, {})
	report := data.govguard.report with input as doc
	startswith(a23_1(report).alicloud, "region is not set")
}

test_plan_alias_outside_mainland if {
	doc := plan_with(
		{
			"alicloud": {"name": "alicloud", "full_name": aliyun, "expressions": {"region": constant("cn-beijing")}},
			"alicloud.sg": {"name": "alicloud", "full_name": aliyun, "alias": "sg", "expressions": {"region": constant("ap-southeast-1")}},
		},
		{},
	)
	report := data.govguard.report with input as doc
	a23_1(report) == {"alicloud.sg": "region is ap-southeast-1, which is not an allowed mainland region"}
}

test_plan_region_from_root_variable if {
	config := {"alicloud": {"name": "alicloud", "full_name": aliyun, "expressions": {"region": {"references": ["var.region"]}}}}
	allowed := data.govguard.report with input as plan_with(config, {"region": {"value": "cn-shenzhen"}})
	a23_1(allowed) == {}
	outside := data.govguard.report with input as plan_with(config, {"region": {"value": "eu-central-1"}})
	a23_1(outside) == {"alicloud": "region is eu-central-1, which is not an allowed mainland region"}
}

test_plan_variable_without_value_is_unresolved if {
	config := {"alicloud": {"name": "alicloud", "full_name": aliyun, "expressions": {"region": {"references": ["var.region"]}}}}
	report := data.govguard.report with input as plan_with(config, {})
	a23_1(report) == {"alicloud": "region is set from var.region, which is not known before apply, so it cannot be verified"}
}

test_plan_region_from_local_is_unresolved if {
	config := {"alicloud": {"name": "alicloud", "full_name": aliyun, "expressions": {"region": {"references": ["local.region"]}}}}
	report := data.govguard.report with input as plan_with(config, {})
	a23_1(report) == {"alicloud": "region is set from local.region, which is not known before apply, so it cannot be verified"}
}

test_plan_legacy_hashicorp_source_is_checked if {
	doc := plan_with({"alicloud": {"name": "alicloud", "full_name": "registry.terraform.io/hashicorp/alicloud"}}, {})
	report := data.govguard.report with input as doc
	startswith(a23_1(report).alicloud, "region is not set")
}

test_plan_other_providers_are_ignored if {
	doc := plan_with({"aws": {"name": "aws", "full_name": "registry.terraform.io/hashicorp/aws"}}, {})
	report := data.govguard.report with input as doc
	a23_1(report) == {}
}

test_plan_sensitive_region_is_not_printed if {
	doc := object.union(
		plan_with(
			{"alicloud": {"name": "alicloud", "full_name": aliyun, "expressions": {"region": {"references": ["var.region"]}}}},
			{"region": {"value": "us-west-1"}},
		),
		{"configuration": {"root_module": {"variables": {"region": {"sensitive": true}}}}},
	)
	report := data.govguard.report with input as doc
	a23_1(report) == {"alicloud": "region is (sensitive), which is not an allowed mainland region"}
}

# A provider declared inside module.own, whose var.region the root sets from var.home, which in
# turn has a value in the plan: the chain is followed to the end.
test_plan_provider_in_module_through_variables if {
	base := plan_with(
		{"module.own:alicloud": {
			"name": "alicloud", "full_name": aliyun, "module_address": "module.own",
			"expressions": {"region": {"references": ["var.region"]}},
		}},
		{"home": {"value": "ap-northeast-1"}},
	)
	doc := object.union(base, {"configuration": {"root_module": {"module_calls": {"own": {
		"source": "./own",
		"expressions": {"region": {"references": ["var.home"]}},
		"module": {"variables": {"region": {}}},
	}}}}})
	report := data.govguard.report with input as doc
	a23_1(report) == {"module.own:alicloud": "region is ap-northeast-1, which is not an allowed mainland region"}
}

test_plan_provider_in_nested_module_constant_argument if {
	base := plan_with(
		{"module.a.module.b:alicloud": {
			"name": "alicloud", "full_name": aliyun, "module_address": "module.a.module.b",
			"expressions": {"region": {"references": ["var.r"]}},
		}},
		{},
	)
	doc := object.union(base, {"configuration": {"root_module": {"module_calls": {"a": {"module": {"module_calls": {"b": {
		"expressions": {"r": constant("cn-qingdao")},
		"module": {},
	}}}}}}}})
	report := data.govguard.report with input as doc
	a23_1(report) == {}
}

test_plan_module_variable_default_is_used if {
	base := plan_with(
		{"module.m:alicloud": {
			"name": "alicloud", "full_name": aliyun, "module_address": "module.m",
			"expressions": {"region": {"references": ["var.r"]}},
		}},
		{},
	)
	doc := object.union(base, {"configuration": {"root_module": {"module_calls": {"m": {
		"expressions": {},
		"module": {"variables": {"r": {"default": "me-east-1"}}},
	}}}}})
	report := data.govguard.report with input as doc
	a23_1(report) == {"module.m:alicloud": "region is me-east-1, which is not an allowed mainland region"}
}

# --- .tf converted by hcl2json (blocks are arrays) -------------------------------------------

test_hcl_compliant_default_and_alias if {
	doc := {
		"provider": {"alicloud": [{"region": "cn-hangzhou"}, {"alias": "dr", "region": "${var.dr}"}]},
		"variable": {"dr": [{"default": "cn-shanghai", "type": "${string}"}]},
	}
	report := data.govguard.report with input as doc
	a23_1(report) == {}
}

test_hcl_alias_from_variable_outside_mainland if {
	doc := {
		"provider": {"alicloud": [{"region": "cn-hangzhou"}, {"alias": "dr", "region": "${var.dr}"}]},
		"variable": {"dr": [{"default": "cn-hongkong"}]},
	}
	report := data.govguard.report with input as doc
	a23_1(report) == {"alicloud.dr": "region is cn-hongkong, which is not an allowed mainland region"}
}

test_hcl_tfvars_override_the_default if {
	doc := {
		"provider": {"alicloud": [{"region": "${var.r}"}]},
		"variable": {"r": [{"default": "cn-hangzhou"}]},
		"govguard_tfvars": {"r": "ap-southeast-1"},
	}
	report := data.govguard.report with input as doc
	a23_1(report) == {"alicloud": "region is ap-southeast-1, which is not an allowed mainland region"}
}

test_hcl_variable_without_default_is_unresolved if {
	doc := {"provider": {"alicloud": [{"region": "${var.r}"}]}, "variable": {"r": [{"type": "${string}"}]}}
	report := data.govguard.report with input as doc
	a23_1(report) == {"alicloud": "region is set from var.r, which is not known before apply, so it cannot be verified"}
}

test_hcl_interpolated_region_is_unresolved if {
	doc := {"provider": {"alicloud": [{"region": "cn-${local.city}"}]}}
	report := data.govguard.report with input as doc
	a23_1(report) == {"alicloud": "region is set from cn-${local.city}, which is not known before apply, so it cannot be verified"}
}

test_hcl_resource_without_provider_block_implies_missing_region if {
	doc := {"resource": {"alicloud_oss_bucket": {"b": [{"bucket": "x"}]}}}
	report := data.govguard.report with input as doc
	startswith(a23_1(report).alicloud, "region is not set")
}

test_hcl_data_source_without_provider_block_implies_missing_region if {
	doc := {"data": {"alicloud_zones": {"z": [{}]}}}
	report := data.govguard.report with input as doc
	startswith(a23_1(report).alicloud, "region is not set")
}

test_hcl_resources_on_an_alias_only_do_not_imply_a_default if {
	doc := {
		"provider": {"alicloud": [{"alias": "dr", "region": "cn-shanghai"}]},
		"resource": {"alicloud_oss_bucket": {"b": [{"bucket": "x", "provider": "${alicloud.dr}"}]}},
	}
	report := data.govguard.report with input as doc
	a23_1(report) == {}
}

test_hcl_provider_inside_local_module if {
	doc := {
		"provider": {"alicloud": [{"region": "cn-hangzhou"}]},
		"module": {"own": [{"source": "./own", "region": "eu-west-1"}]},
		"govguard_modules": {"module.own": {"source": "./own", "config": {
			"provider": {"alicloud": [{"region": "${var.region}"}]},
			"variable": {"region": [{}]},
		}}},
	}
	report := data.govguard.report with input as doc
	a23_1(report) == {"module.own:alicloud": "region is eu-west-1, which is not an allowed mainland region"}
}

test_hcl_module_chain_reaches_root_variable if {
	doc := {
		"provider": {"alicloud": [{"region": "cn-hangzhou"}]},
		"variable": {"home": [{"default": "us-east-1"}]},
		"module": {"a": [{"source": "./a", "r": "${var.home}"}]},
		"govguard_modules": {
			"module.a": {"source": "./a", "config": {"module": {"b": [{"source": "./b", "r": "${var.r}"}]}}},
			"module.a.module.b": {"source": "./b", "config": {"provider": {"alicloud": [{"region": "${var.r}"}]}}},
		},
	}
	report := data.govguard.report with input as doc
	a23_1(report) == {"module.a.module.b:alicloud": "region is us-east-1, which is not an allowed mainland region"}
}

test_hcl_module_given_a_provider_does_not_imply_a_default if {
	doc := {
		"provider": {"alicloud": [{"alias": "dr", "region": "cn-shanghai"}]},
		"module": {"m": [{"source": "./m", "providers": {"alicloud": "${alicloud.dr}"}}]},
		"govguard_modules": {"module.m": {"source": "./m", "config": {"resource": {"alicloud_oss_bucket": {"b": [{}]}}}}},
	}
	report := data.govguard.report with input as doc
	a23_1(report) == {}
}

test_hcl_module_inheriting_the_default_implies_it if {
	doc := {
		"module": {"m": [{"source": "./m"}]},
		"govguard_modules": {"module.m": {"source": "./m", "config": {"resource": {"alicloud_oss_bucket": {"b": [{}]}}}}},
	}
	report := data.govguard.report with input as doc
	startswith(a23_1(report).alicloud, "region is not set")
}

test_hcl_provider_under_another_local_name if {
	doc := {
		"terraform": [{"required_providers": [{"ali": {"source": "aliyun/alicloud"}}]}],
		"provider": {"ali": [{"region": "ap-south-1"}]},
	}
	report := data.govguard.report with input as doc
	a23_1(report) == {"ali": "region is ap-south-1, which is not an allowed mainland region"}
}

# --- Terraform JSON / CDKTF cdk.tf.json (a single body is an object) --------------------------

test_cdktf_providers_and_variable_defaults if {
	doc := {
		"//": {"metadata": {"stackName": "s", "version": "0.21.0"}},
		"provider": {"alicloud": [{"region": "cn-hangzhou"}, {"alias": "dr", "region": "${var.dr_region}"}]},
		"variable": {"dr_region": {"default": "cn-hongkong", "type": "string"}},
		"terraform": {"required_providers": {"alicloud": {"source": "aliyun/alicloud", "version": "1.289.0"}}},
	}
	report := data.govguard.report with input as doc
	a23_1(report) == {"alicloud.dr": "region is cn-hongkong, which is not an allowed mainland region"}
}

test_tfjson_single_provider_object if {
	doc := {"provider": {"alicloud": {"region": "cn-chengdu"}}}
	report := data.govguard.report with input as doc
	a23_1(report) == {}
}

# --- parameters -------------------------------------------------------------------------------

test_allowed_regions_come_from_configuration if {
	doc := {"provider": {"alicloud": [{"region": "cn-hangzhou"}]}}
	report := data.govguard.report with input as doc with data.govguard_config as {"regions": {"allowed": ["cn-shanghai"]}}
	findings := a23_1(report)
	findings == {"alicloud": "region is cn-hangzhou, which is not an allowed mainland region"}
}

# A hand-written plan with neither version fields nor provider names is still read.
test_plan_without_version_fields_or_provider_names if {
	doc := {"configuration": {"provider_config": {"alicloud.hk": {"alias": "hk", "expressions": {"region": constant("cn-hongkong")}}}}}
	report := data.govguard.report with input as doc
	a23_1(report) == {"alicloud.hk": "region is cn-hongkong, which is not an allowed mainland region"}
}

# `alicloud = "~> 1.0"` (legacy) and a spec without a source both mean hashicorp/alicloud.
test_hcl_legacy_required_provider_forms if {
	legacy := {
		"terraform": [{"required_providers": [{"alicloud": "~> 1.0"}]}],
		"provider": {"alicloud": [{"region": "cn-hongkong"}]},
	}
	versioned := {
		"terraform": [{"required_providers": [{"alicloud": {"version": ">= 1.200"}}]}],
		"provider": {"alicloud": [{"region": "cn-hongkong"}]},
	}
	expected := {"alicloud": "region is cn-hongkong, which is not an allowed mainland region"}
	legacy_report := data.govguard.report with input as legacy
	a23_1(legacy_report) == expected
	versioned_report := data.govguard.report with input as versioned
	a23_1(versioned_report) == expected
}

test_hcl_single_interpolation_reads_like_a_plan_reference if {
	doc := {"provider": {"alicloud": [{"region": "${local.region}"}]}}
	report := data.govguard.report with input as doc
	a23_1(report) == {"alicloud": "region is set from local.region, which is not known before apply, so it cannot be verified"}
}

# Variables are followed through eight modules; a ninth level cannot be resolved and fails closed.
deep_plan(depth_path, root_module) := {
	"format_version": "1.2",
	"variables": {"home": {"value": "cn-hangzhou"}},
	"configuration": {
		"provider_config": {concat(":", [depth_path, "alicloud"]): {
			"name": "alicloud", "full_name": aliyun, "module_address": depth_path,
			"expressions": {"region": {"references": ["var.r"]}},
		}},
		"root_module": root_module,
	},
}

# Module m<i> takes var.r from its caller: the root's var.home for m1, the caller's var.r below.
nest(i, inner) := {"module_calls": {concat("", ["m", format_int(i, 10)]): {
	"expressions": {"r": {"references": [caller_ref(i)]}},
	"module": inner,
}}}

caller_ref(1) := "var.home"

caller_ref(i) := "var.r" if i > 1

leaf := {"variables": {"r": {}}}

eight_deep := nest(1, nest(2, nest(3, nest(4, nest(5, nest(6, nest(7, nest(8, leaf))))))))

nine_deep := nest(1, nest(2, nest(3, nest(4, nest(5, nest(6, nest(7, nest(8, nest(9, leaf)))))))))

path8 := "module.m1.module.m2.module.m3.module.m4.module.m5.module.m6.module.m7.module.m8"

path9 := concat(".", [path8, "module.m9"])

test_plan_variables_followed_through_eight_modules if {
	report := data.govguard.report with input as deep_plan(path8, eight_deep)
	a23_1(report) == {}
}

test_plan_variables_beyond_eight_modules_fail_closed if {
	report := data.govguard.report with input as deep_plan(path9, nine_deep)
	a23_1(report) == {concat(":", [path9, "alicloud"]): "region is set from var.r, which is not known before apply, so it cannot be verified"}
}

test_non_string_region_is_shown_as_json if {
	doc := {"provider": {"alicloud": [{"region": 42}]}}
	report := data.govguard.report with input as doc
	a23_1(report) == {"alicloud": "region is 42, which is not an allowed mainland region"}
}

test_plan_region_from_several_references_is_unresolved if {
	config := {"alicloud": {"name": "alicloud", "full_name": aliyun, "expressions": {"region": {"references": ["var.prefix", "var.city"]}}}}
	report := data.govguard.report with input as plan_with(config, {"prefix": {"value": "cn-"}, "city": {"value": "hangzhou"}})
	a23_1(report) == {"alicloud": "region is set from var.prefix, which is not known before apply, so it cannot be verified"}
}

test_plan_region_from_a_function_is_unresolved if {
	config := {"alicloud": {"name": "alicloud", "full_name": aliyun, "expressions": {"region": {}}}}
	report := data.govguard.report with input as plan_with(config, {})
	a23_1(report) == {"alicloud": "region is set from (expression), which is not known before apply, so it cannot be verified"}
}

test_an_empty_region_is_named_empty if {
	doc := plan_with({"alicloud": {"name": "alicloud", "full_name": aliyun, "expressions": {"region": constant("")}}}, {})
	report := data.govguard.report with input as doc
	a23_1(report) == {"alicloud": "region is empty, which is not an allowed mainland region"}
}

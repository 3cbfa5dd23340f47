package govguard.controls.a24_1_test

import data.govguard.testkit_test as testkit

with_provider(block) := {"provider": {"alicloud": [block]}}

# The assessment reference declared, so that only region and endpoint findings remain.
declared := {"cloud": {"assessment_reference": "CAC-2023-001"}}

on_platform(platform) := {"cloud": {"platform": platform, "assessment_reference": "CAC-2023-001"}}

plan_with_endpoints := {
	"format_version": "1.2",
	"configuration": {"provider_config": {"alicloud": {
		"name": "alicloud",
		"full_name": "registry.terraform.io/aliyun/alicloud",
		"expressions": {
			"region": {"constant_value": "cn-hangzhou"},
			"endpoints": [{"ecs": {"constant_value": "ecs.evil.example"}, "oss": {"constant_value": "oss-cn-hangzhou.aliyuncs.com"}}],
			"log_endpoint": {"references": ["var.log"]},
		},
	}}},
}

test_official_endpoints_pass if {
	doc := with_provider({"region": "cn-hangzhou", "endpoints": [{"ecs": "ecs.cn-hangzhou.aliyuncs.com", "sts": "https://sts.aliyuncs.com"}]})
	report := data.govguard.report with input as doc with data.govguard_config as declared
	testkit.found(report, "A24.1") == set()
}

test_endpoints_outside_aliyuncs_fail if {
	doc := with_provider({"region": "cn-hangzhou", "endpoints": [{"ecs": "ecs.aliyuncs.com.evil.example"}], "mns_endpoint": "mns.example.com"})
	report := data.govguard.report with input as doc with data.govguard_config as declared
	testkit.details(report, "A24.1") == {
		["alicloud", "endpoints.ecs", "the ecs endpoint points to ecs.aliyuncs.com.evil.example, outside *.aliyuncs.com"],
		["alicloud", "endpoints.mns_endpoint", "the mns_endpoint endpoint points to mns.example.com, outside *.aliyuncs.com"],
	}
}

# The OSS SDK takes url.Parse(endpoint).Host, so what follows a "?" or "#" is not the host, and a
# user before "@" is not either: each of these reaches the partner host, never *.aliyuncs.com.
test_an_endpoint_is_read_as_a_url_is if {
	tricks := {
		"q": "oss-gateway.hz-zwfw-partner.com?.aliyuncs.com",
		"f": "oss-gateway.hz-zwfw-partner.com#.aliyuncs.com",
		"u": "https://oss.aliyuncs.com@partner.example",
		"b": "https://partner.example\\.aliyuncs.com",
		"s": "partner.example/x.aliyuncs.com",
		"w": "partner.example .aliyuncs.com",
	}
	doc := with_provider({"region": "cn-hangzhou", "endpoints": [tricks]})
	report := data.govguard.report with input as doc with data.govguard_config as declared
	{f[1] | some f in testkit.details(report, "A24.1")} == {concat(".", ["endpoints", k]) | some k, _ in tricks}
	fine := with_provider({"region": "cn-hangzhou", "endpoints": [{
		"ecs": "ECS.CN-HANGZHOU.ALIYUNCS.COM",
		"oss": "https://oss-cn-hangzhou.aliyuncs.com:443/",
		"sts": "http://sts.aliyuncs.com",
	}]})
	passed := data.govguard.report with input as fine with data.govguard_config as declared
	testkit.found(passed, "A24.1") == set()
}

# Terraform lower-cases a provider source's namespace and type, so "Aliyun/AliCloud" is the
# alicloud provider: its region is judged like any other's.
test_a_provider_source_in_capitals_is_alicloud if {
	every source in ["Aliyun/AliCloud", "aliyun/ALICLOUD", "REGISTRY.TERRAFORM.IO/ALIYUN/ALICLOUD"] {
		doc := {
			"terraform": [{"required_providers": [{"ali": {"source": source}}]}],
			"provider": {"ali": [{"region": "cn-hongkong"}]},
		}
		report := data.govguard.report with input as doc with data.govguard_config as declared
		count(testkit.found(report, "A24.1")) > 0
		count(testkit.found(report, "A23.1")) > 0
	}
}

test_endpoints_in_a_plan if {
	report := data.govguard.report with input as plan_with_endpoints with data.govguard_config as declared
	{f.attribute | some f in report.findings; f.control == "A24.1"} == {"endpoints.ecs", "endpoints.log_endpoint"}
}

test_a_terraform_json_endpoints_object if {
	doc := {"provider": {"alicloud": {"region": "cn-hangzhou", "endpoints": {"oss": "${var.oss}"}}}}
	report := data.govguard.report with input as doc with data.govguard_config as declared
	testkit.found(report, "A24.1") == {"alicloud"}
}

test_regions_outside_the_declared_platform if {
	doc := with_provider({"region": "cn-hangzhou"})
	government := data.govguard.report with input as doc with data.govguard_config as on_platform("alibaba_cloud_government")
	testkit.messages(government, "A24.1") == {"alicloud": "region is cn-hangzhou, which is not part of the declared platform, Alibaba Cloud government cloud"}
	default_platform := data.govguard.report with input as doc with data.govguard_config as declared
	testkit.found(default_platform, "A24.1") == set()
}

test_a_region_outside_the_mainland_breaks_both_a23_1_and_a24_1 if {
	report := data.govguard.report with input as with_provider({"region": "cn-hongkong"}) with data.govguard_config as declared
	testkit.messages(report, "A24.1") == {"alicloud": "region is cn-hongkong, which is not part of the declared platform, Alibaba Cloud (public, finance and government clouds)"}
	testkit.found(report, "A23.1") == {"alicloud"}
}

test_a_region_that_cannot_be_verified_fails_closed if {
	missing := data.govguard.report with input as with_provider({"profile": "default"}) with data.govguard_config as declared
	testkit.messages(missing, "A24.1") == {"alicloud": "region is not set, so it cannot be verified to belong to the declared platform, Alibaba Cloud (public, finance and government clouds)"}
	report := data.govguard.report with input as with_provider({"region": "${local.region}"}) with data.govguard_config as declared
	testkit.messages(report, "A24.1") == {"alicloud": "region is set from local.region, which cannot be verified before apply, so it cannot be verified to belong to the declared platform, Alibaba Cloud (public, finance and government clouds)"}
}

test_an_unknown_platform_is_an_error if {
	report := data.govguard.report with input as with_provider({"region": "cn-hangzhou"}) with data.govguard_config as {"cloud": {"platform": "aws", "assessment_reference": "CAC-2023-001"}}
	[[e.code, e.path] | some e in report.errors] == [["invalid_config", "cloud.platform"]]
}

test_a_missing_assessment_reference_is_a_finding_on_the_stack if {
	spec := {"alicloud_vpc": {"v": {"cidr_block": "10.0.0.0/8"}}}
	every missing in [{}, {"cloud": {"assessment_reference": ""}}, {"cloud": {"assessment_reference": "  \t"}}, {"cloud": {"platform": "alibaba_cloud_public"}}] {
		every doc in testkit.shapes(spec) {
			report := data.govguard.report with input as doc with data.govguard_config as missing
			testkit.details(report, "A24.1") == {["(stack)", "cloud.assessment_reference", "cloud.assessment_reference is not set in govguard.yaml, so nothing shows that the cloud platform passed the national cloud computing service security assessment"]}
			report.notes == []
		}
	}
	every doc in testkit.shapes(spec) {
		clean := data.govguard.report with input as doc with data.govguard_config as declared
		testkit.found(clean, "A24.1") == set()
	}
}

test_a_provider_alone_needs_the_reference_and_no_alicloud_needs_nothing if {
	report := data.govguard.report with input as with_provider({"region": "cn-hangzhou"}) with data.govguard_config as {}
	testkit.found(report, "A24.1") == {"(stack)"}
	other := data.govguard.report with input as {"resource": {"aws_s3_bucket": {"b": [{"bucket": "x"}]}}} with data.govguard_config as {}
	testkit.found(other, "A24.1") == set()
}

test_an_endpoint_set_twice_differently_cannot_be_verified if {
	doc := with_provider({"region": "cn-hangzhou", "endpoints": [{"ecs": "ecs.cn-hangzhou.aliyuncs.com"}, {"ecs": "ecs.evil.example"}]})
	report := data.govguard.report with input as doc with data.govguard_config as declared
	testkit.details(report, "A24.1") == {["alicloud", "endpoints.ecs", "the ecs endpoint is set from an expression known only after apply, so it cannot be verified to be inside *.aliyuncs.com"]}
}

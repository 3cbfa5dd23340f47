package govguard.lib.sensitive_test

import data.govguard.lib.sensitive

plan := {
	"format_version": "1.2",
	"configuration": {
		"provider_config": {"alicloud": {"name": "alicloud", "full_name": "registry.terraform.io/aliyun/alicloud", "expressions": {"region": {"references": ["var.region"]}}}},
		"root_module": {
			"variables": {"region": {"sensitive": true}},
			"resources": [{"address": "alicloud_alidns_domain.d", "mode": "managed", "type": "alicloud_alidns_domain", "name": "d", "provider_config_key": "alicloud", "expressions": {}}],
		},
	},
	"variables": {"region": {"value": "ap-southeast-1"}},
	"resource_changes": [{
		"address": "alicloud_alidns_domain.d", "mode": "managed", "type": "alicloud_alidns_domain", "name": "d",
		"provider_name": "registry.terraform.io/aliyun/alicloud",
		"change": {
			"actions": ["create"],
			"after": {"domain_name": "hidden-portal.example.com", "tags": {"data-classification": "internal", "owner": "zhang.wei"}},
			"after_unknown": {},
			"after_sensitive": {"domain_name": true, "tags": {"owner": true}},
		},
	}],
}

test_flagged_attributes_and_sensitive_variables_are_collected if {
	sensitive.values == {"hidden-portal.example.com", "zhang.wei", "ap-southeast-1"} with input as plan
}

test_no_message_shows_a_sensitive_value if {
	report := data.govguard.report with input as plan
	text := json.marshal(report.findings)
	not contains(text, "hidden-portal.example.com")
	not contains(text, "ap-southeast-1")
	contains(text, "(sensitive)")
	"A5.1" in {f.control | some f in report.findings}
}

test_configuration_variables_declared_sensitive if {
	doc := {
		"variable": {"token": [{"sensitive": true, "default": "s3cr3t-value"}], "open": [{"default": "visible-value"}]},
		"govguard_tfvars": {},
	}
	sensitive.values == {"s3cr3t-value"} with input as doc
	set_in_tfvars := object.union(doc, {"govguard_tfvars": {"token": "from-tfvars-secret"}})
	sensitive.values == {"from-tfvars-secret"} with input as set_in_tfvars
}

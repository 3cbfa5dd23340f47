package govguard.lib.provider_test

import data.govguard.lib.provider
import data.govguard.lib.resources

# Address -> [provider key, region] of every resource, for the input under test.
keys_and_regions := {r.address: [provider.key_of(r), provider.region_of(r).value] | some r in resources.list}

test_resources_use_the_provider_their_module_chain_gives_them if {
	doc := {
		"provider": {"alicloud": [{"region": "cn-hangzhou"}, {"alias": "dr", "region": "cn-shanghai"}]},
		"resource": {"alicloud_oss_bucket": {"main": [{}], "dr": [{"provider": "${alicloud.dr}"}]}},
		"module": {
			"passed": [{"source": "./m", "providers": {"alicloud": "${alicloud.dr}"}}],
			"inherits": [{"source": "./m"}],
			"own": [{"source": "./own"}],
		},
		"govguard_modules": {
			"module.passed": {"source": "./m", "config": {"resource": {"alicloud_oss_bucket": {"b": [{}]}}}},
			"module.inherits": {"source": "./m", "config": {"resource": {"alicloud_oss_bucket": {"b": [{}]}}}},
			"module.own": {"source": "./own", "config": {
				"provider": {"alicloud": [{"region": "cn-beijing"}]},
				"resource": {"alicloud_oss_bucket": {"b": [{}]}},
			}},
		},
	}
	expected := {
		"alicloud_oss_bucket.main": ["alicloud", "cn-hangzhou"],
		"alicloud_oss_bucket.dr": ["alicloud.dr", "cn-shanghai"],
		"module.passed.alicloud_oss_bucket.b": ["alicloud.dr", "cn-shanghai"],
		"module.inherits.alicloud_oss_bucket.b": ["alicloud", "cn-hangzhou"],
		"module.own.alicloud_oss_bucket.b": ["module.own:alicloud", "cn-beijing"],
	}
	keys_and_regions == expected with input as doc
}

test_plan_resources_use_their_provider_config_key if {
	doc := {
		"format_version": "1.2",
		"resource_changes": [{"address": "alicloud_oss_bucket.b", "type": "alicloud_oss_bucket", "name": "b", "change": {"actions": ["create"], "after": {}}}],
		"configuration": {
			"provider_config": {"alicloud.dr": {"name": "alicloud", "alias": "dr", "expressions": {"region": {"constant_value": "cn-shenzhen"}}}},
			"root_module": {"resources": [{"address": "alicloud_oss_bucket.b", "type": "alicloud_oss_bucket", "name": "b", "provider_config_key": "alicloud.dr"}]},
		},
	}
	keys_and_regions == {"alicloud_oss_bucket.b": ["alicloud.dr", "cn-shenzhen"]} with input as doc
}

test_an_unknown_provider_leaves_the_region_unresolved if {
	doc := {"resource": {"alicloud_oss_bucket": {"b": [{"provider": "${alicloud.nowhere}"}]}}}
	bucket := resources.list[0] with input as doc
	provider.region_of(bucket).status == "unresolved" with input as doc
}

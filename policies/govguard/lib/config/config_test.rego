package govguard.lib.config_test

import data.govguard.lib.config

# Terraform refuses these duplicates; govguard must still evaluate such input, not abort with a
# conflict (each case was found by the fuzz test in test/fuzz.test.ts).

test_a_provider_required_twice_takes_one_source if {
	doc := {"terraform": [
		{"required_providers": [{"alicloud": {"source": "aliyun/alicloud"}}]},
		{"required_providers": [{"alicloud": {"source": "example/alicloud"}}]},
	]}
	config.required_sources(doc) == {"alicloud": "aliyun/alicloud"}
}

test_a_duplicated_provider_block_is_one_configuration if {
	doc := {"provider": {"alicloud": [{"region": "cn-hangzhou"}, {"region": "cn-hongkong"}]}}
	declared := config.declared_providers with input as doc
	[p.region | some p in declared] == [{"status": "known", "value": "cn-hangzhou"}]
}

test_a_module_declared_twice_uses_the_first if {
	doc := {"module": {"m": [{"source": "./a", "x": 1}, {"source": "./b", "x": 2}]}, "govguard_modules": {"module.m": {"config": {}}}}
	config.module_call("module.m") == {"source": "./a", "x": 1} with input as doc
}

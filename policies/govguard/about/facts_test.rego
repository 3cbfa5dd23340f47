package govguard.about_test

import data.govguard.about

test_facts_data_bearing_types_are_the_classification_list_and_its_aliases if {
	"alicloud_elasticsearch_instance" in about.facts.data_bearing_types
	"alicloud_disk" in about.facts.data_bearing_types
	"alicloud_ecs_disk" in about.facts.data_bearing_types
	not "alicloud_vpc" in about.facts.data_bearing_types
}

test_facts_ports_and_regions_follow_the_configuration if {
	facts := about.facts with data.govguard_config as {
		"public": {"ports": [443, 8443]},
		"regions": {"allowed": ["cn-shanghai"]},
		"cloud": {"platform": "alibaba_cloud_public"},
	}
	facts.public_ports == [443, 8443]
	facts.allowed_regions == ["cn-shanghai"]
	facts.platform == "alibaba_cloud_public"
	not "cn-north-2-gov-1" in facts.platform_regions
	"cn-hangzhou" in facts.platform_regions
}

test_facts_defaults_without_configuration if {
	about.facts.public_ports == [80, 443]
	22 in about.facts.admin_ports
	"cn-hangzhou" in about.facts.allowed_regions
	about.facts.aliases.alicloud_disk == "alicloud_ecs_disk"
}

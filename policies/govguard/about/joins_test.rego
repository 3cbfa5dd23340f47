package govguard.about_test

import data.govguard.about

# lib/links: a child's attribute names its parent; the parent's own name is "named".
test_links_declare_name_joins_both_ways if {
	{"namespace": "alicloud_oss_bucket", "type": "alicloud_oss_bucket_public_access_block", "attributes": ["bucket"]} in about.joins.names
	{"namespace": "alicloud_oss_bucket", "type": "alicloud_oss_bucket", "attributes": ["bucket"], "named": true} in about.joins.names
}

# Joins by reference only (IDs) never leave a module instance, so they are not declared.
test_id_relations_are_not_name_joins if {
	every join in about.joins.names {
		join.type != "alicloud_db_backup_policy"
	}
}

test_libs_declare_their_own_joins if {
	{"namespace": "alicloud_oss_bucket", "type": "alicloud_oss_bucket", "attributes": ["logging.target_bucket"]} in about.joins.names
	{"namespace": "alicloud_log_store", "type": "alicloud_vpc_flow_log", "attributes": ["project_name", "log_store_name"]} in about.joins.names
	some join in about.joins.names
	join.type == "alicloud_actiontrail_trail"
	join.namespace == "alicloud_log_project"
	regex.find_all_string_submatch_n(join.pattern, "acs:log:cn-hangzhou:123:project/audit", 1)[0][1] == "audit"
}

test_hubs_and_witnesses if {
	{"alicloud_actiontrail_trail", "alicloud_oss_account_public_access_block", "alicloud_log_audit"} & {t | some t in about.joins.hubs} == {"alicloud_actiontrail_trail", "alicloud_oss_account_public_access_block", "alicloud_log_audit"}
	"alicloud_ram_login_profile" in about.joins.witnesses
	about.joins.siblings == ["alicloud_cdn_domain_config", "alicloud_dcdn_domain_config", "alicloud_oss_bucket_policy", "alicloud_oss_bucket_server_side_encryption"]
	about.joins.aliases.alicloud_actiontrail == "alicloud_actiontrail_trail"
}

# A30.2 judges the account's security preference against every login profile.
test_a30_2_declares_login_profiles_companions_of_the_preference if {
	about.joins.companions.alicloud_ram_security_preference == ["alicloud_ram_login_profile"]
}

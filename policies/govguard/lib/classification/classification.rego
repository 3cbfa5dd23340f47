# METADATA
# description: |
#   Data classification (Article 21): which resources hold data, the classification tag they carry
#   (param data.tag_key, values param data.values), and which are "important data" (param
#   data.important_values, by default important and core).
package govguard.lib.classification

import data.govguard.lib.fields
import data.govguard.lib.params
import data.govguard.lib.values

data_bearing_types := {
	"alicloud_oss_bucket",
	"alicloud_db_instance",
	"alicloud_polardb_cluster",
	"alicloud_kvstore_instance",
	"alicloud_mongodb_instance",
	"alicloud_log_project",
	"alicloud_ecs_disk",
	"alicloud_disk",
	"alicloud_nas_file_system",
	"alicloud_hbr_vault",
	"alicloud_elasticsearch_instance",
}

tag_key := params.effective.data.tag_key

# The resource's tags as a value source ("known" holds the map).
tags(resource) := fields.get(resource, "tags")

# The classification value, when the tag is present with a known string value.
level(resource) := value if {
	value := fields.known(resource, "tags")[tag_key]
	is_string(value)
	not contains(value, "${")
}

# The expression of a classification tag whose value is only known after apply.
pending(resource) := values.expression_text(value) if {
	value := fields.known(resource, "tags")[tag_key]
	is_string(value)
	contains(value, "${")
}

important(resource) if level(resource) in params.important_values

# METADATA
# description: |
#   Server-side encryption of OSS buckets, from the inline server_side_encryption_rule or a
#   standalone alicloud_oss_bucket_server_side_encryption: A21.2, A21.3 and A17.1 all read it.
package govguard.lib.encryption

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.resources

# Each bucket position with the encryption settings that apply to it (entities holding
# sse_algorithm, kms_master_key_id, kms_data_encryption).
settings := {bucket.position: rules |
	some bucket in resources.of_type("alicloud_oss_bucket")
	rules := array.concat(fields.blocks(bucket, "server_side_encryption_rule"), object.get(standalone, bucket.position, []))
}

# Standalone settings by bucket position (a bucket has one in any sound configuration).
standalone := {pair.position: [pair.rule] | some pair in standalone_pairs; not contested[pair.position]}

standalone_pairs := [{"position": position, "rule": rule} |
	some rule in resources.of_type("alicloud_oss_bucket_server_side_encryption")
	some position in links.parents("oss_encryption", rule)
]

# Buckets two standalone settings name: Terraform applies both, in an order the plan does not fix,
# so neither can be relied on. The bucket reads as having none, and `unverifiable` names them.
# (Counted per bucket only when some bucket is named twice: in a sound plan this is one comparison.)
contested contains position if {
	count({pair.position | some pair in standalone_pairs}) < count(standalone_pairs)
	some pair in standalone_pairs
	position := pair.position
	count(contesting(position)) > 1
}

contesting(position) := [pair.rule.address | some pair in standalone_pairs; pair.position == position]

# A partitioned evaluation must hold every standalone setting naming a bucket with each of them
# (govguard/about/joins): one alone would not be contested.
siblings contains "alicloud_oss_bucket_server_side_encryption"

algorithm(rule) := fields.known(rule, "sse_algorithm")

# The setting names a customer key: a literal key ID or a reference to a KMS key of the stack.
customer_key(rule) if fields.get(rule, "kms_master_key_id").status == "known"

customer_key(rule) if fields.get(rule, "kms_master_key_id").status == "unresolved"

# What a bucket's encryption is set from that is only known after apply, as descriptions for a
# finding: an inline rule written as an expression or a dynamic block, and each rule's
# sse_algorithm and, under KMS, `extra` attributes (A17.1 asks for kms_data_encryption).
unverifiable(bucket, extra) := array.flatten([block_texts(bucket), contested_texts(bucket), [text |
	some rule in settings[bucket.position]
	some name in setting_names(rule, extra)
	source := fields.get(rule, name)
	source.status == "unresolved"
	text := fields.describe(concat("", [setting_prefix(rule), name]), source)
]])

contested_texts(bucket) := [{
	"zh": concat("", ["多个独立的服务端加密设置指向该存储桶（", concat("、", names), "），Terraform 会全部应用，生效的是哪一个在应用前无法确定"]),
	"en": concat("", ["more than one standalone encryption setting names the bucket (", concat(", ", names), "): Terraform applies them all, and which one holds cannot be known before apply"]),
}] if {
	contested[bucket.position]
	names := sort(contesting(bucket.position))
} else := []

block_texts(bucket) := [fields.describe("server_side_encryption_rule", source)] if {
	source := fields.block_source(bucket, "server_side_encryption_rule")
	source.status == "unresolved"
} else := []

setting_names(rule, extra) := array.concat(["sse_algorithm"], extra) if {
	algorithm(rule) == "KMS"
} else := ["sse_algorithm"]

# An inline rule is named by its block, a standalone one by its address.
setting_prefix(rule) := concat("", [rule.address, "."]) if {
	is_string(object.get(rule, "address", null))
} else := "server_side_encryption_rule."

# A log store's encrypt_conf (A21.2 reads `enable`, A17.1 `encrypt_type`) that is only known
# after apply, as descriptions for a finding.
log_store_unverifiable(store, name) := [fields.describe("encrypt_conf", source)] if {
	source := fields.block_source(store, "encrypt_conf")
	source.status == "unresolved"
} else := [text |
	some conf in fields.blocks(store, "encrypt_conf")
	source := fields.get(conf, name)
	source.status == "unresolved"
	text := fields.describe(concat(".", ["encrypt_conf", name]), source)
]

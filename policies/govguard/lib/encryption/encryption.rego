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
standalone := {position: [rule] |
	some rule in resources.of_type("alicloud_oss_bucket_server_side_encryption")
	some position in links.parents("oss_encryption", rule)
}

algorithm(rule) := fields.known(rule, "sse_algorithm")

# The setting names a customer key: a literal key ID or a reference to a KMS key of the stack.
customer_key(rule) if fields.get(rule, "kms_master_key_id").status == "known"

customer_key(rule) if fields.get(rule, "kms_master_key_id").status == "unresolved"

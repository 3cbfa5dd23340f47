# METADATA
# description: |
#   OSS buckets: which replicate to another region, and which are log archives, the buckets that
#   receive access logs (inline `logging` or alicloud_oss_bucket_logging), ActionTrail deliveries
#   (oss_bucket_name), or carry the tag `log-archive = "true"`.
package govguard.lib.oss

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.provider
import data.govguard.lib.regions
import data.govguard.lib.resources

buckets := resources.of_type("alicloud_oss_bucket")

# Buckets that replicate to an allowed region other than their own.
replicated_elsewhere := {position |
	some replication in resources.of_type("alicloud_oss_bucket_replication")
	some destination in fields.blocks(replication, "destination")
	target := destination_region(replication, destination)
	regions.allowed(target)
	some position in links.parents("oss_replication", replication)
	source := provider.region_of(resources.list[position])
	source.status == "known"
	source.value != target
}

destination_region(replication, destination) := source.value if {
	source := regions.destination(replication, destination, "location", "oss")
	source.status == "known"
} else := source.value if {
	source := regions.region_of_reference(replication, "destination")
	source.status == "known"
}

# --- log archives -------------------------------------------------------------------------------

archive_tag := "log-archive"

archives := (standalone_targets | inline_targets) | (trail_targets | tagged)

standalone_targets := links.with_children("oss_logging_target")

inline_targets := named_targets | referenced_targets

named_targets := {position |
	some bucket in buckets
	some logging in fields.blocks(bucket, "logging")
	position := links.named_position("alicloud_oss_bucket", "bucket", fields.known(logging, "target_bucket"))
}

referenced_targets := {position |
	some bucket in buckets
	some position in links.referenced(bucket, "logging", "alicloud_oss_bucket")
}

trail_targets := {position |
	some trail in resources.of_type("alicloud_actiontrail_trail")
	some position in trail_bucket_positions(trail)
}

trail_bucket_positions(trail) := referenced | named if {
	referenced := links.referenced(trail, "oss_bucket_name", "alicloud_oss_bucket")
	named := {position | position := links.named_position("alicloud_oss_bucket", "bucket", fields.known(trail, "oss_bucket_name"))}
}

# Literal-name joins besides lib/links' (govguard/about/joins): inline logging and trails name
# buckets too.
joins contains {"namespace": "alicloud_oss_bucket", "type": "alicloud_oss_bucket", "attributes": ["logging.target_bucket"]}

joins contains {"namespace": "alicloud_oss_bucket", "type": "alicloud_actiontrail_trail", "attributes": ["oss_bucket_name"]}

# Account-wide: A22.1 reads it for every bucket, so a part of a plan needs it wherever it is.
hubs contains "alicloud_oss_account_public_access_block"

tagged := {bucket.position |
	some bucket in buckets
	fields.known(bucket, "tags")[archive_tag] == "true"
}

# An enabled lifecycle rule that deletes objects sooner than `days` (or on a fixed date).
expires_early(bucket, days) if {
	some rule in fields.blocks(bucket, "lifecycle_rule")
	not disabled(rule)
	some expiration in fields.blocks(rule, "expiration")
	early(expiration, days)
}

disabled(rule) if fields.boolean(fields.get(rule, "enabled")) == false

early(expiration, days) if fields.number(fields.get(expiration, "days")) < days

# A plan writes the unset date attributes as "".
early(expiration, _) if dated(fields.get(expiration, "date"))

early(expiration, _) if dated(fields.get(expiration, "created_before_date"))

dated(source) if {
	source.status == "known"
	source.value != ""
}

# `days` is a number in the provider's schema: a value that is not one cannot be verified.
expiration_source(expiration, name) := fields.numeric(fields.get(expiration, name)) if {
	name == "days"
} else := fields.get(expiration, name)

# What a bucket's lifecycle expiry is set from that is only known after apply, as descriptions for
# a finding: the lifecycle_rule or expiration blocks, an enabled flag, and the days or dates of an
# expiration (a rule known to be disabled does not count).
expiry_unverifiable(bucket, days) := array.concat(
	fields.unresolved_texts({"lifecycle_rule": fields.block_source(bucket, "lifecycle_rule")}),
	[text |
		some rule in fields.blocks(bucket, "lifecycle_rule")
		not disabled(rule)
		some text in rule_texts(rule, days)
	],
)

rule_texts(rule, days) := array.flatten([
	fields.unresolved_texts({"lifecycle_rule.expiration": fields.block_source(rule, "expiration")}),
	[fields.describe("lifecycle_rule.enabled", source) |
		source := fields.get(rule, "enabled")
		source.status == "unresolved"
		some expiration in fields.blocks(rule, "expiration")
		early(expiration, days)
	],
	[fields.describe(concat(".", ["lifecycle_rule.expiration", name]), source) |
		some expiration in fields.blocks(rule, "expiration")
		some name in ["days", "date", "created_before_date"]
		source := expiration_source(expiration, name)
		source.status == "unresolved"
	],
])

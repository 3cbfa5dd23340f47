# METADATA
# description: |
#   CDN and DCDN domain configurations (alicloud_cdn_domain_config, alicloud_dcdn_domain_config):
#   one resource per function, whose function_args set reads as a map. The HTTPS controls ask which
#   domains have a given function with given arguments.
package govguard.lib.cdn

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.resources

# Each domain type with its config type and the relation between them.
families := [
	{"domain": "alicloud_cdn_domain_new", "config": "alicloud_cdn_domain_config", "relation": "cdn_config"},
	{"domain": "alicloud_dcdn_domain", "config": "alicloud_dcdn_domain_config", "relation": "dcdn_config"},
]

domains := resources.of_types([family.domain | some family in families])

# function_args as {arg_name: arg_value}; an argument whose value is only known after apply is
# left out, so a rule that needs it finds it missing.
args(config) := {name: value |
	some arg in fields.blocks(config, "function_args")
	name := fields.known(arg, "arg_name")
	value := fields.known(arg, "arg_value")
}

function_name(config) := fields.known(config, "function_name")

# The configs of a function, each with the positions of the domains it belongs to.
configs(function) := [{"config": config, "domains": links.parents(family.relation, config), "args": args(config)} |
	some family in families
	some config in resources.of_type(family.config)
	function_name(config) == function
]

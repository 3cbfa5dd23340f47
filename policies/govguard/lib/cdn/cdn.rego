# METADATA
# description: |
#   CDN and DCDN domain configurations (alicloud_cdn_domain_config, alicloud_dcdn_domain_config):
#   one resource per function, whose function_args set reads as a map. The HTTPS controls ask which
#   domains have a given function with given arguments.
package govguard.lib.cdn

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.pending
import data.govguard.lib.resources

# Each domain type with its config type and the relation between them.
families := [
	{"domain": "alicloud_cdn_domain_new", "config": "alicloud_cdn_domain_config", "relation": "cdn_config"},
	{"domain": "alicloud_dcdn_domain", "config": "alicloud_dcdn_domain_config", "relation": "dcdn_config"},
]

domains := resources.of_types([family.domain | some family in families])

# function_args as {arg_name: source}, sources as fields.get gives them (known, missing, or set
# from an expression known only after apply). An argument written twice is ambiguous and left
# out, so a rule that needs it finds it missing.
arg_sources(config) := {name: pending.nested(config, "function_args", arg, "arg_value") |
	some arg in fields.blocks(config, "function_args")
	name := fields.known(arg, "arg_name")
	count([other | some other in fields.blocks(config, "function_args"); fields.known(other, "arg_name") == name]) == 1
}

# function_args as {arg_name: arg_value}, known values only.
args(sources) := {name: source.value |
	some name, source in sources
	source.status == "known"
}

# An argument of a config entry, as a source; "missing" when the config does not write it;
# unresolved when the config does not say (function_args, or an arg_name, only known after apply).
arg(entry, name) := source if {
	source := entry.sources[name]
} else := source if {
	source := pending.block(entry.config, "function_args")
} else := source if {
	some source in unnamed_args(entry.config)
} else := {"status": "missing"}

# Arguments whose arg_name is only known after apply, as that name's source: any of them may be
# the argument a rule looks for.
unnamed_args(config) := [source |
	some arg in fields.blocks(config, "function_args")
	source := pending.nested(config, "function_args", arg, "arg_name")
	source.status == "unresolved"
]

function_name(config) := fields.known(config, "function_name")

# Configs whose function_name is only known after apply: any of them may be the function a rule
# looks for. Each is an entry as configs() gives them, with the name's source.
pending_configs := [object.union(entry(family, config), {"function_name": source}) |
	some family in families
	some config in resources.of_type(family.config)
	source := fields.get(config, "function_name")
	source.status == "unresolved"
]

# The positions of the domains that have a config whose function is only known after apply.
pending_domains := configured(pending_configs)

# The configs of a function, each with the positions of the domains it belongs to.
configs(function) := [entry(family, config) |
	some family in families
	some config in resources.of_type(family.config)
	function_name(config) == function
]

entry(family, config) := {
	"config": config,
	"domains": links.parents(family.relation, config),
	"sources": sources,
	"args": args(sources),
} if {
	sources := arg_sources(config)
}

# The positions of the domains that have some config of the function, right or wrong.
configured(entries) := {position |
	some entry in entries
	some position in entry.domains
}

# METADATA
# description: |
#   Every alicloud provider configuration of the stack, default and aliases, in every module, each
#   with its region resolved as far as the input allows. Keys follow plan JSON's provider_config:
#   "alicloud", "alicloud.dr", "module.net:alicloud".
package govguard.lib.provider

import data.govguard.lib.config
import data.govguard.lib.document
import data.govguard.lib.plan
import data.govguard.lib.variables

raw := plan.alicloud_providers if document.kind == "plan"

raw := config.alicloud_providers if document.kind == "config"

alicloud := {key: object.union(provider, {"region": variables.resolve(provider.module, provider.region)}) |
	some key, provider in raw
}

# The key of the provider configuration a resource uses.
key_of(resource) := plan.config_resource(resource.module_path, resource.type, resource.name).provider_config_key if {
	resource.kind == "plan"
} else := config.resource_provider_key(resource) if {
	resource.kind == "config"
}

# The region a resource lives in, as a value source: its provider configuration's region.
region_of(resource) := alicloud[key_of(resource)].region if {
	alicloud[key_of(resource)]
} else := {"status": "unresolved", "expression": "its provider configuration"}

# --- endpoint overrides ----------------------------------------------------------------------

unknown_endpoint := "(known after apply)"

# Endpoint overrides of every alicloud provider configuration: the `endpoints` block and the
# deprecated top-level *_endpoint arguments, as {"provider", "service", "value"}; the value is
# unknown_endpoint when it is not a literal known before apply.
endpoints contains {"provider": key, "service": service, "value": value} if {
	some key in object.keys(raw)
	overrides := endpoint_values(key)
	some service, value in overrides
}

endpoint_values(key) := plan_endpoints(key) if {
	document.kind == "plan"
} else := config_endpoints(key)

plan_endpoints(key) := object.union(
	{service: expression_text(expression) |
		some block in input.configuration.provider_config[key].expressions.endpoints
		some service, expression in block
	},
	{service: expression_text(expression) |
		some service, expression in input.configuration.provider_config[key].expressions
		service in deprecated_endpoints
	},
)

expression_text(expression) := expression.constant_value if {
	is_string(expression.constant_value)
} else := unknown_endpoint

# An endpoint set twice with different values is unknown (fail closed).
config_endpoints(key) := {service: endpoint_text(texts) |
	some [service, _] in endpoint_pairs(key)
	texts := {pair[1] | some pair in endpoint_pairs(key); pair[0] == service}
}

endpoint_text(texts) := text if {
	count(texts) == 1
	some text in texts
} else := unknown_endpoint

endpoint_pairs(key) := {[service, value_text(value)] |
	some body in configured_bodies(key)
	some block in config.bodies(body.endpoints)
	some service, value in block
} | {[service, value_text(value)] |
	some body in configured_bodies(key)
	some service, value in body
	service in deprecated_endpoints
}

value_text(value) := value if {
	is_string(value)
	not contains(value, "${")
} else := unknown_endpoint

deprecated_endpoints := {"log_endpoint", "mns_endpoint", "fc"}

configured_bodies(key) := [body |
	some path, doc in config.documents
	some name in config.alicloud_names(doc)
	some body in config.bodies(doc.provider[name])
	config.provider_key(path, name, object.get(body, "alias", "")) == key
]

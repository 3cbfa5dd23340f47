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

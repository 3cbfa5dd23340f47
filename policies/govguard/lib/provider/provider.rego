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

alicloud[key] := object.union(provider, {"region": variables.resolve(provider.module, provider.region)}) if {
	some key, provider in raw
}

# METADATA
# description: |
#   Facts about the stack as a whole, for controls that require something of it (an audit trail,
#   monitoring) rather than of one resource. Their findings use the address "(stack)".
package govguard.lib.stack

import data.govguard.lib.resources

address := "(stack)"

# The stack creates or keeps at least one alicloud resource.
has_alicloud if {
	some resource in resources.list
	startswith(resource.type, "alicloud_")
	resource.action != "delete"
}

has_any(types) if {
	some type in types
	resources.count_of(type) > 0
}

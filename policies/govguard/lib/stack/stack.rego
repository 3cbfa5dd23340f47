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

# What the controls of stack scope read wherever it is in the stack: evaluated in parts (see
# govguard/about/joins), every part holds each hub, with what it names by literal name or
# reference (a trail's bucket and log project), and the first of each witness type. A trail is
# judged against every other (is any compliant?), and the security preferences against the login
# profiles; of the witnesses, controls ask only whether the stack has one.
hubs := {"alicloud_actiontrail_trail", "alicloud_ram_security_preference"}

witnesses := {
	"alicloud_cms_alarm",
	"alicloud_cms_group_metric_rule",
	"alicloud_ram_login_profile",
	"alicloud_ram_account_password_policy",
	"alicloud_ram_password_policy",
}

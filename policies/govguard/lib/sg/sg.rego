# METADATA
# description: |
#   Security group ingress rules (alicloud_security_group_rule) that accept traffic, with the ports
#   they open and the source they open them to. Both A19.1 and A19.2 read them.
package govguard.lib.sg

import data.govguard.lib.digits
import data.govguard.lib.fields
import data.govguard.lib.network
import data.govguard.lib.resources

# Rules that open ports to a CIDR: ingress, accept (the provider default), protocol tcp, udp or
# all. Whatever is not known before apply is read the way that opens most: an unknown type as
# ingress, an unknown policy as accept, an unknown protocol as all, unknown ports as every port.
# A rule whose source is another security group or a prefix list names no CIDR and is not here.
# An array, not a set: each element holds its whole rule, which a set hashes when it adds the
# element and again at each step of a walk over it (rule and attribute make every element unique).
openings := [{
	"rule": rule,
	"span": network.span(protocol(rule), port_range(rule)),
	"source": source,
	"attribute": attribute,
} |
	some rule in resources.of_type("alicloud_security_group_rule")
	not egress(rule)
	not drops(rule)
	protocol(rule) in {"tcp", "udp", "all"}
	some attribute in ["cidr_ip", "ipv6_cidr_ip"]
	source := fields.get(rule, attribute)
	source.status != "missing"
]

egress(rule) if fields.known(rule, "type") == "egress"

drops(rule) if fields.known(rule, "policy") == "drop"

protocol(rule) := fields.known(rule, "ip_protocol") if {
	is_string(fields.known(rule, "ip_protocol"))
} else := "all"

port_range(rule) := fields.known(rule, "port_range") if {
	is_string(fields.known(rule, "port_range"))
} else := "-1/-1"

ports_text(ports) := concat(", ", [digits.text(p) | some p in ports])

span_text(span) := "all ports" if {
	span == [1, 65535]
} else := concat("/", [digits.text(span[0]), digits.text(span[1])])

# The settings of a rule that are only known after apply, each with the most open reading the
# openings above give it.
most_open := {
	"type": {"zh": "按入方向判断", "en": "read as ingress"},
	"policy": {"zh": "按允许判断", "en": "read as accept"},
	"ip_protocol": {"zh": "按全部协议判断", "en": "read as all protocols"},
	"port_range": {"zh": "按全部端口判断", "en": "read as every port"},
}

# The settings assumptions reads, in the order a caveat names them.
assumed := ["type", "policy", "ip_protocol", "port_range"]

ports_assumed := {"ip_protocol", "port_range"}

# No caveat, for a rule whose settings are all known.
no_caveat := {"zh": "", "en": ""}

# Whether every setting assumptions reads is known in a plan (unknown there exactly when
# after_unknown marks it): read once per finding without building a source for each setting,
# which most rules, known throughout, would otherwise allocate every time.
settled(rule) if {
	rule.kind == "plan"
	not any_unknown(rule)
}

any_unknown(rule) if {
	some attribute in assumed
	rule.unknown[attribute] == true
}

assumptions(rule) := [] if {
	settled(rule)
} else := [{"attribute": attribute, "expression": source.expression, "reading": most_open[attribute]} |
	some attribute in assumed
	source := fields.get(rule, attribute)
	source.status == "unresolved"
]

# Whether the ports a rule opens rest on a protocol or port range only known after apply.
ports_unknown(rule) if {
	not settled(rule)
	some assumption in assumptions(rule)
	ports_assumed[assumption.attribute]
}

# What a finding says first about a rule read the most open way: "port_range is set from X,
# which cannot be verified before apply (read as every port); " for each such setting.
caveat(rule) := no_caveat if {
	settled(rule)
} else := caveat_of(assumptions(rule))

# Functions are not remembered between calls: the assumptions are read once, for both languages.
caveat_of(found) := {
	"zh": concat("", [concat("", [a.attribute, " 取自 ", a.expression, "，应用前无法核实（", a.reading.zh, "）；"]) | some a in found]),
	"en": concat("", [concat("", [a.attribute, " is set from ", a.expression, ", which cannot be verified before apply (", a.reading.en, "); "]) | some a in found]),
}

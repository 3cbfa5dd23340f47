# METADATA
# description: |
#   Addresses and ports. net.cidr_contains is undefined for anything that is not a valid IP or
#   CIDR, in wasm as in OPA, so "inside an allowed range" is only ever true for valid input:
#   garbage fails closed.
package govguard.lib.network

world := {"0.0.0.0/0", "0.0.0.0", "::/0", "::"}

is_world(cidr) if cidr in world

# True when an address or range lies entirely inside one of `ranges`.
inside(cidr, ranges) if {
	some range in ranges
	net.cidr_contains(range, cidr)
}

# The ports [from, to] a security group rule opens. Protocol all and port_range -1/-1 mean every
# port; a range that cannot be read counts as every port (fail closed).
span(protocol, port_range) := [1, 65535] if {
	protocol == "all"
} else := [1, 65535] if {
	port_range == "-1/-1"
} else := [from, to] if {
	parts := split(port_range, "/")
	count(parts) == 2
	from := to_number(parts[0])
	to := to_number(parts[1])
	from >= 1
	to >= from
} else := [1, 65535]

covers(span, port) if {
	span[0] <= port
	port <= span[1]
}

# The ports of `ports` that a span covers, in order.
covered(span, ports) := [port | some port in ports; covers(span, port)]

# The entries of an allow-list outside `ranges`, for messages. A message that names them changes
# when the list is widened, so a baseline entry (which fingerprints the message) stops matching.
outside_text(entries, ranges) := {"zh": "列表为空", "en": "the list is empty"} if {
	count(entries) == 0
} else := {"zh": concat("", ["范围外的条目 ", concat("、", outside)]), "en": concat("", ["outside them: ", concat(", ", outside)])} if {
	outside := [entry_text(entry) | some entry in entries; not inside(entry, ranges)]
}

entry_text(entry) := entry if is_string(entry)

else := json.marshal(entry)

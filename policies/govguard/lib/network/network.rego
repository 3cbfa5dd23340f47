# METADATA
# description: |
#   Addresses and ports. net.cidr_contains is undefined for anything that is not a valid IP or
#   CIDR, in wasm as in OPA, so "inside an allowed range" is only ever true for valid input:
#   garbage fails closed.
package govguard.lib.network

world := {"0.0.0.0/0", "0.0.0.0", "::/0", "::"}

# Any address, in every spelling the provider passes on: a prefix of 0 takes in every address
# whatever its address bits ("1.2.3.4/0", "0::/0"; the provider compresses IPv6 with Go's
# ip.String(), and its own test creates "2001:0db8:…/0"), and the all-zero IPv6 address written
# out. Spaces around it are ignored, in case the API trims them.
is_world(cidr) if {
	is_string(cidr)
	any_address(trim_space(cidr))
}

any_address(text) if world[text]

any_address(text) if {
	parts := split(text, "/")
	count(parts) == 2
	regex.match(`^0+$`, parts[1])
	well_formed(parts[0])
}

any_address(text) if {
	contains(text, ":")
	regex.match(`^[0:]+$`, text)
}

# True when an address or range lies entirely inside one of `ranges`; a comma-separated list (a
# bastion's whitelist entry may hold several) when each of its entries does. Only well-formed
# entries: wasm's net.cidr_contains ignores what follows a valid prefix ("10.0.0.0/8,0.0.0.0/0").
inside(cidr, ranges) if {
	is_string(cidr)
	every entry in split(cidr, ",") {
		well_formed(entry)
		some range in ranges
		net.cidr_contains(range, entry)
	}
}

# One IPv4 or IPv6 address, or a range, and nothing else.
well_formed(text) if regex.match(`^[0-9]{1,3}(\.[0-9]{1,3}){3}(/[0-9]{1,2})?$`, text)

well_formed(text) if regex.match(`^[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*(/[0-9]{1,3})?$`, text)

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

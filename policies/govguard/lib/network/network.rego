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
# out. A value listing several ranges (by commas, semicolons or white space, whichever an API
# takes) is the world when any of them is; spaces around a range are ignored.
is_world(cidr) if {
	is_string(cidr)
	some entry in split(commas(cidr), ",")
	any_address(entry)
}

commas(text) := replace(replace(replace(replace(replace(text, ";", ","), " ", ","), "\t", ","), "\n", ","), "\r", ",")

any_address(text) if world[text]

any_address(text) if {
	parts := split(text, "/")
	count(parts) == 2
	parts[1] != ""
	trim_left(parts[1], "0") == ""
	well_formed(parts[0])
}

any_address(text) if {
	contains(text, ":")
	trim_left(text, "0:") == ""
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

# A value the gate can read as addresses: one well-formed address or range, or a comma-separated
# list of them, with spaces around it ignored.
readable(cidr) if {
	is_string(cidr)
	text := trim_space(cidr)
	text != ""
	every entry in split(text, ",") {
		well_formed(entry)
	}
}

# One IPv4 or IPv6 address, or a range, and nothing else. String functions, not regex.match: a
# pattern is compiled anew in every evaluation (the wasm heap, and its regex cache, is reset), which
# cost 0.15 ms a plan here.
well_formed(text) if {
	parts := split(text, "/")
	ipv4_address(parts[0])
	prefix_fits(parts, 2)
}

well_formed(text) if {
	parts := split(text, "/")
	contains(parts[0], ":")
	trim_left(parts[0], "0123456789abcdefABCDEF:.") == ""
	prefix_fits(parts, 3)
}

ipv4_address(text) if {
	octets := split(text, ".")
	count(octets) == 4
	every octet in octets {
		decimal(octet, 3)
	}
}

prefix_fits(parts, _) if count(parts) == 1

prefix_fits(parts, digits) if {
	count(parts) == 2
	decimal(parts[1], digits)
}

# One to `most` ASCII digits.
decimal(text, most) if {
	count(text) >= 1
	count(text) <= most
	trim_left(text, "0123456789") == ""
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

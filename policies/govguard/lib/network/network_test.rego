package govguard.lib.network_test

import data.govguard.lib.network

# Every spelling of "any address" the provider sends on: an IPv6 network is compressed by Go's
# ip.String() before it reaches the API, and a prefix of 0 takes in every address whatever the
# address bits are ("1.2.3.4/0"; the provider's own test creates "2001:0db8:…/0").
test_every_spelling_of_the_whole_internet_is_the_world if {
	every cidr in [
		"0.0.0.0/0", "::/0", "0.0.0.0", "::",
		"0::/0", "::0/0", "0:0:0:0:0:0:0:0/0", "0:0:0:0:0:0:0:0", "0::",
		"2001:0db8:3c4d:0015:0000:0000:1a2f:1a2b/0", "1.2.3.4/0", "000.000.000.000/0",
		"0.0.0.0/00", " 0.0.0.0/0", "::/0 ", "FFFF::/0",
		"10.0.0.0/8,0.0.0.0/0", "10.0.0.0/8;0.0.0.0/0", "10.0.0.0/8 ::/0", "10.0.0.0/8\t0.0.0.0/0",
		"10.0.0.0/8\n0.0.0.0/0", "0.0.0.0/0;",
	] {
		network.is_world(cidr)
	}
	every cidr in [
		"10.0.0.0/8", "::1/128", "2001:db8::/32", "0.0.0.0/1", "abc/0", "/0", "10.0.0.0/80", "",
		"10.0.0.0/8;10.1.0.0/16", "0.0.0.0/1 128.0.0.0/1", "0.0.0.0/x", "0.0.0.0/", 0,
	] {
		not network.is_world(cidr)
	}
}

# An address or range is inside the allowed ranges only when it is one well-formed address or
# range, or a comma-separated list of them each inside (a bastion's whitelist entry may hold
# several). Trailing text after a prefix used to be ignored by wasm's net.cidr_contains.
test_inside_reads_only_well_formed_ranges if {
	allowed := ["10.0.0.0/8", "2001:db8::/32"]
	every cidr in ["10.1.0.0/16", "10.1.2.3", "2001:db8:1::/48", "10.1.0.0/16,10.2.0.0/16"] {
		network.inside(cidr, allowed)
	}
	every cidr in [
		"10.0.0.0/8,0.0.0.0/0", "10.0.0.0/8x", "10.0.0.0/8/0", "10.0.0.0/+8",
		"10.0.0.0/8;0.0.0.0/0", "10.0.0.0/8 0.0.0.0/0", "0.0.0.0/0", "", ",", "10.0.0.0/8,",
		"10.1.0.0/16,,10.2.0.0/16", 10,
	] {
		not network.inside(cidr, allowed)
	}
}

# Readable: one address or range, or a comma-separated list of them. Anything else is a value the
# gate cannot read as addresses (A19.2 says so rather than passing it).
test_readable_addresses if {
	every cidr in ["10.0.0.0/8", " 10.0.0.0/8 ", "10.1.2.3", "2001:db8::/32", "::1", "10.0.0.0/8,2001:db8::/32", "999.0.0.0/8"] {
		network.readable(cidr)
	}
	every cidr in [
		"", " ", ",", "10.0.0.0/8,", "10.0.0.0/8;10.1.0.0/16", "10.0.0.0/8 10.1.0.0/16", "10.0.0.0/8x",
		"10.0.0.0/8/0", "10.0.0.0/+8", "10.0.0.0/123", "1.2.3", "1.2.3.4.5", "1.2.3.0004", "a.b.c.d",
		"2001:db8::/1289", "2001:db8::g", "１0.0.0.0/8", 10, null,
	] {
		not network.readable(cidr)
	}
}

# well_formed reads what the two patterns it replaced read (string functions: a pattern is compiled
# in every evaluation in wasm).
test_well_formed_reads_as_the_patterns_did if {
	every text in [
		"10.0.0.0/8", "10.0.0.0", "1.2.3.4/0", "000.000.000.000/0", "999.1.1.1/99", "1.2.3.4/", "1.2.3.4/123",
		"1.2.3", "1.2.3.4.5", "1000.1.1.1", "1..3.4", ".1.2.3", "1.2.3.4 ", " 1.2.3.4", "1.2.3.4\n", "a.b.c.d", "１.2.3.4",
		"::", "::/0", "0::/0", "::1/128", "2001:db8::/32", "2001:DB8::1", "::ffff:10.0.0.1", "fe80::1%eth0",
		"2001:db8::/1234", "2001:db8::/", "2001:db8::g", ":", "/0", "", "1.2.3.4/8/0", "::/0/0", "10/8",
	] {
		matched_by_patterns(text) == reads_well_formed(text)
	}
}

default matched_by_patterns(_) := false

matched_by_patterns(text) if regex.match(`^[0-9]{1,3}(\.[0-9]{1,3}){3}(/[0-9]{1,2})?$`, text)

matched_by_patterns(text) if regex.match(`^[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*(/[0-9]{1,3})?$`, text)

default reads_well_formed(_) := false

reads_well_formed(text) if network.well_formed(text)

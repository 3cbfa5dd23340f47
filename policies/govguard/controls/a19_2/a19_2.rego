package govguard.controls.a19_2

import data.govguard.lib.fields
import data.govguard.lib.network
import data.govguard.lib.params
import data.govguard.lib.resources
import data.govguard.lib.sg

metadata := {
	"id": "A19.2",
	"article": 19,
	"articles": [19],
	"severity": "high",
	"title": {
		"zh": "互联网只能访问公共服务端口",
		"en": "The internet reaches only public service ports",
	},
	"requirement": {
		"zh": "来源为 0.0.0.0/0 或 ::/0 的入方向允许规则只能通过 tcp/udp 开放 public.ports 中的端口（默认 80、443）；ip_protocol = all 或 gre 对互联网开放即违规（可到达所有端口）；icmp 允许。",
		"en": "Ingress accept rules from 0.0.0.0/0 or ::/0 open only the ports of public.ports (80 and 443 by default) over tcp/udp; ip_protocol = all or gre from the internet is a violation (it reaches every port); icmp is allowed.",
	},
	"remediation": {
		"zh": "把面向互联网的规则限制为 public.ports 中的端口（默认 tcp 80/443）；其他端口与协议（all、gre）只对内部或管理网段开放。",
		"en": "Limit internet-facing rules to the ports in public.ports (by default tcp 80 and 443); open other ports and protocols (all, gre) only to internal or admin ranges.",
	},
	"decisions": [
		{
			"zh": "ICMP 不涉及服务端口，允许对互联网开放；GRE 隧道承载任意协议与端口，视同开放所有端口。",
			"en": "ICMP carries no service port and may be open to the internet; a GRE tunnel carries any protocol and port, so it counts as opening every port.",
		},
		{
			"zh": "端口范围中只要含有公共端口以外的端口即为违规，如 80/443 也开放了 81 至 442。",
			"en": "A port range with any port outside the public ports is a violation: 80/443 also opens 81 to 442.",
		},
		{
			"zh": "来源在应用前未知时无法核实其不是互联网：开放公共端口以外的端口即按违规处理。",
			"en": "A source known only after apply cannot be verified not to be the internet: opening any port beyond the public ports to it is a violation.",
		},
		{
			"zh": "来源列出多个网段（以逗号、分号或空白分隔）时，其中任何一个是互联网即按互联网判断；govguard 无法识别为地址或网段的来源同样无法核实，开放公共端口以外的端口即按违规处理。空值不开放任何来源。",
			"en": "A source listing several ranges (separated by commas, semicolons or white space) is the internet when any of them is; a source govguard cannot read as addresses cannot be verified either, and opening any port beyond the public ports to it is a violation. An empty value opens to no source.",
		},
	],
	"resources": ["alicloud_security_group_rule"],
	"deciding": [
		{"type": "alicloud_security_group_rule", "attribute": "type"},
		{"type": "alicloud_security_group_rule", "attribute": "policy"},
		{"type": "alicloud_security_group_rule", "attribute": "ip_protocol"},
		{"type": "alicloud_security_group_rule", "attribute": "cidr_ip"},
		{"type": "alicloud_security_group_rule", "attribute": "port_range"},
		{"type": "alicloud_security_group_rule", "attribute": "ipv6_cidr_ip"},
	],
}

public_ports := {p | some p in params.effective.public.ports}

# Once, not in every finding's message.
public_ports_text := sg.ports_text(sort(public_ports))

# What a rule exposes to a source: the port openings of lib.sg (tcp, udp, all), and GRE, which
# has no ports and tunnels every protocol, so it reaches every port.
# An array, as sg.openings (tcp/udp/all and gre openings are distinct rules' or attributes').
exposures := array.concat([object.union(opening, {"what": sg.span_text(opening.span)}) | some opening in sg.openings], gre_exposures)

gre_exposures := [{
	"rule": rule,
	"span": [1, 65535],
	"source": source,
	"attribute": attribute,
	"what": "all ports (protocol gre)",
} |
	some rule in resources.of_type("alicloud_security_group_rule")
	not sg.egress(rule)
	not sg.drops(rule)
	sg.protocol(rule) == "gre"
	some attribute in ["cidr_ip", "ipv6_cidr_ip"]
	source := fields.get(rule, attribute)
	source.status != "missing"
]

violations contains {
	"resource": exposure.rule.address,
	"attribute": exposure.attribute,
	"message": {
		"zh": concat("", [caveat.zh, "对互联网（", exposure.source.value, "）开放 ", exposure.what, "，超出公共服务端口 ", public_ports_text]),
		"en": concat("", [caveat.en, "opens ", exposure.what, " to the internet (", exposure.source.value, "), beyond the public service ports ", public_ports_text]),
	},
} if {
	some exposure in exposures
	exposure.source.status == "known"
	network.is_world(exposure.source.value)
	not only_public(exposure.span)
	caveat := sg.caveat(exposure.rule)
}

violations contains {
	"resource": exposure.rule.address,
	"attribute": exposure.attribute,
	"message": {
		"zh": concat("", [caveat.zh, described.zh, "；该规则开放 ", exposure.what, "，超出公共服务端口 ", public_ports_text, "，来源须能核实不是互联网"]),
		"en": concat("", [caveat.en, described.en, "; the rule opens ", exposure.what, ", beyond the public service ports ", public_ports_text, ", so its source must be verifiable not to be the internet"]),
	},
} if {
	some exposure in exposures
	exposure.source.status == "unresolved"
	not only_public(exposure.span)
	caveat := sg.caveat(exposure.rule)
	described := fields.describe(exposure.attribute, exposure.source)
}

# Checked port by port only for spans no wider than the list of public ports.
violations contains {
	"resource": exposure.rule.address,
	"attribute": exposure.attribute,
	"message": {
		"zh": concat("", [caveat.zh, exposure.attribute, " 为 ", shown, "，不是 govguard 能识别的地址或网段；该规则开放 ", exposure.what, "，超出公共服务端口 ", public_ports_text, "，无法核实其来源不是互联网"]),
		"en": concat("", [caveat.en, exposure.attribute, " is ", shown, ", which is not an address or range govguard can read; the rule opens ", exposure.what, ", beyond the public service ports ", public_ports_text, ", so it cannot be verified that its source is not the internet"]),
	},
} if {
	some exposure in exposures
	exposure.source.status == "known"
	not fields.empty_values[exposure.source.value]
	not network.is_world(exposure.source.value)
	not network.readable(exposure.source.value)
	not only_public(exposure.span)
	caveat := sg.caveat(exposure.rule)
	shown := fields.quoted(exposure.source)
}

only_public(span) if {
	(span[1] - span[0]) + 1 <= count(public_ports)
	every port in numbers.range(span[0], span[1]) {
		port in public_ports
	}
}

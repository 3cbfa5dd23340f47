package govguard.controls.a19_1

import data.govguard.lib.fields
import data.govguard.lib.network
import data.govguard.lib.params
import data.govguard.lib.sg

metadata := {
	"id": "A19.1",
	"article": 19,
	"articles": [19],
	"severity": "critical",
	"title": {
		"zh": "管理端口仅对管理白名单开放",
		"en": "Administration ports are reachable only from the admin allow-list",
	},
	"requirement": {
		"zh": "入方向、允许（accept）、协议为 tcp/udp/all 的安全组规则，若端口范围覆盖 admin.ports 中的管理端口（-1/-1 与 all 视为全部端口），其来源 cidr_ip / ipv6_cidr_ip 必须位于 admin.allowed_cidrs 之内。",
		"en": "An ingress, accept security group rule for tcp, udp or all whose port range covers an administration port of admin.ports (-1/-1 and all cover every port) has its source cidr_ip / ipv6_cidr_ip inside admin.allowed_cidrs.",
	},
	"remediation": {
		"zh": "把管理端口的来源限制为 admin.allowed_cidrs 中的网段（如堡垒机子网），或改为以堡垒机安全组（source_security_group_id）为来源。",
		"en": "Limit the source of administration ports to ranges in admin.allowed_cidrs (for example the bastion subnet), or use the bastion's security group (source_security_group_id) as the source.",
	},
	"decisions": [
		{
			"zh": "来源为其他安全组或前缀列表的规则不含 CIDR，由对应安全组负责，不在此判断。",
			"en": "Rules whose source is another security group or a prefix list carry no CIDR and are left to that group.",
		},
		{
			"zh": "应用前未知的类型、策略、协议、端口按最开放的情形判断；未知来源按无法核实判为违规。",
			"en": "An unknown type, policy, protocol or port range is read as the most open case; an unknown source is a violation (cannot be verified).",
		},
		{
			"zh": "无法解析的 CIDR 不视为位于白名单之内。",
			"en": "A CIDR that cannot be parsed is never inside the allow-list.",
		},
	],
	"resources": ["alicloud_security_group_rule"],
	"deciding": [
		{"type": "alicloud_security_group_rule", "attribute": "type"},
		{"type": "alicloud_security_group_rule", "attribute": "policy"},
		{"type": "alicloud_security_group_rule", "attribute": "ip_protocol"},
		{"type": "alicloud_security_group_rule", "attribute": "port_range"},
		{"type": "alicloud_security_group_rule", "attribute": "cidr_ip"},
		{"type": "alicloud_security_group_rule", "attribute": "ipv6_cidr_ip"},
	],
}

admin_ports := params.effective.admin.ports

allowed := params.admin_cidrs

violations contains {
	"resource": opening.rule.address,
	"attribute": opening.attribute,
	"message": caveated(opening.rule, message(ports_text(opening.rule, ports), opening.source)),
} if {
	some opening in sg.openings
	ports := network.covered(opening.span, admin_ports)
	count(ports) > 0
	not allowed_source(opening.source)
}

message(ports, source) := {
	"zh": concat("", ["管理端口 ", ports, " 对 ", shown.zh, " 开放，该来源不在管理白名单（", allowed_text.zh, "）之内"]),
	"en": concat("", ["administration port(s) ", ports, " open to ", shown.en, ", which is outside the admin allow-list (", allowed_text.en, ")"]),
} if {
	source.status == "known"
	shown := fields.shown(source)
} else := {
	"zh": concat("", ["管理端口 ", ports, " 的来源取自 ", source.expression, "，应用前无法核实是否在管理白名单之内"]),
	"en": concat("", ["administration port(s) ", ports, " open to a source set from ", source.expression, ", which cannot be verified against the admin allow-list before apply"]),
}

# Rules, not expressions in message: wasm remembers a rule's value for the evaluation, and builds
# an expression's on every finding.
allowed_text := {"zh": concat("、", allowed), "en": concat(", ", allowed)}

admin_ports_text := sg.ports_text(admin_ports)

# An unknown protocol or port range reaches every administration port: the finding names the
# parameter rather than listing all of them.
ports_text(rule, ports) := "admin.ports" if {
	sg.ports_unknown(rule)
} else := admin_ports_text if {
	count(ports) == count(admin_ports)
} else := sg.ports_text(ports)

caveated(rule, text) := text if {
	sg.settled(rule)
} else := {
	"zh": concat("", [caveat.zh, text.zh]),
	"en": concat("", [caveat.en, text.en]),
} if {
	caveat := sg.caveat(rule)
}

allowed_source(source) if {
	source.status == "known"
	network.inside(source.value, allowed)
}

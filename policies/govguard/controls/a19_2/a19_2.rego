# METADATA
# description: A19.2 the internet reaches only public service ports.
package govguard.controls.a19_2

import data.govguard.lib.network
import data.govguard.lib.params
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
		"zh": "来源为 0.0.0.0/0 或 ::/0 的入方向允许规则只能开放 public.ports 中的端口（默认 80、443）。",
		"en": "Ingress accept rules from 0.0.0.0/0 or ::/0 open only the ports of public.ports (80 and 443 by default).",
	},
	"remediation": {
		"zh": "把面向互联网的规则限制为 80/443；其他端口只对内部或管理网段开放。",
		"en": "Limit internet-facing rules to 80/443; open other ports only to internal or admin ranges.",
	},
	"decisions": [
		{
			"zh": "ICMP 与 GRE 不涉及服务端口，不在此判断。",
			"en": "ICMP and GRE carry no service port and are not judged here.",
		},
		{
			"zh": "端口范围中只要含有公共端口以外的端口即为违规，如 80/443 也开放了 81 至 442。",
			"en": "A port range with any port outside the public ports is a violation: 80/443 also opens 81 to 442.",
		},
	],
	"resources": ["alicloud_security_group_rule"],
}

public_ports := {p | some p in params.effective.public.ports}

violations contains {
	"resource": opening.rule.address,
	"attribute": opening.attribute,
	"message": {
		"zh": concat("", ["对互联网（", opening.source.value, "）开放 ", sg.span_text(opening.span), "，超出公共服务端口 ", sg.ports_text(sort(public_ports))]),
		"en": concat("", ["opens ", sg.span_text(opening.span), " to the internet (", opening.source.value, "), beyond the public service ports ", sg.ports_text(sort(public_ports))]),
	},
} if {
	some opening in sg.openings
	opening.source.status == "known"
	network.is_world(opening.source.value)
	not only_public(opening.span)
}

# Checked port by port only for spans no wider than the list of public ports.
only_public(span) if {
	(span[1] - span[0]) + 1 <= count(public_ports)
	every port in numbers.range(span[0], span[1]) {
		port in public_ports
	}
}

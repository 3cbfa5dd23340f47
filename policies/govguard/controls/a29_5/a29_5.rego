package govguard.controls.a29_5

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.pending
import data.govguard.lib.resources

metadata := {
	"id": "A29.5",
	"article": 29,
	"articles": [29],
	"severity": "high",
	"title": {
		"zh": "负载均衡只接受 TLS 1.2 及以上的 HTTPS",
		"en": "Load balancers accept only HTTPS with TLS 1.2 or newer",
	},
	"requirement": {
		"zh": "CLB（alicloud_slb_listener）：https 监听使用 tls_cipher_policy_1_2 系列策略（默认 1_0 为违规），http 监听设置 listener_forward = on 转发到 HTTPS。ALB（alicloud_alb_listener）：HTTPS 监听显式设置 security_policy_id，且不是 tls_cipher_policy_1_0、_1_1、_1_0_to_1_3；自定义 alicloud_alb_security_policy 只列 TLSv1.2 / TLSv1.3；HTTP 监听只用于带 Redirect 动作的转发规则。",
		"en": "CLB (alicloud_slb_listener): https listeners use a tls_cipher_policy_1_2 policy (the default 1_0 is a violation); http listeners set listener_forward = on to forward to HTTPS. ALB (alicloud_alb_listener): HTTPS listeners set security_policy_id explicitly, to none of tls_cipher_policy_1_0, _1_1, _1_0_to_1_3; a custom alicloud_alb_security_policy lists only TLSv1.2 / TLSv1.3; HTTP listeners only carry a rule with a Redirect action.",
	},
	"remediation": {
		"zh": "CLB HTTPS 监听设置 tls_cipher_policy = \"tls_cipher_policy_1_2_strict\"，HTTP 监听设置 listener_forward = \"on\"、forward_port = 443；ALB HTTPS 监听设置 security_policy_id = \"tls_cipher_policy_1_2_strict\"，HTTP 监听添加重定向到 HTTPS 的 alicloud_alb_rule。",
		"en": "Set tls_cipher_policy = \"tls_cipher_policy_1_2_strict\" on CLB HTTPS listeners and listener_forward = \"on\", forward_port = 443 on HTTP ones; set security_policy_id = \"tls_cipher_policy_1_2_strict\" on ALB HTTPS listeners and add an alicloud_alb_rule redirecting to HTTPS for HTTP ones.",
	},
	"decisions": [
		{
			"zh": "TCP / UDP 监听不承载 HTTP，不在此判断；QUIC 监听使用 TLS 1.3。",
			"en": "TCP / UDP listeners carry no HTTP and are not judged here; QUIC listeners use TLS 1.3.",
		},
		{
			"zh": "security_policy_id 引用本栈中的自定义策略时，按该策略的 tls_versions 判断，报告在监听上而不是策略上。",
			"en": "A security_policy_id that refers to a custom policy of this stack is judged by that policy's tls_versions; the listener is reported, not the policy.",
		},
		{
			"zh": "HTTP 监听的转发规则须为 Redirect 动作且 redirect_config.protocol = HTTPS（未设置时沿用原协议 HTTP）。",
			"en": "An HTTP listener's rule must be a Redirect action with redirect_config.protocol = HTTPS (unset keeps the original protocol, HTTP).",
		},
		{
			"zh": "监听协议在应用前未知时无法核实是否只接受 HTTPS，判为违规；转发规则的动作或重定向协议未知时，报告在该规则上。",
			"en": "A listener whose protocol is only known after apply cannot be verified to accept only HTTPS and is a violation; a rule whose action or redirect protocol is unknown is reported on the rule.",
		},
	],
	"resources": ["alicloud_slb_listener", "alicloud_alb_listener", "alicloud_alb_security_policy", "alicloud_alb_rule"],
	"deciding": [
		{"type": "alicloud_slb_listener", "attribute": "protocol"},
		{"type": "alicloud_slb_listener", "attribute": "tls_cipher_policy"},
		{"type": "alicloud_slb_listener", "attribute": "listener_forward"},
		{"type": "alicloud_alb_listener", "attribute": "listener_protocol"},
		{"type": "alicloud_alb_listener", "attribute": "security_policy_id"},
		{"type": "alicloud_alb_security_policy", "attribute": "tls_versions"},
		{"type": "alicloud_alb_rule", "attribute": "rule_actions"},
		{"type": "alicloud_alb_rule", "attribute": "rule_actions.type"},
		{"type": "alicloud_alb_rule", "attribute": "rule_actions.redirect_config"},
		{"type": "alicloud_alb_rule", "attribute": "rule_actions.redirect_config.protocol"},
	],
}

modern_clb := {"tls_cipher_policy_1_2", "tls_cipher_policy_1_2_strict", "tls_cipher_policy_1_2_strict_with_1_3"}

legacy_alb := {"tls_cipher_policy_1_0", "tls_cipher_policy_1_1", "tls_cipher_policy_1_0_to_1_3"}

violations contains {
	"resource": listener.address,
	"attribute": "tls_cipher_policy",
	"message": {
		"zh": concat("", [said1.zh, "；HTTPS 监听需要 tls_cipher_policy_1_2 系列策略"]),
		"en": concat("", [said1.en, "; an HTTPS listener needs a tls_cipher_policy_1_2 policy"]),
	},
} if {
	some listener in resources.of_type("alicloud_slb_listener")
	clb_protocol(listener) == "https"
	source := fields.get(listener, "tls_cipher_policy")
	not modern_clb_policy(source)
	said1 := describe(source)
}

violations contains {
	"resource": listener.address,
	"attribute": "listener_forward",
	"message": {
		"zh": concat("", [said1.zh, "；HTTP 监听必须转发到 HTTPS"]),
		"en": concat("", [said1.en, "; an HTTP listener must forward to HTTPS"]),
	},
} if {
	some listener in resources.of_type("alicloud_slb_listener")
	clb_protocol(listener) == "http"
	source := fields.get(listener, "listener_forward")
	not forwards(source)
	said1 := fields.describe("listener_forward", source)
}

violations contains {
	"resource": listener.address,
	"attribute": "security_policy_id",
	"message": alb_message(listener, source),
} if {
	some listener in resources.of_type("alicloud_alb_listener")
	fields.known(listener, "listener_protocol") == "HTTPS"
	source := links.explicit(listener, "security_policy_id")
	not modern_alb_policy(listener, source)
}

violations contains {
	"resource": listener.address,
	"attribute": "listener_protocol",
	"message": {
		"zh": "HTTP 监听没有重定向到 HTTPS 的转发规则（alicloud_alb_rule 的 Redirect 动作）",
		"en": "the HTTP listener has no rule that redirects to HTTPS (an alicloud_alb_rule with a Redirect action)",
	},
} if {
	some listener in resources.of_type("alicloud_alb_listener")
	fields.known(listener, "listener_protocol") == "HTTP"
	not redirected[listener.position]
	not pending_listeners[listener.position]
}

violations contains {
	"resource": listener.address,
	"attribute": spec.attr,
	"message": {
		"zh": concat("", [said1.zh, "，无法核实监听是否只接受 TLS 1.2 及以上的 HTTPS"]),
		"en": concat("", [said1.en, ", so the listener cannot be verified to accept only HTTPS with TLS 1.2 or newer"]),
	},
} if {
	some spec in [{"type": "alicloud_slb_listener", "attr": "protocol"}, {"type": "alicloud_alb_listener", "attr": "listener_protocol"}]
	some listener in resources.of_type(spec.type)
	source := fields.get(listener, spec.attr)
	source.status == "unresolved"
	said1 := fields.describe(spec.attr, source)
}

# A rule whose action or redirect protocol is only known after apply, on an HTTP listener that no
# other rule redirects: whether plain HTTP is redirected cannot be verified.
violations contains {
	"resource": rule.address,
	"attribute": "rule_actions",
	"message": {
		"zh": concat("", [concat("；", [p.zh | some p in pending]), "，无法核实 HTTP 监听是否重定向到 HTTPS"]),
		"en": concat("", [concat("; ", [p.en | some p in pending]), ", so whether the HTTP listener redirects to HTTPS cannot be verified"]),
	},
} if {
	some rule in resources.of_type("alicloud_alb_rule")
	pending := pending_redirect(rule)
	count(pending) > 0
	some position in links.parents("alb_rule_listener", rule)
	fields.known(resources.list[position], "listener_protocol") == "HTTP"
	not redirected[position]
}

# --- helpers ---------------------------------------------------------------------------------

describe(source) := {
	"zh": "tls_cipher_policy 未设置，默认 tls_cipher_policy_1_0",
	"en": "tls_cipher_policy is not set, so the default tls_cipher_policy_1_0 applies",
} if {
	source.status == "missing"
} else := fields.describe("tls_cipher_policy", source)

clb_protocol(listener) := lower(protocol) if {
	protocol := fields.known(listener, "protocol")
	is_string(protocol)
}

modern_clb_policy(source) if source.value in modern_clb

forwards(source) if source.value == "on"

# A system policy outside the legacy ones, or a custom policy of this stack with modern versions.
modern_alb_policy(_, source) if {
	source.status == "known"
	startswith(source.value, "tls_cipher_policy_")
	not source.value in legacy_alb
}

modern_alb_policy(listener, _) if {
	some policy in links.parents_of("alb_listener_policy", listener)
	count(old_versions(policy)) == 0
	count(fields.value_or(policy, "tls_versions", [])) > 0
}

old_versions(policy) := {version |
	some version in fields.value_or(policy, "tls_versions", [])
	not version in {"TLSv1.2", "TLSv1.3"}
}

alb_message(listener, source) := {
	"zh": "security_policy_id 未设置，ALB 默认使用支持 TLS 1.0 的策略",
	"en": "security_policy_id is not set, so ALB's default policy, which allows TLS 1.0, applies",
} if {
	source.status == "missing"
} else := {
	"zh": concat("", ["security_policy_id 引用的 ", policy.address, " 的 tls_versions 包含 ", concat("、", sort(old)), "；只能使用 TLSv1.2 / TLSv1.3"]),
	"en": concat("", ["security_policy_id refers to ", policy.address, ", whose tls_versions include ", concat(", ", sort(old)), "; only TLSv1.2 / TLSv1.3 are allowed"]),
} if {
	some policy in links.parents_of("alb_listener_policy", listener)
	old := old_versions(policy)
	count(old) > 0
} else := {
	"zh": concat("", ["security_policy_id 引用的 ", policy.address, " 的 ", fields.describe("tls_versions", versions).zh, "，无法核实是否只支持 TLS 1.2 及以上"]),
	"en": concat("", ["security_policy_id refers to ", policy.address, ", whose ", fields.describe("tls_versions", versions).en, ", so it cannot be verified to allow TLS 1.2 or newer only"]),
} if {
	some policy in links.parents_of("alb_listener_policy", listener)
	versions := fields.get(policy, "tls_versions")
	versions.status == "unresolved"
} else := {
	"zh": concat("", [fields.describe("security_policy_id", source).zh, "；需要只支持 TLS 1.2 及以上的安全策略"]),
	"en": concat("", [fields.describe("security_policy_id", source).en, "; it needs a security policy with TLS 1.2 or newer only"]),
}

redirected := {position |
	some rule in resources.of_type("alicloud_alb_rule")
	some action in fields.blocks(rule, "rule_actions")
	fields.known(action, "type") == "Redirect"
	some redirect in fields.blocks(action, "redirect_config")
	fields.known(redirect, "protocol") == "HTTPS"
	some position in links.parents("alb_rule_listener", rule)
}

# What keeps a rule from being read as a redirect to HTTPS, as {zh, en} texts: its actions, an
# action's type, its redirect_config or that block's protocol, set from an expression.
pending_redirect(rule) := [fields.describe("rule_actions", pending.block(rule, "rule_actions"))] if {
	pending.block(rule, "rule_actions")
} else := [text |
	some action in fields.blocks(rule, "rule_actions")
	some text in pending_action(rule, action)
]

# Positions of the HTTP listeners a rule with a pending redirect belongs to; that rule is reported
# instead of the listener.
pending_listeners := {position |
	some rule in resources.of_type("alicloud_alb_rule")
	count(pending_redirect(rule)) > 0
	some position in links.parents("alb_rule_listener", rule)
}

pending_action(rule, action) := [fields.describe("rule_actions.type", source)] if {
	source := pending.nested(rule, "rule_actions", action, "type")
	source.status == "unresolved"
} else := [fields.describe("rule_actions.redirect_config", pending.nested_block(rule, "rule_actions", action, "redirect_config"))] if {
	fields.known(action, "type") == "Redirect"
	pending.block(action, "redirect_config")
} else := [fields.describe("redirect_config.protocol", source) |
	fields.known(action, "type") == "Redirect"
	some redirect in fields.blocks(action, "redirect_config")
	source := pending.nested(rule, "rule_actions", redirect, "protocol")
	source.status == "unresolved"
]

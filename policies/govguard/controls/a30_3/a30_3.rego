package govguard.controls.a30_3

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.params
import data.govguard.lib.ram

metadata := {
	"id": "A30.3",
	"article": 30,
	"articles": [30],
	"severity": "medium",
	"title": {
		"zh": "控制台会话按时失效",
		"en": "Idle sessions time out",
	},
	"requirement": {
		"zh": "alicloud_ram_security_preference 显式设置 login_session_duration，且不超过 identity.max_session_hours（默认 6 小时）。",
		"en": "alicloud_ram_security_preference sets login_session_duration explicitly to at most identity.max_session_hours (6 by default).",
	},
	"remediation": {
		"zh": "设置 login_session_duration = 6（或更短）。",
		"en": "Set login_session_duration = 6 (or shorter).",
	},
	"decisions": [{
		"zh": "login_session_duration 是可选且由服务端计算的属性，未设置无法核实，须显式设置。",
		"en": "login_session_duration is optional and computed by the service, so unset cannot be verified and it must be set.",
	}],
	"resources": ["alicloud_ram_security_preference"],
	"deciding": [{"type": "alicloud_ram_security_preference", "attribute": "login_session_duration"}],
}

max_hours := params.effective.identity.max_session_hours

violations contains {
	"resource": preference.address,
	"attribute": "login_session_duration",
	"message": {
		"zh": concat("", [said1.zh, "；不能超过 ", fields.int_text(max_hours), " 小时"]),
		"en": concat("", [said1.en, "; it must be at most ", fields.int_text(max_hours), " hours"]),
	},
} if {
	some preference in ram.preferences
	source := links.explicit(preference, "login_session_duration")
	not short_enough(source)
	said1 := fields.describe("login_session_duration", source)
}

short_enough(source) if fields.number(source) <= max_hours

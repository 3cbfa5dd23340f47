package govguard.controls.a19_4

import data.govguard.lib.fields
import data.govguard.lib.network
import data.govguard.lib.params
import data.govguard.lib.ram
import data.govguard.lib.stack

metadata := {
	"id": "A19.4",
	"article": 19,
	"articles": [19],
	"severity": "medium",
	"scope": "stack",
	"title": {
		"zh": "控制台登录限定在允许的网络",
		"en": "Console sign-in is limited to allowed networks",
	},
	"requirement": {
		"zh": "栈中创建 alicloud_ram_login_profile（控制台登录）时，须有 alicloud_ram_security_preference，其 login_network_masks 非空且每个网段都在 admin.allowed_cidrs 之内；身份安全在别处统一管理时设置 identity.managed_elsewhere。",
		"en": "When the stack creates alicloud_ram_login_profile (console sign-in), an alicloud_ram_security_preference sets login_network_masks, non-empty, with every mask inside admin.allowed_cidrs; set identity.managed_elsewhere when identity security is managed centrally.",
	},
	"remediation": {
		"zh": "添加 alicloud_ram_security_preference，设置 login_network_masks 为办公或运维网段（以分号分隔）。",
		"en": "Add an alicloud_ram_security_preference with login_network_masks set to the office or operations ranges (separated by semicolons).",
	},
	"decisions": [{
		"zh": "没有安全设置时报告在 (stack) 上；安全设置中的网段不合规时报告在安全设置上。",
		"en": "With no security preference the stack, (stack), is reported; with a preference whose masks fall short, the preference is.",
	}],
	"resources": ["alicloud_ram_login_profile", "alicloud_ram_security_preference"],
	"deciding": [{"type": "alicloud_ram_security_preference", "attribute": "login_network_masks"}],
}

managed_elsewhere if params.effective.identity.managed_elsewhere == true

violations contains {
	"resource": stack.address,
	"attribute": "alicloud_ram_security_preference",
	"message": {
		"zh": "栈中创建了控制台登录配置，但没有限制登录网段的 alicloud_ram_security_preference",
		"en": "the stack creates console login profiles but has no alicloud_ram_security_preference limiting sign-in networks",
	},
} if {
	not managed_elsewhere
	count(ram.preferences) == 0
	count(ram.login_profiles) > 0
}

violations contains {
	"resource": preference.address,
	"attribute": "login_network_masks",
	"message": message(source),
} if {
	not managed_elsewhere
	count(ram.login_profiles) > 0
	some preference in ram.preferences
	source := fields.get(preference, "login_network_masks")
	not restricted(source)
}

# --- helpers ---------------------------------------------------------------------------------

masks(value) := [trim_space(mask) | some part in split(value, ";"); some mask in split(part, ","); trim_space(mask) != ""]

restricted(source) if {
	source.status == "known"
	count(masks(source.value)) > 0
	every mask in masks(source.value) {
		network.inside(mask, params.admin_cidrs)
	}
}

message(source) := {
	"zh": concat("", ["login_network_masks 为 ", source.value, "，并非都在管理网段（", concat("、", params.admin_cidrs), "）之内"]),
	"en": concat("", ["login_network_masks is ", source.value, ", not all inside the admin ranges (", concat(", ", params.admin_cidrs), ")"]),
} if {
	source.status == "known"
	source.value != ""
} else := {
	"zh": concat("", [fields.describe("login_network_masks", source).zh, "，控制台登录没有网段限制"]),
	"en": concat("", [fields.describe("login_network_masks", source).en, ", so console sign-in is not limited to any network"]),
}

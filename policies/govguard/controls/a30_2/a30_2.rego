package govguard.controls.a30_2

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.ram

metadata := {
	"id": "A30.2",
	"article": 30,
	"articles": [30],
	"severity": "high",
	"title": {
		"zh": "控制台登录使用多因素认证",
		"en": "Multi-factor sign-in",
	},
	"requirement": {
		"zh": "每个 alicloud_ram_login_profile 的 mfa_bind_required = true，或 alicloud_ram_security_preference 设置 mfa_operation_for_login = \"mandatory\"（旧版提供方为 enforce_mfa_for_login = true）。",
		"en": "Every alicloud_ram_login_profile has mfa_bind_required = true, or an alicloud_ram_security_preference sets mfa_operation_for_login = \"mandatory\" (enforce_mfa_for_login = true on older providers).",
	},
	"remediation": {
		"zh": "在安全设置中设置 mfa_operation_for_login = \"mandatory\"，或为每个登录配置设置 mfa_bind_required = true。",
		"en": "Set mfa_operation_for_login = \"mandatory\" in the security preference, or mfa_bind_required = true on every login profile.",
	},
	"decisions": [
		{
			"zh": "mfa_bind_required 是可选且由服务端计算的属性，未设置无法核实，须显式设置。",
			"en": "mfa_bind_required is optional and computed by the service, so unset cannot be verified and it must be set.",
		},
		{
			"zh": "安全设置的多因素登录开关在应用前未知、且有登录配置未自行绑定 MFA 时，报告在该安全设置上（无法核实）。",
			"en": "A security preference whose MFA setting is only known after apply, while a login profile does not bind MFA itself, is reported on the preference (cannot be verified).",
		},
	],
	"resources": ["alicloud_ram_login_profile", "alicloud_ram_security_preference"],
	"deciding": [
		{"type": "alicloud_ram_login_profile", "attribute": "mfa_bind_required"},
		{"type": "alicloud_ram_security_preference", "attribute": "mfa_operation_for_login"},
		{"type": "alicloud_ram_security_preference", "attribute": "enforce_mfa_for_login"},
	],
}

violations contains {
	"resource": profile.address,
	"attribute": "mfa_bind_required",
	"message": {
		"zh": concat("", [said1.zh, "，且安全设置没有强制多因素登录"]),
		"en": concat("", [said1.en, ", and no security preference makes MFA mandatory"]),
	},
} if {
	not mandatory
	count(pending_preferences) == 0
	some profile in ram.login_profiles
	source := links.explicit(profile, "mfa_bind_required")
	not bound(source)
	said1 := fields.describe("mfa_bind_required", source)
}

# A security preference whose MFA setting is only known after apply, while some login profile
# does not bind MFA itself: whether MFA is mandatory cannot be verified.
violations contains {
	"resource": preference.address,
	"attribute": concat(", ", [name | some name, _ in pending]),
	"message": {
		"zh": concat("", [concat("；", [fields.describe(name, source).zh | some name, source in pending]), "，无法核实控制台登录是否强制多因素认证"]),
		"en": concat("", [concat("; ", [fields.describe(name, source).en | some name, source in pending]), ", so whether MFA is mandatory for console sign-in cannot be verified"]),
	},
} if {
	not mandatory
	some preference in pending_preferences
	pending := mfa_settings(preference)
	some profile in ram.login_profiles
	not binds_mfa(profile)
}

binds_mfa(profile) if bound(links.explicit(profile, "mfa_bind_required"))

# Evaluated in parts (govguard/about/joins): a security preference is judged against every login
# profile, so the part that owns it holds them all.
companions.alicloud_ram_security_preference contains "alicloud_ram_login_profile"

pending_preferences := [preference | some preference in ram.preferences; count(mfa_settings(preference)) > 0]

# {attribute: source} of a preference's MFA settings that are only known after apply.
mfa_settings(preference) := {name: source |
	some name in ["mfa_operation_for_login", "enforce_mfa_for_login"]
	source := links.explicit(preference, name)
	source.status == "unresolved"
}

mandatory if {
	some preference in ram.preferences
	fields.known(preference, "mfa_operation_for_login") == "mandatory"
}

mandatory if {
	some preference in ram.preferences
	fields.boolean(fields.get(preference, "enforce_mfa_for_login")) == true
}

bound(source) if fields.boolean(source) == true

package govguard.controls.a30_1

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.params
import data.govguard.lib.problems
import data.govguard.lib.ram
import data.govguard.lib.stack

metadata := {
	"id": "A30.1",
	"article": 30,
	"articles": [30],
	"severity": "high",
	"scope": "stack",
	"title": {
		"zh": "密码策略限制登录失败次数并要求强密码",
		"en": "The password policy limits failed logins and enforces strength",
	},
	"requirement": {
		"zh": "密码策略（alicloud_ram_account_password_policy 或 alicloud_ram_password_policy）：登录失败次数限制在 1 至 identity.max_login_attempts（默认 5）之间（新资源的属性名拼作 max_login_attemps）；最短 12 位；要求大小写字母、数字与符号；禁止重复使用最近 5 次以上的密码；有效期 1 至 90 天。栈中创建登录配置（alicloud_ram_login_profile）时必须有密码策略，除非设置 identity.managed_elsewhere。",
		"en": "The password policy (alicloud_ram_account_password_policy or alicloud_ram_password_policy): failed logins limited to between 1 and identity.max_login_attempts (5 by default; the newer resource spells it max_login_attemps); at least 12 characters; lower case, upper case, numbers and symbols required; at least the last 5 passwords not reused; expiry of 1 to 90 days. A stack that creates login profiles (alicloud_ram_login_profile) needs one, unless identity.managed_elsewhere is set.",
	},
	"remediation": {
		"zh": "设置 max_login_attempts = 5、minimum_password_length = 14、四类字符均要求、password_reuse_prevention = 5、max_password_age = 90。",
		"en": "Set max_login_attempts = 5, minimum_password_length = 14, all four character classes, password_reuse_prevention = 5 and max_password_age = 90.",
	},
	"decisions": [{
		"zh": "alicloud_ram_account_password_policy 的未设置属性取提供方默认值（长度 12、要求各类字符、失败 5 次，但不限重复与有效期）；alicloud_ram_password_policy 没有默认值，未设置即违规。",
		"en": "Unset attributes of alicloud_ram_account_password_policy take the provider defaults (length 12, every class, 5 attempts, but no reuse or age limit); alicloud_ram_password_policy has no defaults, so unset is a violation.",
	}],
	"resources": ["alicloud_ram_account_password_policy", "alicloud_ram_password_policy", "alicloud_ram_login_profile"],
	"deciding": [
		{"type": "alicloud_ram_account_password_policy", "attribute": "minimum_password_length"},
		{"type": "alicloud_ram_account_password_policy", "attribute": "password_reuse_prevention"},
		{"type": "alicloud_ram_account_password_policy", "attribute": "max_password_age"},
		{"type": "alicloud_ram_account_password_policy", "attribute": "max_login_attempts"},
		{"type": "alicloud_ram_account_password_policy", "attribute": "require_lowercase_characters"},
		{"type": "alicloud_ram_account_password_policy", "attribute": "require_uppercase_characters"},
		{"type": "alicloud_ram_account_password_policy", "attribute": "require_numbers"},
		{"type": "alicloud_ram_account_password_policy", "attribute": "require_symbols"},
		{"type": "alicloud_ram_password_policy", "attribute": "minimum_password_length"},
		{"type": "alicloud_ram_password_policy", "attribute": "password_reuse_prevention"},
		{"type": "alicloud_ram_password_policy", "attribute": "max_password_age"},
		{"type": "alicloud_ram_password_policy", "attribute": "max_login_attemps"},
		{"type": "alicloud_ram_password_policy", "attribute": "require_lowercase_characters"},
		{"type": "alicloud_ram_password_policy", "attribute": "require_uppercase_characters"},
		{"type": "alicloud_ram_password_policy", "attribute": "require_numbers"},
		{"type": "alicloud_ram_password_policy", "attribute": "require_symbols"},
	],
}

max_attempts := params.effective.identity.max_login_attempts

# The provider defaults of alicloud_ram_account_password_policy (none for alicloud_ram_password_policy).
account_defaults := {
	"minimum_password_length": 12,
	"require_lowercase_characters": true,
	"require_uppercase_characters": true,
	"require_numbers": true,
	"require_symbols": true,
	"password_reuse_prevention": 0,
	"max_password_age": 0,
	"max_login_attempts": 5,
}

checks := [
	{"attr": "minimum_password_length", "min": 12, "max": 32},
	{"attr": "password_reuse_prevention", "min": 5, "max": 24},
	{"attr": "max_password_age", "min": 1, "max": 90},
	{"attr": "max_login_attempts", "min": 1, "max": max_attempts},
]

classes := ["require_lowercase_characters", "require_uppercase_characters", "require_numbers", "require_symbols"]

violations contains {
	"resource": stack.address,
	"attribute": "alicloud_ram_account_password_policy",
	"message": {
		"zh": "栈中创建了控制台登录配置，但没有密码策略",
		"en": "the stack creates console login profiles but has no password policy",
	},
} if {
	count(ram.login_profiles) > 0
	count(ram.password_policies) == 0
	not params.effective.identity.managed_elsewhere == true
}

violations contains object.union({"resource": policy.address}, problems.combined(found)) if {
	some policy in ram.password_policies
	found := policy_problems(policy)
	count(found) > 0
}

policy_problems(policy) := array.concat(
	[{
		"attribute": name,
		"message": {
			"zh": concat("", [fields.describe(name, source).zh, "，需要 ", fields.int_text(check.min), " 至 ", fields.int_text(check.max)]),
			"en": concat("", [fields.describe(name, source).en, ", needs ", fields.int_text(check.min), " to ", fields.int_text(check.max)]),
		},
	} |
		some check in checks
		source := setting(policy, check.attr)
		not within(source, check)
		name := attribute_name(policy, check.attr)
	],
	[{
		"attribute": class,
		"message": {
			"zh": concat("", [fields.describe(class, source).zh, "，密码必须包含该类字符"]),
			"en": concat("", [fields.describe(class, source).en, ", passwords must include that class of character"]),
		},
	} |
		some class in classes
		source := setting(policy, class)
		not required(source)
	],
)

# --- helpers ---------------------------------------------------------------------------------

# The newer resource misspells max_login_attempts.
attribute_name(policy, attr) := "max_login_attemps" if {
	attr == "max_login_attempts"
	policy.type == "alicloud_ram_password_policy"
} else := attr

# A setting as a value source, with the account policy's provider default when unset.
setting(policy, attr) := {"status": "known", "value": account_defaults[attr]} if {
	policy.type == "alicloud_ram_account_password_policy"
	not links.configured(policy, attr)
} else := fields.get(policy, attribute_name(policy, attr))

within(source, check) if {
	value := fields.number(source)
	value >= check.min
	value <= check.max
}

required(source) if fields.boolean(source) == true

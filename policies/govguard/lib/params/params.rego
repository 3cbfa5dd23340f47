# METADATA
# description: |
#   Control parameters: the catalogue's defaults, overridden by the user's configuration
#   (`govguard.yaml`), which the host supplies as `data.govguard_config`. Objects merge key by
#   key; a list in the configuration replaces the default list. These defaults are the single
#   source of truth: the CLI validates govguard.yaml against them and `govguard init` prints them.
package govguard.lib.params

mainland_public_regions := [
	"cn-qingdao", "cn-beijing", "cn-zhangjiakou", "cn-huhehaote", "cn-wulanchabu",
	"cn-hangzhou", "cn-shanghai", "cn-nanjing", "cn-fuzhou", "cn-shenzhen", "cn-heyuan",
	"cn-guangzhou", "cn-chengdu", "cn-zhongwei", "cn-wuhan-lr",
]

finance_regions := ["cn-hangzhou-finance", "cn-shanghai-finance-1", "cn-shenzhen-finance-1", "cn-beijing-finance-1"]

government_regions := ["cn-north-2-gov-1"]

mainland_regions := array.flatten([mainland_public_regions, finance_regions, government_regions])

private_ranges := ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]

# Cloud platforms of Alibaba Cloud and the regions each comprises. The user declares which one the
# stack runs on (cloud.platform) and the reference of its national cloud computing service
# security assessment (cloud.assessment_reference); A24.1 holds providers to that platform.
platforms := {
	"alibaba_cloud": {
		"name": {"zh": "阿里云（公共云、金融云、政务云）", "en": "Alibaba Cloud (public, finance and government clouds)"},
		"regions": mainland_regions,
	},
	"alibaba_cloud_public": {
		"name": {"zh": "阿里云公共云", "en": "Alibaba Cloud public cloud"},
		"regions": mainland_public_regions,
	},
	"alibaba_cloud_finance": {
		"name": {"zh": "阿里云金融云", "en": "Alibaba Cloud finance cloud"},
		"regions": finance_regions,
	},
	"alibaba_cloud_government": {
		"name": {"zh": "阿里云政务云", "en": "Alibaba Cloud government cloud"},
		"regions": government_regions,
	},
}

defaults := {
	"org": {"type": "party_government"},
	"cloud": {"platform": "alibaba_cloud", "assessment_reference": ""},
	"regions": {"allowed": mainland_regions},
	"admin": {
		"allowed_cidrs": private_ranges,
		"ports": [22, 3389, 3306, 5432, 1433, 6379, 27017, 9200, 5601, 8080, 8443],
	},
	"public": {"ports": [80, 443]},
	"network": {"internal_cidrs": private_ranges},
	"logs": {"min_retention_days": 365, "trail_managed_elsewhere": false},
	"data": {
		"tag_key": "data-classification",
		"values": ["public", "internal", "sensitive", "important", "core"],
		"important_values": ["important", "core"],
	},
	"tls": {"hsts_min_age": 31536000},
	"cdn": {"origin_cidrs": [], "origin_domains": ["*.gov.cn", "*.政务", "*.xn--zfr164b"]},
	"dr": {"min_backup_days": 7},
	"crypto": {"require_sm": false},
	"identity": {
		"max_login_attempts": 5,
		"max_session_hours": 6,
		"staff_admins": [],
		"vendor_principals": [],
		"managed_elsewhere": false,
	},
	"decommission": {"archived": []},
	"monitoring": {"managed_elsewhere": false},
	"waivers": {"require_owner": false, "require_expiry": false, "max_days": 0, "allow_blanket": true},
	"input": {"kind": "root"},
}

# What each parameter means, by its dotted key: `govguard init` and docs/controls.md print these,
# and a test keeps them in step with `defaults`.
documentation := {
	"org.type": {"zh": "机构类型：party_government（党政机关）或 public_institution（事业单位），决定 A5.1 要求的域名后缀", "en": "Organisation type: party_government or public_institution; decides the domain suffixes A5.1 requires"},
	"cloud.platform": {"zh": "栈所运行的、通过国家云计算服务安全评估的云平台（A24.1）", "en": "The cloud platform the stack runs on, which passed the national cloud computing service security assessment (A24.1)"},
	"cloud.assessment_reference": {"zh": "必填：该云平台通过国家云计算服务安全评估的编号或证明文件；为空时 A24.1 在 (stack) 上报告违规", "en": "Required: the reference of that platform's national cloud computing service security assessment; when empty, A24.1 reports a finding on (stack)"},
	"regions.allowed": {"zh": "允许的区域（A23.1、A23.2、A26.1、A28.2 等）；默认为全部中国内地区域、金融云与政务云", "en": "Allowed regions (A23.1, A23.2, A26.1, A28.2 and others); by default every mainland region, the finance clouds and the government cloud"},
	"admin.allowed_cidrs": {"zh": "可以访问管理端口、控制台与堡垒机的网段（A19.1、A19.3、A19.4、A19.5）", "en": "Ranges allowed to reach administration ports, the console and bastion hosts (A19.1, A19.3, A19.4, A19.5)"},
	"admin.ports": {"zh": "视为管理端口的端口（A19.1）", "en": "Ports treated as administration ports (A19.1)"},
	"public.ports": {"zh": "允许对互联网开放的端口（A19.2）", "en": "Ports that may be open to the internet (A19.2)"},
	"network.internal_cidrs": {"zh": "应用内部网段，数据库白名单只能包含这些网段与管理网段（A19.3）", "en": "The application's internal ranges; database allow-lists hold only these and the admin ranges (A19.3)"},
	"logs.min_retention_days": {"zh": "日志最短保存天数（A20.1、A20.2、A20.3、A20.5、A20.6、A20.7）", "en": "Minimum days logs are kept (A20.1, A20.2, A20.3, A20.5, A20.6, A20.7)"},
	"logs.trail_managed_elsewhere": {"zh": "账号级操作审计跟踪在别处管理时设为 true（A20.2）", "en": "true when an account-level audit trail is managed elsewhere (A20.2)"},
	"data.tag_key": {"zh": "数据分类分级标签的键（A21.1 等）", "en": "The tag key that carries the data classification (A21.1 and others)"},
	"data.values": {"zh": "数据分类分级标签允许的取值", "en": "Allowed values of the classification tag"},
	"data.important_values": {"zh": "视为重要数据的分类取值（A21.3、A26.1、A26.3、A26.4）", "en": "Classification values that mark important data (A21.3, A26.1, A26.3, A26.4)"},
	"tls.hsts_min_age": {"zh": "HSTS 最短有效期（秒）（A29.4）", "en": "Minimum HSTS max-age in seconds (A29.4)"},
	"cdn.origin_cidrs": {"zh": "允许作为 CDN 源站的 IP 网段（A28.2）", "en": "IP ranges allowed as CDN origins (A28.2)"},
	"cdn.origin_domains": {"zh": "允许作为 CDN 源站的域名模式（A28.2）", "en": "Domain patterns allowed as CDN origins (A28.2)"},
	"dr.min_backup_days": {"zh": "数据库备份最短保留天数（A26.3）", "en": "Minimum days database backups are kept (A26.3)"},
	"crypto.require_sm": {"zh": "要求使用商用密码（国密 SM）算法时设为 true（A17.1）", "en": "true when commercial (SM) cryptography is required (A17.1)"},
	"identity.max_login_attempts": {"zh": "密码策略允许的最多登录失败次数（A30.1）", "en": "Most failed sign-ins the password policy may allow (A30.1)"},
	"identity.max_session_hours": {"zh": "控制台会话最长小时数（A30.3）", "en": "Longest console session in hours (A30.3)"},
	"identity.staff_admins": {"zh": "可以获得 AdministratorAccess 的本单位人员（RAM 用户、组或角色名）（A25.1）", "en": "The organisation's own staff (RAM user, group or role names) who may hold AdministratorAccess (A25.1)"},
	"identity.vendor_principals": {"zh": "外包方使用的 RAM 用户、组或角色名，其权限须最小化并设到期时间（A25.2）", "en": "RAM users, groups or roles used by contractors, whose rights must be least-privilege and expire (A25.2)"},
	"identity.managed_elsewhere": {"zh": "密码策略、登录网段与多因素认证在别处统一管理时设为 true（A19.4、A30.1）", "en": "true when the password policy, sign-in networks and MFA are managed centrally elsewhere (A19.4, A30.1)"},
	"decommission.archived": {"zh": "数据已归档、可以删除的资源地址（支持 * 通配）（A12.1）", "en": "Addresses of resources whose data is archived and may be deleted (* wildcards allowed) (A12.1)"},
	"monitoring.managed_elsewhere": {"zh": "云监控告警在别处统一管理时设为 true（A36.1）", "en": "true when CloudMonitor alarms are managed centrally elsewhere (A36.1)"},
	"waivers.require_owner": {"zh": "为 true 时，waivers.yaml 中未填写 owner（负责人）的豁免项会被拒绝（退出码 2）；为 false 时在报告中警告", "en": "true refuses a waiver in waivers.yaml that names no owner (exit 2); false only warns in the report"},
	"waivers.require_expiry": {"zh": "为 true 时，未填写 expires（到期日）的豁免项会被拒绝（退出码 2）；为 false 时在报告中警告", "en": "true refuses a waiver with no expires date (exit 2); false only warns in the report"},
	"waivers.max_days": {"zh": "豁免项到期日距今最多天数，超出或未填写到期日即拒绝（退出码 2）；0 表示不限", "en": "The furthest ahead, in days from today, a waiver may expire; a later or missing expires date is refused (exit 2). 0 means no limit"},
	"input.kind": {"zh": "root：输入是部署用的根模块；module：输入是供根模块调用的可复用模块（同 --module，命令行优先），全栈与提供方控制项（A19.4、A20.2、A23.1、A24.1、A30.1、A36.1）改为一条说明，指出调用它的根模块须提供什么；计划 JSON 与 CDKTF 栈总是根模块", "en": "root: the input is a root module that is deployed; module: a reusable module that root modules call (as --module, which wins over this), so the stack-wide and provider controls (A19.4, A20.2, A23.1, A24.1, A30.1, A36.1) become one note naming what the calling root must provide; plan JSON and CDKTF stacks are always roots"},
	"waivers.allow_blanket": {"zh": "为 false 时拒绝覆盖整个控制项的通配豁免（如 *、*.*、alicloud_*、module.*，定义见 docs/waivers.md）；为 true 时在报告中警告", "en": "false refuses a blanket waiver, one whose pattern covers a whole control (such as *, *.*, alicloud_*, module.*; defined in docs/waivers.md); true only warns in the report"},
}

# What each parameter accepts; govguard.yaml is validated against it (errors below), so a typo or a
# malformed CIDR stops the run instead of silently leaving a default in place.
#   type: string | boolean | integer | list;  items (lists): string | cidr | port | region
schema := {
	"org.type": {"type": "string", "choices": ["party_government", "public_institution"]},
	"cloud.platform": {"type": "string", "choices": sort(object.keys(platforms))},
	"cloud.assessment_reference": {"type": "string"},
	"regions.allowed": {"type": "list", "items": "region"},
	"admin.allowed_cidrs": {"type": "list", "items": "cidr"},
	"admin.ports": {"type": "list", "items": "port"},
	"public.ports": {"type": "list", "items": "port"},
	"network.internal_cidrs": {"type": "list", "items": "cidr"},
	"logs.min_retention_days": {"type": "integer", "min": 1, "max": 3650},
	"logs.trail_managed_elsewhere": {"type": "boolean"},
	"data.tag_key": {"type": "string"},
	"data.values": {"type": "list", "items": "string"},
	"data.important_values": {"type": "list", "items": "string"},
	"tls.hsts_min_age": {"type": "integer", "min": 0, "max": 63072000},
	"cdn.origin_cidrs": {"type": "list", "items": "cidr"},
	"cdn.origin_domains": {"type": "list", "items": "string"},
	"dr.min_backup_days": {"type": "integer", "min": 1, "max": 730},
	"crypto.require_sm": {"type": "boolean"},
	"identity.max_login_attempts": {"type": "integer", "min": 1, "max": 32},
	"identity.max_session_hours": {"type": "integer", "min": 1, "max": 24},
	"identity.staff_admins": {"type": "list", "items": "string"},
	"identity.vendor_principals": {"type": "list", "items": "string"},
	"identity.managed_elsewhere": {"type": "boolean"},
	"decommission.archived": {"type": "list", "items": "string"},
	"monitoring.managed_elsewhere": {"type": "boolean"},
	"waivers.require_owner": {"type": "boolean"},
	"waivers.require_expiry": {"type": "boolean"},
	"waivers.max_days": {"type": "integer", "min": 0, "max": 3650},
	"waivers.allow_blanket": {"type": "boolean"},
	"input.kind": {"type": "string", "choices": ["root", "module"]},
}

default user := {}

user := data.govguard_config if is_object(data.govguard_config)

effective := object.union(defaults, user)

allowed_regions := {r | some r in effective.regions.allowed}

admin_cidrs := [c | some c in effective.admin.allowed_cidrs]

internal_cidrs := [c | some c in effective.network.internal_cidrs]

important_values := {v | some v in effective.data.important_values}

classification_values := {v | some v in effective.data.values}

# Problems with the configuration itself, which make the whole evaluation unreliable: each names
# the key path (admin.allowed_cidrs[1]) so the host can point at the line of govguard.yaml.
errors contains config_error(section, {"zh": "未知的配置项", "en": "is not a setting govguard knows"}) if {
	some section, _ in user
	not defaults[section]
}

errors contains config_error(section, {"zh": "应为映射（键: 值）", "en": "must be a mapping of settings"}) if {
	some section, values in user
	defaults[section]
	not is_object(values)
}

errors contains config_error(key, {"zh": "未知的配置项", "en": "is not a setting govguard knows"}) if {
	some section, values in user
	is_object(values)
	some name, _ in values
	key := concat(".", [section, name])
	defaults[section]
	not schema[key]
}

errors contains config_error(key, problem) if {
	some section, values in user
	is_object(values)
	some name, value in values
	key := concat(".", [section, name])
	some problem in value_problems(schema[key], value)
}

errors contains config_error(concat("", [key, "[", format_int(i, 10), "]"]), problem) if {
	some section, values in user
	is_object(values)
	some name, list in values
	key := concat(".", [section, name])
	schema[key].type == "list"
	is_array(list)
	some i, item in list
	some problem in item_problems(schema[key].items, item)
}

errors contains config_error("data.important_values", {
	"zh": concat("", ["包含 data.values 之外的取值：", concat("、", missing)]),
	"en": concat("", ["holds values that are not in data.values: ", concat(", ", missing)]),
}) if {
	missing := sort([v | some v in effective.data.important_values; not v in classification_values])
	count(missing) > 0
}

config_error(path, message) := {"code": "invalid_config", "path": path, "message": {
	"zh": concat("", ["配置项 ", path, " ", message.zh]),
	"en": concat("", ["setting ", path, " ", message.en]),
}}

value_problems(spec, value) := [{"zh": "应为字符串", "en": "must be a string"}] if {
	spec.type == "string"
	not is_string(value)
} else := [{"zh": "应为 true 或 false", "en": "must be true or false"}] if {
	spec.type == "boolean"
	not is_boolean(value)
} else := [{"zh": "应为整数", "en": "must be a whole number"}] if {
	spec.type == "integer"
	not whole(value)
} else := [{"zh": "应为列表", "en": "must be a list"}] if {
	spec.type == "list"
	not is_array(value)
} else := [{
	"zh": concat("", ["应在 ", format_int(spec.min, 10), " 至 ", format_int(spec.max, 10), " 之间"]),
	"en": concat("", ["must be between ", format_int(spec.min, 10), " and ", format_int(spec.max, 10)]),
}] if {
	spec.type == "integer"
	not within(value, spec)
} else := [{
	"zh": concat("", ["应为以下之一：", concat("、", spec.choices)]),
	"en": concat("", ["must be one of ", concat(", ", spec.choices)]),
}] if {
	spec.choices
	not value in spec.choices
} else := []

within(value, spec) if {
	value >= spec.min
	value <= spec.max
}

whole(value) if {
	is_number(value)
	value == floor(value)
}

item_problems("string", item) := [{"zh": "应为字符串", "en": "must be a string"}] if not is_string(item)

item_problems("cidr", item) := [{"zh": "不是有效的 IP 地址或 CIDR 网段", "en": "is not a valid IP address or CIDR range"}] if not valid_cidr(item)

item_problems("port", item) := [{"zh": "应为 1 至 65535 之间的端口号", "en": "must be a port number between 1 and 65535"}] if not valid_port(item)

item_problems("region", item) := [{"zh": "不是阿里云区域 ID（如 cn-hangzhou）", "en": "is not an Alibaba Cloud region ID (such as cn-hangzhou)"}] if not valid_region(item)

octet := `(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])`

ipv4 := concat("", [octet, `\.`, octet, `\.`, octet, `\.`, octet])

valid_cidr(item) if {
	is_string(item)
	regex.match(concat("", ["^", ipv4, `(/([0-9]|[12][0-9]|3[0-2]))?$`]), item)
}

valid_cidr(item) if {
	is_string(item)
	contains(item, ":")
	regex.match(`^[0-9A-Fa-f:.]+(/([0-9]|[1-9][0-9]|1[01][0-9]|12[0-8]))?$`, item)
}

valid_port(item) if {
	whole(item)
	item >= 1
	item <= 65535
}

valid_region(item) if {
	is_string(item)
	regex.match(`^[a-z]{2}(-[a-z0-9]+)+$`, item)
}

# Remarks for the reviewer that are not findings. (A missing cloud.assessment_reference used to
# be one; it is now an A24.1 finding on (stack).)
notes := set()

package govguard.controls.a20_2

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.oss
import data.govguard.lib.params
import data.govguard.lib.problems
import data.govguard.lib.regions
import data.govguard.lib.resources
import data.govguard.lib.sls
import data.govguard.lib.stack

metadata := {
	"id": "A20.2",
	"article": 20,
	"articles": [20],
	"severity": "high",
	"scope": "stack",
	"title": {
		"zh": "操作审计覆盖所有区域与所有事件",
		"en": "An operation audit trail covers all regions and events",
	},
	"requirement": {
		"zh": "栈中有 alicloud_actiontrail_trail，status 为 Enable（未设置即提供方文档默认值 Enable），显式设置 event_rw = All、trail_region = All，并投递到保存期限满足 A20.1 / A20.5 的本栈 SLS 项目或 OSS 存储桶；若账号级跟踪在别处管理，设置 logs.trail_managed_elsewhere。",
		"en": "The stack has an alicloud_actiontrail_trail whose status is Enable (unset means the provider's documented default, Enable), with event_rw = All and trail_region = All set explicitly, delivering to an SLS project or OSS bucket of this stack whose retention meets A20.1 / A20.5; set logs.trail_managed_elsewhere when an account-level trail is managed elsewhere.",
	},
	"remediation": {
		"zh": "添加操作审计跟踪：status = \"Enable\"、event_rw = \"All\"、trail_region = \"All\"，sls_project_arn 指向本栈中日志库保存至少一年的 SLS 项目（或 oss_bucket_name 指向不提前删除日志的存储桶）。",
		"en": "Add a trail with status = \"Enable\", event_rw = \"All\", trail_region = \"All\", and sls_project_arn pointing to an SLS project of this stack whose log stores keep a year (or oss_bucket_name pointing to a bucket that does not expire logs early).",
	},
	"decisions": [
		{
			"zh": "只要栈中创建了任何阿里云资源即适用；没有合规跟踪时报告在 (stack) 上，并逐一报告不合规的跟踪。",
			"en": "Applies to any stack that creates an alicloud resource; with no compliant trail, the stack is reported as (stack), and each non-compliant trail too.",
		},
		{
			"zh": "event_rw 与 trail_region 在提供方中是可选且由服务端计算的属性，未设置即无法核实，须显式设置。status 未设置时取提供方文档所载的默认值 Enable；设为 Disable 或取自应用前未知的值则违规。",
			"en": "event_rw and trail_region are optional and computed by the service, so unset cannot be verified and they must be set explicitly. An unset status takes the provider's documented default, Enable; Disable, or a value known only after apply, is a violation.",
		},
		{
			"zh": "投递目标不在本栈中时无法核实其保存期限，按违规处理；SLS 项目中的每个日志库都须保存至少一年（操作审计自动创建的日志库应在栈中显式定义）。",
			"en": "A delivery target outside this stack cannot be verified and counts as a violation; every log store of the target SLS project must keep a year (define the log store ActionTrail writes to explicitly).",
		},
	],
	"resources": ["alicloud_actiontrail_trail", "alicloud_log_project", "alicloud_log_store", "alicloud_oss_bucket"],
	"deciding": [
		{"type": "alicloud_actiontrail_trail", "attribute": "status"},
		{"type": "alicloud_actiontrail_trail", "attribute": "event_rw"},
		{"type": "alicloud_actiontrail_trail", "attribute": "trail_region"},
		{"type": "alicloud_actiontrail_trail", "attribute": "sls_project_arn"},
		{"type": "alicloud_log_store", "attribute": "retention_period"},
		{"type": "alicloud_oss_bucket", "attribute": "lifecycle_rule.expiration.days"},
	],
}

managed_elsewhere if params.effective.logs.trail_managed_elsewhere == true

trails := resources.of_type("alicloud_actiontrail_trail")

violations contains {
	"resource": stack.address,
	"attribute": "alicloud_actiontrail_trail",
	"message": {
		"zh": "栈中没有覆盖所有区域与事件的操作审计跟踪（如账号级跟踪在别处管理，请设置 logs.trail_managed_elsewhere）",
		"en": "the stack has no audit trail covering all regions and events (set logs.trail_managed_elsewhere if an account-level trail is managed elsewhere)",
	},
} if {
	stack.has_alicloud
	not managed_elsewhere
	count(trails) == 0
}

violations contains object.union({"resource": trail.address}, problems.combined(found)) if {
	not managed_elsewhere
	not any_compliant
	some trail in trails
	found := trail_problems(trail)
	count(found) > 0
}

# --- helpers ---------------------------------------------------------------------------------

any_compliant if {
	some trail in trails
	count(trail_problems(trail)) == 0
}

required := {"status": "Enable", "event_rw": "All", "trail_region": "All"}

# The provider documents these defaults; an attribute the configuration leaves unset takes them
# (plan JSON shows it as known after apply, which says nothing about the default).
documented_defaults := {"status": "Enable"}

trail_problems(trail) := setting_problems(trail) | delivery_problems(trail)

setting_problems(trail) := {{
	"attribute": attr,
	"message": {
		"zh": concat("", [fields.describe(attr, source).zh, "，需要 ", value]),
		"en": concat("", [fields.describe(attr, source).en, ", needs ", value]),
	},
} |
	some attr, value in required
	source := links.explicit(trail, attr)
	not setting_holds(attr, source, value)
}

setting_holds(_, source, value) if source.value == value

setting_holds(attr, source, value) if {
	source.status == "missing"
	documented_defaults[attr] == value
}

# The caveat once for both languages: it walks the trail's buckets' lifecycle rules.
delivery_problems(trail) := set() if {
	delivers(trail)
} else := {{
	"attribute": "sls_project_arn",
	"message": {
		"zh": concat("", [caveat.zh, "跟踪没有投递到本栈中保存期限可核实的 SLS 项目或 OSS 存储桶"]),
		"en": concat("", [caveat.en, "the trail delivers to no SLS project or OSS bucket of this stack whose retention can be verified"]),
	},
}} if {
	caveat := fields.caveat(delivery_unverifiable(trail))
}

delivers(trail) if {
	project := sls_project(trail)
	sls.projects[project]
	stores := sls.stores_in(sls.placed, project)
	count(stores) > 0
	every store in stores {
		sls.keeps_a_year(store)
	}
}

delivers(trail) if {
	some position in oss.trail_bucket_positions(trail)
	not oss.expires_early(resources.list[position], params.effective.logs.min_retention_days)
	count(oss.expiry_unverifiable(resources.list[position], params.effective.logs.min_retention_days)) == 0
}

# "acs:log:cn-hangzhou:123:project/audit" -> "audit".
sls_project(trail) := trim_prefix(parts[count(parts) - 1], "project/") if {
	arn := fields.known(trail, "sls_project_arn")
	regions.from_arn(arn)
	parts := split(arn, ":")
}

# A project named in the ARN through a reference to an alicloud_log_project of the stack.
sls_project(trail) := sls.project_name(resources.list[position]) if {
	not fields.known(trail, "sls_project_arn")
	some position in links.referenced(trail, "sls_project_arn", "alicloud_log_project")
}

# What the trail's delivery is set from that is only known after apply: a destination that is
# neither literal nor a reference to a resource of the stack, and the retention of the log
# stores of its project.
delivery_unverifiable(trail) := array.flatten([destination_texts(trail), retention_texts(trail), bucket_texts(trail)])

destination_texts(trail) := [fields.describe(name, source) |
	some name in ["sls_project_arn", "oss_bucket_name"]
	source := fields.get(trail, name)
	source.status == "unresolved"
	not destination_found(trail, name)
]

destination_found(trail, "sls_project_arn") if sls_project(trail)

destination_found(trail, "oss_bucket_name") if count(oss.trail_bucket_positions(trail)) > 0

retention_texts(trail) := [fields.describe(concat("", [store.address, ".retention_period"]), source) |
	some store in sls.stores_in(sls.placed, sls_project(trail))
	source := fields.get(store, "retention_period")
	source.status == "unresolved"
]

bucket_texts(trail) := [text |
	some position in oss.trail_bucket_positions(trail)
	some text in oss.expiry_unverifiable(resources.list[position], params.effective.logs.min_retention_days)
]

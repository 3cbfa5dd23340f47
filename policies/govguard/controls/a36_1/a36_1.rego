package govguard.controls.a36_1

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.params
import data.govguard.lib.resources
import data.govguard.lib.stack

metadata := {
	"id": "A36.1",
	"article": 36,
	"articles": [36],
	"severity": "low",
	"scope": "stack",
	"title": {
		"zh": "应用接入云监控告警",
		"en": "The application is monitored",
	},
	"requirement": {
		"zh": "栈中有云监控告警（alicloud_cms_alarm 或 alicloud_cms_group_metric_rule），且每个告警都设置了联系人组；监控在别处统一管理时设置 monitoring.managed_elsewhere。",
		"en": "The stack has CloudMonitor alarms (alicloud_cms_alarm or alicloud_cms_group_metric_rule), each with a contact group; set monitoring.managed_elsewhere when monitoring is managed centrally.",
	},
	"remediation": {
		"zh": "添加 alicloud_cms_alarm（contact_groups 指向值班联系人组），或在别处统一管理监控时设置 monitoring.managed_elsewhere。",
		"en": "Add an alicloud_cms_alarm with contact_groups naming the on-call group, or set monitoring.managed_elsewhere when monitoring is managed centrally.",
	},
	"decisions": [
		{
			"zh": "只要栈中创建了任何阿里云资源即适用；没有任何告警时报告在 (stack) 上。",
			"en": "Applies to any stack that creates an alicloud resource; with no alarm at all, the stack is reported as (stack).",
		},
		{
			"zh": "联系人组未设置或应用前未知的告警无法核实有人接收，报告在该告警上。",
			"en": "An alarm whose contact groups are not set or only known after apply cannot be verified to reach anyone and is reported on itself.",
		},
	],
	"resources": ["alicloud_cms_alarm", "alicloud_cms_group_metric_rule"],
	"deciding": [
		{"type": "alicloud_cms_alarm", "attribute": "contact_groups"},
		{"type": "alicloud_cms_group_metric_rule", "attribute": "contact_groups"},
	],
}

alarms := array.concat(resources.of_type("alicloud_cms_alarm"), resources.of_type("alicloud_cms_group_metric_rule"))

violations contains {
	"resource": stack.address,
	"attribute": "alicloud_cms_alarm",
	"message": {
		"zh": "栈中没有云监控告警（alicloud_cms_alarm 或 alicloud_cms_group_metric_rule）",
		"en": "the stack has no CloudMonitor alarm (alicloud_cms_alarm or alicloud_cms_group_metric_rule)",
	},
} if {
	stack.has_alicloud
	not params.effective.monitoring.managed_elsewhere == true
	count(alarms) == 0
}

violations contains {
	"resource": alarm.address,
	"attribute": "contact_groups",
	"message": {
		"zh": concat("", [said1.zh, "，告警没有可核实的联系人组，无人接收"]),
		"en": concat("", [said1.en, ", so the alarm notifies no contact group that can be verified"]),
	},
} if {
	some alarm in alarms
	source := links.explicit(alarm, "contact_groups")
	not notifies(source)
	said1 := fields.describe("contact_groups", source)
}

notifies(source) if {
	source.status == "known"
	count(source.value) > 0
}

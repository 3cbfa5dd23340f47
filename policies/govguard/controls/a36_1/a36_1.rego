# METADATA
# description: A36.1 the application is monitored.
package govguard.controls.a36_1

import data.govguard.lib.fields
import data.govguard.lib.params
import data.govguard.lib.resources
import data.govguard.lib.stack

metadata := {
	"id": "A36.1",
	"article": 36,
	"articles": [36],
	"severity": "low",
	"title": {
		"zh": "应用接入云监控告警",
		"en": "The application is monitored",
	},
	"requirement": {
		"zh": "栈中有运行应用的资源（ECS、数据库、缓存、负载均衡、CDN）时，须有带联系人组的云监控告警（alicloud_cms_alarm 或 alicloud_cms_group_metric_rule），或设置 monitoring.managed_elsewhere。",
		"en": "When the stack runs an application (ECS, databases, caches, load balancers, CDN), it has CloudMonitor alarms with a contact group (alicloud_cms_alarm or alicloud_cms_group_metric_rule), or monitoring.managed_elsewhere is set.",
	},
	"remediation": {
		"zh": "添加 alicloud_cms_alarm（contact_groups 指向值班联系人组），或在别处统一管理监控时设置 monitoring.managed_elsewhere。",
		"en": "Add an alicloud_cms_alarm with contact_groups naming the on-call group, or set monitoring.managed_elsewhere when monitoring is managed centrally.",
	},
	"decisions": [{
		"zh": "只有存储、网络或身份资源的栈不运行应用，不要求告警。",
		"en": "A stack of storage, network or identity resources alone runs no application and needs no alarm.",
	}],
	"resources": ["alicloud_cms_alarm", "alicloud_cms_group_metric_rule"],
}

application_types := {
	"alicloud_instance", "alicloud_db_instance", "alicloud_polardb_cluster", "alicloud_kvstore_instance",
	"alicloud_mongodb_instance", "alicloud_slb_load_balancer", "alicloud_alb_load_balancer",
	"alicloud_cdn_domain_new", "alicloud_dcdn_domain",
}

violations contains {
	"resource": stack.address,
	"attribute": "alicloud_cms_alarm",
	"message": {
		"zh": "栈中运行应用，但没有带联系人组的云监控告警",
		"en": "the stack runs an application but has no CloudMonitor alarm with a contact group",
	},
} if {
	stack.has_any(application_types)
	not params.effective.monitoring.managed_elsewhere == true
	not alarmed
}

alarmed if {
	some alarm in resources.of_type("alicloud_cms_alarm")
	count(fields.value_or(alarm, "contact_groups", [])) > 0
}

alarmed if {
	some rule in resources.of_type("alicloud_cms_group_metric_rule")
	fields.get(rule, "contact_groups").status == "known"
}

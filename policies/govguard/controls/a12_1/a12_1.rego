package govguard.controls.a12_1

import data.govguard.lib.classification
import data.govguard.lib.params
import data.govguard.lib.patterns
import data.govguard.lib.resources

metadata := {
	"id": "A12.1",
	"article": 12,
	"articles": [12],
	"severity": "high",
	"title": {
		"zh": "销毁数据存储前先归档数据",
		"en": "Data is archived before a data store is destroyed",
	},
	"requirement": {
		"zh": "计划中删除或替换（先删后建）承载数据的资源时，其地址须列在 decommission.archived 中（支持 * 通配），或以豁免说明理由。",
		"en": "When a plan deletes or replaces a data-bearing resource, its address is listed in decommission.archived (with * wildcards), or the finding is waived with a reason.",
	},
	"remediation": {
		"zh": "先按第十二条归档该资源的数据，再把其地址加入 govguard.yaml 的 decommission.archived。",
		"en": "Archive the resource's data as Article 12 requires, then add its address to decommission.archived in govguard.yaml.",
	},
	"decisions": [
		{
			"zh": "只适用于计划输入：配置代码不包含删除动作。",
			"en": "Applies to plan input only: configuration code carries no deletions.",
		},
		{
			"zh": "替换会先销毁原资源，同样需要先归档。",
			"en": "A replacement destroys the old resource first and needs the same archiving.",
		},
		{
			"zh": "由计划中的动作（删除或替换）与 decommission.archived 参数判断，不取决于资源属性的取值（deciding 为空）。",
			"en": "Decided by the plan's action (delete or replace) and the decommission.archived parameter, not by any resource attribute's value (deciding is empty).",
		},
	],
	"resources": sort(classification.data_bearing_types),
	"deciding": [],
	"shapes": ["plan"],
}

archived(address) if patterns.matches_any(params.effective.decommission.archived, address)

violations contains {
	"resource": resource.address,
	"attribute": "action",
	"message": {
		"zh": concat("", ["计划将", verb_zh[resource.action], "该数据存储，但其地址不在 decommission.archived 中"]),
		"en": concat("", ["the plan ", verb_en[resource.action], " this data store, but its address is not in decommission.archived"]),
	},
} if {
	some resource in resources.deleted
	resource.type in classification.data_bearing_types
	not archived(resource.address)
}

verb_zh := {"delete": "删除", "replace": "替换（先删除）"}

verb_en := {"delete": "deletes", "replace": "replaces (destroying first)"}

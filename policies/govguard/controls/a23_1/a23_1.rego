package govguard.controls.a23_1

import data.govguard.lib.params
import data.govguard.lib.provider

metadata := {
	"id": "A23.1",
	"article": 23,
	"articles": [23],
	"severity": "critical",
	"scope": "stack",
	"title": {
		"zh": "阿里云提供方必须显式设置境内允许的区域",
		"en": "Every alicloud provider sets an allowed mainland region explicitly",
	},
	"requirement": {
		"zh": "每个 alicloud 提供方配置（默认与别名、所有模块中）都必须显式设置 region，且取值在允许的中国内地区域列表中。",
		"en": "Every alicloud provider configuration, default and aliases, in every module, sets region explicitly to a region on the allowed mainland list.",
	},
	"remediation": {
		"zh": "在 provider \"alicloud\" 块中设置 region，取值为允许的境内区域（如 cn-hangzhou），或取自有值的变量；不要依赖环境变量或默认值。",
		"en": "Set region in the provider \"alicloud\" block to an allowed mainland region (for example cn-hangzhou), as a constant or from a variable with a value; never rely on the environment or the default.",
	},
	"decisions": [
		{
			"zh": "未设置 region 时提供方会依次使用 ALICLOUD_REGION 环境变量、CLI 配置文件或 cn-beijing，计划中无从核实，因此判为违规。",
			"en": "Without region the provider falls back to ALICLOUD_REGION, a CLI profile or cn-beijing, none of which the plan records, so a missing region is a violation.",
		},
		{
			"zh": "region 取自局部值、数据源或模块输出时，应用前无法确定，按“无法核实”判为违规。",
			"en": "A region taken from a local, a data source or a module output is not known before apply and is a violation (cannot be verified).",
		},
		{
			"zh": "按允许列表逐一比对，从不按前缀判断：cn-hongkong 不属于中国内地。",
			"en": "Regions are matched against the allow-list exactly, never by prefix: cn-hongkong is outside the mainland.",
		},
		{
			"zh": "本项只取决于提供方配置（region、endpoints），不取决于任何资源属性；其取值在应用前未知时按无法核实判为违规。",
			"en": "This control depends on provider configurations (region, endpoints), on no resource attribute; a value of theirs only known after apply is a violation (cannot be verified).",
		},
	],
	"resources": ["provider.alicloud"],
	"deciding": [],
}

violations contains {
	"resource": config.key,
	"attribute": "region",
	"message": {
		"zh": "未设置 region：提供方将回退到 ALICLOUD_REGION 环境变量、CLI 配置文件或 cn-beijing，无法核实数据所在区域",
		"en": "region is not set: the provider falls back to ALICLOUD_REGION, a CLI profile or cn-beijing, so where data lives cannot be verified",
	},
} if {
	some config in provider.alicloud
	config.region.status == "missing"
}

violations contains {
	"resource": config.key,
	"attribute": "region",
	"message": {
		"zh": concat("", ["region 取自 ", config.region.expression, "，应用前无法确定其值，无法核实"]),
		"en": concat("", ["region is set from ", config.region.expression, ", which is not known before apply, so it cannot be verified"]),
	},
} if {
	some config in provider.alicloud
	config.region.status == "unresolved"
}

violations contains {
	"resource": config.key,
	"attribute": "region",
	"message": {
		"zh": concat("", ["region 为 ", said1.zh, "，不在允许的中国内地区域列表中"]),
		"en": concat("", ["region is ", said1.en, ", which is not an allowed mainland region"]),
	},
} if {
	some config in provider.alicloud
	config.region.status == "known"
	not config.region.value in params.allowed_regions
	said1 := display(config.region)
}

# A region as findings show it: never a sensitive value, never an empty one.
display(source) := {"zh": "(sensitive)", "en": "(sensitive)"} if {
	source.sensitive == true
} else := {"zh": "空值", "en": "empty"} if {
	source.value == ""
} else := {"zh": source.value, "en": source.value} if {
	is_string(source.value)
} else := {"zh": json.marshal(source.value), "en": json.marshal(source.value)}

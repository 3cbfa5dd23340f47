# METADATA
# description: |
#   Control parameters: the catalogue's defaults, overridden by the user's configuration
#   (`govguard.yaml`), which the host supplies as `data.govguard_config`. Objects merge key by
#   key; a list in the configuration replaces the default list.
package govguard.lib.params

mainland_regions := [
	"cn-qingdao", "cn-beijing", "cn-zhangjiakou", "cn-huhehaote", "cn-wulanchabu",
	"cn-hangzhou", "cn-shanghai", "cn-nanjing", "cn-fuzhou", "cn-shenzhen", "cn-heyuan",
	"cn-guangzhou", "cn-chengdu", "cn-zhongwei", "cn-wuhan-lr",
	"cn-hangzhou-finance", "cn-shanghai-finance-1", "cn-shenzhen-finance-1", "cn-beijing-finance-1",
	"cn-north-2-gov-1",
]

defaults := {"regions": {"allowed": mainland_regions}}

default user := {}

user := data.govguard_config if is_object(data.govguard_config)

effective := object.union(defaults, user)

allowed_regions := {r | some r in effective.regions.allowed}

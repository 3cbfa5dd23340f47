package govguard.controls.a19_5

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.network
import data.govguard.lib.params
import data.govguard.lib.resources

metadata := {
	"id": "A19.5",
	"article": 19,
	"articles": [19],
	"severity": "medium",
	"title": {
		"zh": "堡垒机公网访问限定白名单",
		"en": "Bastion hosts are not open to the world",
	},
	"requirement": {
		"zh": "alicloud_bastionhost_instance 开启公网访问（enable_public_access = true）时，public_white_list 非空且每一项都在 admin.allowed_cidrs 之内。",
		"en": "When an alicloud_bastionhost_instance enables public access (enable_public_access = true), public_white_list is non-empty with every entry inside admin.allowed_cidrs.",
	},
	"remediation": {
		"zh": "关闭堡垒机公网访问，或把 public_white_list 限定为管理网段。",
		"en": "Switch public access off, or limit public_white_list to the admin ranges.",
	},
	"decisions": [{
		"zh": "enable_public_access 是可选且由服务端计算的属性；未设置时无法核实是否开放公网，须显式设置为 false 或配置白名单。",
		"en": "enable_public_access is optional and computed by the service; unset cannot be verified, so set it to false explicitly or configure the allow-list.",
	}],
	"resources": ["alicloud_bastionhost_instance"],
	"deciding": [
		{"type": "alicloud_bastionhost_instance", "attribute": "enable_public_access"},
		{"type": "alicloud_bastionhost_instance", "attribute": "public_white_list"},
	],
}

violations contains {
	"resource": bastion.address,
	"attribute": "public_white_list",
	"message": {
		"zh": concat("", [said1.zh, "堡垒机开放公网访问（或未显式关闭），但 public_white_list 未限定在管理网段（", concat("、", params.admin_cidrs), "）之内：", said2.zh]),
		"en": concat("", [said1.en, "the bastion is open to the internet (or not explicitly closed) and public_white_list is not limited to the admin ranges (", concat(", ", params.admin_cidrs), "): ", said2.en]),
	},
} if {
	some bastion in resources.of_type("alicloud_bastionhost_instance")
	not closed(bastion)
	not allow_listed(bastion)
	said1 := unverifiable(bastion)
	said2 := allow_list_text(bastion, "public_white_list")
}

# --- helpers ---------------------------------------------------------------------------------

closed(bastion) if fields.boolean(links.explicit(bastion, "enable_public_access")) == false

allow_listed(bastion) if {
	entries := fields.known(bastion, "public_white_list")
	count(entries) > 0
	every entry in entries {
		network.inside(entry, params.admin_cidrs)
	}
}

allow_list_text(resource, attribute) := network.outside_text(entries, params.admin_cidrs) if {
	entries := fields.known(resource, attribute)
} else := {"zh": "列表未设置或无法读取", "en": "the list is not set or cannot be read"}

unverifiable(bastion) := fields.caveat(fields.unresolved_texts({
	"enable_public_access": links.explicit(bastion, "enable_public_access"),
	"public_white_list": fields.get(bastion, "public_white_list"),
}))

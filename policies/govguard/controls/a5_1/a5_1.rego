package govguard.controls.a5_1

import data.govguard.lib.fields
import data.govguard.lib.params
import data.govguard.lib.resources

metadata := {
	"id": "A5.1",
	"article": 5,
	"articles": [5, 31],
	"severity": "medium",
	"title": {
		"zh": "域名使用规定的后缀",
		"en": "Public domains carry the required suffix",
	},
	"requirement": {
		"zh": "org.type 为 party_government（党政机关）时，域名以 .gov.cn 或 .政务（xn--zfr164b）结尾；为 public_institution（事业单位）时，以 .cn 或 .公益（xn--55qw42g）结尾。检查 alicloud_alidns_domain、alicloud_alidns_record 的主机名、alicloud_cdn_domain_new、alicloud_dcdn_domain 与 alicloud_esa_site。",
		"en": "When org.type is party_government, domains end in .gov.cn or .政务 (xn--zfr164b); when it is public_institution, in .cn or .公益 (xn--55qw42g). Checked on alicloud_alidns_domain, alicloud_alidns_record hosts, alicloud_cdn_domain_new, alicloud_dcdn_domain and alicloud_esa_site.",
	},
	"remediation": {
		"zh": "使用符合机构类型的域名：党政机关用 .gov.cn / .政务，事业单位用 .cn / .公益。",
		"en": "Use a domain that fits the organisation type: .gov.cn / .政务 for Party and government bodies, .cn / .公益 for public institutions.",
	},
	"decisions": [
		{
			"zh": "比较时忽略大小写与末尾的点，中文后缀同时接受其 punycode 形式。",
			"en": "Case and a trailing dot are ignored, and Chinese suffixes are accepted in their punycode form too.",
		},
		{
			"zh": "域名在应用前未知时按无法核实判为违规。",
			"en": "A domain name that is only known after apply is a violation (cannot be verified).",
		},
	],
	"resources": ["alicloud_alidns_domain", "alicloud_alidns_record", "alicloud_cdn_domain_new", "alicloud_dcdn_domain", "alicloud_esa_site"],
	"deciding": [
		{"type": "alicloud_alidns_domain", "attribute": "domain_name"},
		{"type": "alicloud_alidns_record", "attribute": "domain_name"},
		{"type": "alicloud_cdn_domain_new", "attribute": "domain_name"},
		{"type": "alicloud_dcdn_domain", "attribute": "domain_name"},
		{"type": "alicloud_esa_site", "attribute": "site_name"},
	],
}

suffixes := {
	"party_government": [".gov.cn", ".政务", ".xn--zfr164b"],
	"public_institution": [".cn", ".公益", ".xn--55qw42g"],
}

org_type := params.effective.org.type

allowed_suffixes := object.get(suffixes, org_type, suffixes.party_government)

named := [
	{"type": "alicloud_alidns_domain", "attr": "domain_name"},
	{"type": "alicloud_cdn_domain_new", "attr": "domain_name"},
	{"type": "alicloud_dcdn_domain", "attr": "domain_name"},
	{"type": "alicloud_esa_site", "attr": "site_name"},
	{"type": "alicloud_alidns_record", "attr": "domain_name"},
]

violations contains {
	"resource": resource.address,
	"attribute": spec.attr,
	"message": message(spec.attr, source, org_type, allowed_suffixes),
} if {
	some spec in named
	some resource in resources.of_type(spec.type)
	source := fields.get(resource, spec.attr)
	not compliant(source)
}

compliant(source) if {
	source.status == "known"
	name := domain(source)
	not reserved_for_others(name)
	some suffix in allowed_suffixes
	endswith(name, suffix)
}

domain(source) := trim_suffix(lower(source.value), ".")

# Article 5: sites of bodies other than Party and government bodies must not use .gov.cn or .政务.
reserved_for_others(name) if {
	org_type != "party_government"
	some suffix in suffixes.party_government
	endswith(name, suffix)
}

message(attr, source, org, endings) := {
	"zh": concat("", [fields.describe(attr, source).zh, "，.gov.cn 与 .政务 只供党政机关使用"]),
	"en": concat("", [fields.describe(attr, source).en, "; .gov.cn and .政务 are for Party and government bodies only"]),
} if {
	source.status == "known"
	reserved_for_others(domain(source))
} else := {
	"zh": concat("", [fields.describe(attr, source).zh, "，", organisation_zh(org), "的域名应以 ", concat(" 或 ", endings), " 结尾"]),
	"en": concat("", [fields.describe(attr, source).en, "; domains of ", organisation_en(org), " end in ", concat(" or ", endings)]),
} if {
	source.status == "known"
} else := {
	"zh": concat("", [fields.describe(attr, source).zh, "，无法核实域名后缀"]),
	"en": concat("", [fields.describe(attr, source).en, ", so its suffix cannot be verified"]),
}

organisation_zh("public_institution") := "事业单位"

organisation_zh(org) := "党政机关" if org != "public_institution"

organisation_en("public_institution") := "public institutions"

organisation_en(org) := "Party and government bodies" if org != "public_institution"

package govguard.controls.a29_6

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.policydoc
import data.govguard.lib.resources

metadata := {
	"id": "A29.6",
	"article": 29,
	"articles": [29],
	"severity": "medium",
	"title": {
		"zh": "对象存储拒绝非加密（HTTP）访问",
		"en": "Object storage refuses plain HTTP",
	},
	"requirement": {
		"zh": "每个 OSS 存储桶都有存储桶策略（alicloud_oss_bucket_policy 或内联 policy），其中一条 Deny 语句在 acs:SecureTransport 为 false 时拒绝访问。",
		"en": "Every OSS bucket has a bucket policy (alicloud_oss_bucket_policy or the inline policy) with a Deny statement conditioned on acs:SecureTransport being false.",
	},
	"remediation": {
		"zh": "添加策略语句：{\"Effect\":\"Deny\",\"Principal\":[\"*\"],\"Action\":[\"oss:*\"],\"Resource\":[\"acs:oss:*:*:<bucket>\",\"acs:oss:*:*:<bucket>/*\"],\"Condition\":{\"Bool\":{\"acs:SecureTransport\":[\"false\"]}}}。",
		"en": "Add the statement {\"Effect\":\"Deny\",\"Principal\":[\"*\"],\"Action\":[\"oss:*\"],\"Resource\":[\"acs:oss:*:*:<bucket>\",\"acs:oss:*:*:<bucket>/*\"],\"Condition\":{\"Bool\":{\"acs:SecureTransport\":[\"false\"]}}}.",
	},
	"decisions": [
		{
			"zh": "策略在应用前未知或不是有效 JSON 时无法核实，按违规处理。",
			"en": "A policy that is only known after apply or is not valid JSON cannot be verified and counts as missing.",
		},
		{
			"zh": "存储桶策略在应用前未知时按无法核实判为违规；独立策略资源的取值未知时报告在该资源上。",
			"en": "A bucket policy only known after apply is a violation (cannot be verified); a standalone policy resource whose value is unknown is reported on itself.",
		},
	],
	"resources": ["alicloud_oss_bucket", "alicloud_oss_bucket_policy"],
	"deciding": [
		{"type": "alicloud_oss_bucket", "attribute": "policy"},
		{"type": "alicloud_oss_bucket_policy", "attribute": "policy"},
	],
}

violations contains {
	"resource": bucket.address,
	"attribute": "policy",
	"message": bucket_message(links.explicit(bucket, "policy")),
} if {
	some bucket in resources.of_type("alicloud_oss_bucket")
	inline := fields.get(bucket, "policy")
	not refuses_http(inline)
	not refused_by_standalone[bucket.position]
	not pending_standalone[bucket.position]
}

# A standalone policy only known after apply, for a bucket no other policy settles.
violations contains {
	"resource": policy.address,
	"attribute": "policy",
	"message": {
		"zh": concat("", [said1.zh, "，无法核实是否拒绝 HTTP 明文访问"]),
		"en": concat("", [said1.en, ", so whether plain HTTP is refused cannot be verified"]),
	},
} if {
	some policy in resources.of_type("alicloud_oss_bucket_policy")
	source := fields.get(policy, "policy")
	source.status == "unresolved"
	some position in links.parents("oss_policy", policy)
	not refused_by_standalone[position]
	not refused_inline(position)
	said1 := fields.describe("policy", source)
}

# The standalone policy above is judged with the other policies of its bucket: a partitioned
# evaluation must hold them with it (govguard/about/joins).
siblings contains "alicloud_oss_bucket_policy"

refused_inline(position) if refuses_http(fields.get(resources.list[position], "policy"))

bucket_message(inline) := {
	"zh": concat("", [fields.describe("policy", inline).zh, "，无法核实是否拒绝 HTTP 明文访问"]),
	"en": concat("", [fields.describe("policy", inline).en, ", so whether plain HTTP is refused cannot be verified"]),
} if {
	inline.status == "unresolved"
} else := {
	"zh": "存储桶策略中没有在 acs:SecureTransport 为 false 时拒绝访问的 Deny 语句，HTTP 明文访问未被拒绝",
	"en": "no bucket policy has a Deny statement for acs:SecureTransport false, so plain HTTP is not refused",
}

pending_standalone := {position |
	some policy in resources.of_type("alicloud_oss_bucket_policy")
	fields.get(policy, "policy").status == "unresolved"
	some position in links.parents("oss_policy", policy)
}

refused_by_standalone := {position |
	some policy in resources.of_type("alicloud_oss_bucket_policy")
	refuses_http(fields.get(policy, "policy"))
	some position in links.parents("oss_policy", policy)
}

refuses_http(source) if {
	some statement in policydoc.statements(policydoc.parse(source))
	policydoc.denies(statement)
	some value in policydoc.condition_values(statement, "acs:SecureTransport")
	lower(as_text(value)) == "false"
}

# A condition value as text: "false" or the boolean false.
as_text(value) := value if is_string(value)

as_text(value) := json.marshal(value) if not is_string(value)

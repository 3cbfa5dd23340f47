package govguard.controls.a22_1

import data.govguard.lib.fields
import data.govguard.lib.links
import data.govguard.lib.policydoc
import data.govguard.lib.problems
import data.govguard.lib.resources

metadata := {
	"id": "A22.1",
	"article": 22,
	"articles": [22],
	"severity": "critical",
	"title": {
		"zh": "对象存储不得公开访问",
		"en": "Object storage is never public",
	},
	"requirement": {
		"zh": "OSS 存储桶不使用 public-read / public-read-write 访问控制（内联 acl 或 alicloud_oss_bucket_acl）；存储桶策略不向 Principal \"*\" 无条件授权；每个存储桶都由 alicloud_oss_bucket_public_access_block（或账号级 alicloud_oss_account_public_access_block）阻止公共访问。",
		"en": "OSS buckets use no public-read / public-read-write ACL (inline acl or alicloud_oss_bucket_acl); no bucket policy allows Principal \"*\" without a restricting condition; every bucket has public access blocked by alicloud_oss_bucket_public_access_block (or account-wide by alicloud_oss_account_public_access_block).",
	},
	"remediation": {
		"zh": "将 acl 设为 private；删除或收紧向 \"*\" 授权的策略语句（增加 acs:SourceIp / acs:SourceVpc 等条件）；为存储桶添加 block_public_access = true 的 alicloud_oss_bucket_public_access_block。",
		"en": "Set acl to private; remove or restrict policy statements that allow \"*\" (add a condition such as acs:SourceIp / acs:SourceVpc); add an alicloud_oss_bucket_public_access_block with block_public_access = true for the bucket.",
	},
	"decisions": [
		{
			"zh": "未设置 acl 时 OSS 默认为私有，不单独判为违规；公共访问阻止项另行要求。",
			"en": "An unset acl means OSS's private default and is not a violation by itself; blocking public access is required separately.",
		},
		{
			"zh": "acl 或策略取自应用前未知的表达式时，按无法核实判为违规。",
			"en": "An acl or policy that is only known after apply is a violation (cannot be verified).",
		},
		{
			"zh": "向 \"*\" 的授权只有在条件限制来源网络或调用者（acs:SourceIp、acs:SourceVpc、acs:SourceVpcId、acs:AccessId、acs:PrincipalARN、acs:PrincipalAccount）时才不算公开；acs:SecureTransport、acs:Referer 等条件不限制访问者。",
			"en": "An Allow to \"*\" is not public only when a condition limits the source network or caller (acs:SourceIp, acs:SourceVpc, acs:SourceVpcId, acs:AccessId, acs:PrincipalARN, acs:PrincipalAccount); acs:SecureTransport, acs:Referer and the like do not limit who gets in.",
		},
		{
			"zh": "没有公共访问阻止资源时报告在存储桶上；阻止资源存在但未开启时报告在该资源上。",
			"en": "A bucket without a public access block is reported on the bucket; a block that exists but does not block is reported on the block.",
		},
		{
			"zh": "账号级 alicloud_oss_account_public_access_block（block_public_access = true）覆盖本账号所有存储桶。",
			"en": "An account-wide alicloud_oss_account_public_access_block with block_public_access = true covers every bucket of the account.",
		},
	],
	"resources": [
		"alicloud_oss_bucket", "alicloud_oss_bucket_acl", "alicloud_oss_bucket_policy",
		"alicloud_oss_bucket_public_access_block", "alicloud_oss_account_public_access_block",
	],
	"deciding": [
		{"type": "alicloud_oss_bucket", "attribute": "acl"},
		{"type": "alicloud_oss_bucket", "attribute": "policy"},
		{"type": "alicloud_oss_bucket_acl", "attribute": "acl"},
		{"type": "alicloud_oss_bucket_policy", "attribute": "policy"},
		{"type": "alicloud_oss_bucket_public_access_block", "attribute": "block_public_access"},
		{"type": "alicloud_oss_account_public_access_block", "attribute": "block_public_access"},
	],
}

# One finding per resource (lib.problems): a bucket's own acl, inline policy and missing block,
# or a standalone acl, policy or block resource's problem, reported on that resource.
violations contains object.union({"resource": holder.address}, problems.combined(found)) if {
	some holder in holders
	found := array.flatten([acl_problems(holder), policy_problems(holder), block_problems(holder, unblocked)])
	count(found) > 0
}

holders := array.flatten([
	acl_holders,
	resources.of_type("alicloud_oss_bucket_policy"),
	resources.of_type("alicloud_oss_bucket_public_access_block"),
	resources.of_type("alicloud_oss_account_public_access_block"),
])

# Positions of the buckets whose public access nothing blocks.
unblocked := {bucket.position |
	not account_blocked
	some bucket in resources.of_type("alicloud_oss_bucket")
	not with_block[bucket.position]
}

acl_problems(holder) := [problem |
	holder.type in {"alicloud_oss_bucket", "alicloud_oss_bucket_acl"}
	some problem in acl_problem(holder, fields.get(holder, "acl"))
]

acl_problem(holder, source) := [{
	"attribute": "acl",
	"message": {
		"zh": concat("", ["acl 为 ", source.value, "，存储桶可被公开访问"]),
		"en": concat("", ["acl is ", source.value, ", so the bucket is open to the public"]),
	},
}] if {
	source.value in public_acls
}

# A standalone ACL must be set; an inline one may be left to OSS's private default. A plan leaves
# an unset inline acl unknown (it is Optional and Computed), which is that default too.
else := [{
	"attribute": "acl",
	"message": {
		"zh": concat("", ["acl 取自 ", source.expression, "，应用前无法核实是否公开"]),
		"en": concat("", ["acl is set from ", source.expression, ", so whether the bucket is public cannot be verified"]),
	},
}] if {
	source.status == "unresolved"
	not inline_default(holder)
} else := []

policy_problems(holder) := [problem |
	holder.type in {"alicloud_oss_bucket", "alicloud_oss_bucket_policy"}
	some problem in policy_problem(fields.get(holder, "policy"))
]

policy_problem(source) := [{
	"attribute": "policy",
	"message": {
		"zh": concat("", ["policy 取自 ", source.expression, "，应用前无法核实是否公开"]),
		"en": concat("", ["policy is set from ", source.expression, ", so whether it opens the bucket cannot be verified"]),
	},
}] if {
	source.status == "unresolved"
} else := [{
	"attribute": "policy",
	"message": {
		"zh": "policy 不是有效的 JSON 策略文档，无法核实",
		"en": "policy is not a valid JSON policy document, so it cannot be verified",
	},
}] if {
	source.status == "known"
	not policydoc.parse(source)
} else := [{
	"attribute": "policy",
	"message": {
		"zh": "存储桶策略向 Principal \"*\" 授权，且没有限制来源网络或调用者的条件（acs:SourceIp、acs:SourceVpc、acs:AccessId 等），存储桶可被公开访问",
		"en": "the bucket policy allows Principal \"*\" with no condition limiting the source network or caller (acs:SourceIp, acs:SourceVpc, acs:AccessId and the like), so the bucket is open to the public",
	},
}] if {
	some statement in policydoc.statements(policydoc.parse(source))
	policydoc.allows(statement)
	"*" in policydoc.principals(statement)
	not policydoc.restricts_callers(statement)
} else := []

block_problems(holder, unblocked_positions) := [{
	"attribute": "block_public_access",
	"message": {
		"zh": "存储桶没有 block_public_access = true 的 alicloud_oss_bucket_public_access_block，公共访问未被阻止",
		"en": "the bucket has no alicloud_oss_bucket_public_access_block with block_public_access = true, so public access is not blocked",
	},
}] if {
	holder.type == "alicloud_oss_bucket"
	unblocked_positions[holder.position]
} else := [{
	"attribute": "block_public_access",
	"message": {
		"zh": concat("", [fields.describe("block_public_access", source).zh, "，公共访问未被阻止"]),
		"en": concat("", [fields.describe("block_public_access", source).en, ", so public access is not blocked"]),
	},
}] if {
	holder.type in {"alicloud_oss_bucket_public_access_block", "alicloud_oss_account_public_access_block"}
	source := fields.get(holder, "block_public_access")
	not blocks_public(source)
} else := []

# --- helpers ---------------------------------------------------------------------------------

public_acls := {"public-read", "public-read-write"}

acl_holders := array.concat(resources.of_type("alicloud_oss_bucket"), resources.of_type("alicloud_oss_bucket_acl"))

inline_default(holder) if {
	holder.type == "alicloud_oss_bucket"
	not links.configured(holder, "acl")
}

account_blocked if {
	some block in resources.of_type("alicloud_oss_account_public_access_block")
	blocks_public(fields.get(block, "block_public_access"))
}

# Buckets with a standalone block; a block that does not block is reported on itself.
with_block := links.with_children("oss_public_access_block")

blocks_public(source) if fields.boolean(source) == true

# METADATA
# description: |
#   Builds test inputs in every shape from one compact spec, so a control's tests cover plan JSON,
#   hcl2json output and Terraform JSON (CDKTF) alike:
#     spec := {"<type>": {"<name>": {<attributes, blocks as arrays of objects>}}}
#   "${type.name.attr}" strings are references: in a plan they become unknown values with
#   configuration `references`, as terraform writes them. Other "${...}" strings are unknown too.
package govguard.testkit_test

region := "cn-hangzhou"

provider_block := {"region": region}

# --- the three shapes --------------------------------------------------------------------------

hcl(spec) := {
	"provider": {"alicloud": [provider_block]},
	"resource": {type: {name: [body] | some name, body in named} | some type, named in spec},
}

# Terraform JSON as CDKTF writes it: a block given once is an object, not an array.
tfjson(spec) := {
	"//": {"metadata": {"backend": "local", "stackName": "test", "version": "0.21.0"}},
	"provider": {"alicloud": [provider_block]},
	"resource": {type: {name: objectify(body) | some name, body in named} | some type, named in spec},
}

plan(spec) := {
	"format_version": "1.2",
	"terraform_version": "1.5.7",
	"variables": {},
	"planned_values": {"root_module": {}},
	"resource_changes": [change(type, name, body) | some type, named in spec; some name, body in named],
	"configuration": {
		"provider_config": {"alicloud": {
			"name": "alicloud",
			"full_name": "registry.terraform.io/aliyun/alicloud",
			"expressions": {"region": {"constant_value": region}},
		}},
		"root_module": {"resources": [{
			"address": concat(".", [type, name]),
			"mode": "managed",
			"type": type,
			"name": name,
			"provider_config_key": "alicloud",
			"expressions": expressions(body),
		} |
			some type, named in spec
			some name, body in named
		]},
	},
}

shapes(spec) := {"plan": plan(spec), "hcl": hcl(spec), "tfjson": tfjson(spec)}

# --- conversions -------------------------------------------------------------------------------

is_expression(value) if {
	is_string(value)
	contains(value, "${")
}

# Rego has no recursion: bodies are converted three levels deep (a block inside a block inside
# a resource, such as lifecycle_rule.expiration), which is as deep as the controls look.
is_block_list(value) if {
	is_array(value)
	count(value) > 0
	every v in value {
		is_object(v)
	}
}

# Each level has its own functions, since OPA rejects any cycle between functions.
objectify(body) := {key: objectify_value2(value) | some key, value in body}

objectify_value2(value) := objectify2(value[0]) if {
	is_block_list(value)
	count(value) == 1
} else := [objectify2(v) | some v in value] if {
	is_block_list(value)
} else := value

objectify2(body) := {key: objectify_value3(value) | some key, value in body}

objectify_value3(value) := value[0] if {
	is_block_list(value)
	count(value) == 1
} else := value

change(type, name, body) := {
	"address": concat(".", [type, name]),
	"mode": "managed",
	"type": type,
	"name": name,
	"provider_name": "registry.terraform.io/aliyun/alicloud",
	"change": {
		"actions": ["create"],
		"before": null,
		"after": after(body),
		"after_unknown": unknown(body),
		"after_sensitive": {},
	},
}

after(body) := {key: after_value2(value) | some key, value in body; not is_expression(value)}

after_value2(value) := [after2(v) | some v in value] if {
	is_block_list(value)
} else := value

after2(body) := {key: after_value3(value) | some key, value in body; not is_expression(value)}

after_value3(value) := [after3(v) | some v in value] if {
	is_block_list(value)
} else := value

after3(body) := {key: value | some key, value in body; not is_expression(value)}

unknown(body) := {key: mark | some key, value in body; mark := unknown_value2(value)}

unknown_value2(value) if {
	is_expression(value)
} else := [unknown2(v) | some v in value] if {
	is_block_list(value)
	some v in value
	count(unknown2(v)) > 0
}

unknown2(body) := {key: mark | some key, value in body; mark := unknown_value3(value)}

unknown_value3(value) if {
	is_expression(value)
} else := [unknown3(v) | some v in value] if {
	is_block_list(value)
	some v in value
	count(unknown3(v)) > 0
}

unknown3(body) := {key: true | some key, value in body; is_expression(value)}

expressions(body) := {key: expression2(value) | some key, value in body}

expression2(value) := {"references": references(value)} if {
	is_expression(value)
} else := [expressions2(v) | some v in value] if {
	is_block_list(value)
} else := {"constant_value": value}

expressions2(body) := {key: expression3(value) | some key, value in body}

expression3(value) := {"references": references(value)} if {
	is_expression(value)
} else := [expressions3(v) | some v in value] if {
	is_block_list(value)
} else := {"constant_value": value}

expressions3(body) := {key: expression4(value) | some key, value in body}

expression4(value) := {"references": references(value)} if {
	is_expression(value)
} else := {"constant_value": value}

# "${alicloud_oss_bucket.b.bucket}" -> ["alicloud_oss_bucket.b.bucket", "alicloud_oss_bucket.b"]
references(value) := [inner, concat(".", array.slice(parts, 0, 2))] if {
	inner := trim_suffix(trim_prefix(value, "${"), "}")
	parts := split(inner, ".")
	count(parts) > 2
} else := [trim_suffix(trim_prefix(value, "${"), "}")]

# --- reading reports ---------------------------------------------------------------------------

# Addresses a control reports in a report.
found(report, control) := {f.resource | some f in report.findings; f.control == control}

# {address: message.en} of a control's findings, where each address has one.
messages(report, control) := {f.resource: f.message.en | some f in report.findings; f.control == control}

# {[address, attribute, message.en]} of a control's findings, for several per address.
details(report, control) := {[f.resource, f.attribute, f.message.en] | some f in report.findings; f.control == control}

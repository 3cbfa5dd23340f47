package govguard.lib.params_test

import data.govguard.lib.params

test_the_schema_covers_every_default if {
	{concat(".", [section, name]) | some section, values in params.defaults; some name in object.keys(values)} == object.keys(params.schema)
	object.keys(params.schema) == object.keys(params.documentation)
}

test_defaults_and_a_full_valid_configuration_have_no_errors if {
	count(params.errors) == 0
	valid := {
		"org": {"type": "public_institution"},
		"cloud": {"platform": "alibaba_cloud_government", "assessment_reference": "GB/T 31167-2023 #42"},
		"regions": {"allowed": ["cn-north-2-gov-1"]},
		"admin": {"allowed_cidrs": ["10.8.0.0/16", "192.0.2.7", "2001:db8::/32"], "ports": [22, 3389]},
		"logs": {"min_retention_days": 730, "trail_managed_elsewhere": true},
		"data": {"values": ["public", "internal", "important"], "important_values": ["important"]},
	}
	count(params.errors) == 0 with data.govguard_config as valid
}

test_unknown_keys_wrong_types_and_bad_items_name_their_path if {
	config := {
		"admn": {"ports": [22]},
		"logs": {"min_retention_days": "365", "retention": 400},
		"admin": {"allowed_cidrs": ["10.0.0.0/8", "10.0.0/8", "300.1.1.1/32"], "ports": [22, 70000]},
		"crypto": {"require_sm": "yes"},
		"identity": {"max_session_hours": 48},
		"org": {"type": "ministry"},
		"regions": {"allowed": "cn-hangzhou"},
		"tls": "strict",
	}
	found := {[e.path, e.message.en] | some e in params.errors} with data.govguard_config as config
	found == {
		["admn", "setting admn is not a setting govguard knows"],
		["logs.min_retention_days", "setting logs.min_retention_days must be a whole number"],
		["logs.retention", "setting logs.retention is not a setting govguard knows"],
		["admin.allowed_cidrs[1]", "setting admin.allowed_cidrs[1] is not a valid IP address or CIDR range"],
		["admin.allowed_cidrs[2]", "setting admin.allowed_cidrs[2] is not a valid IP address or CIDR range"],
		["admin.ports[1]", "setting admin.ports[1] must be a port number between 1 and 65535"],
		["crypto.require_sm", "setting crypto.require_sm must be true or false"],
		["identity.max_session_hours", "setting identity.max_session_hours must be between 1 and 24"],
		["org.type", "setting org.type must be one of party_government, public_institution"],
		["regions.allowed", "setting regions.allowed must be a list"],
		["tls", "setting tls must be a mapping of settings"],
	}
}

test_important_values_must_be_classification_values if {
	config := {"data": {"values": ["public", "internal"], "important_values": ["core"]}}
	found := {e.path | some e in params.errors} with data.govguard_config as config
	found == {"data.important_values"}
}

test_waiver_governance_settings_have_defaults_and_are_validated if {
	params.defaults.waivers == {"require_owner": false, "require_expiry": false, "max_days": 0, "allow_blanket": true}
	count(params.errors) == 0 with data.govguard_config as {"waivers": {"require_owner": true, "require_expiry": true, "max_days": 90, "allow_blanket": false}}
	config := {"waivers": {"require_owner": "yes", "require_expiry": 1, "max_days": -1, "allow_blanket": null, "max_age": 3}}
	found := {[e.path, e.message.en] | some e in params.errors} with data.govguard_config as config
	found == {
		["waivers.require_owner", "setting waivers.require_owner must be true or false"],
		["waivers.require_expiry", "setting waivers.require_expiry must be true or false"],
		["waivers.max_days", "setting waivers.max_days must be between 0 and 3650"],
		["waivers.allow_blanket", "setting waivers.allow_blanket must be true or false"],
		["waivers.max_age", "setting waivers.max_age is not a setting govguard knows"],
	}
	{e.path | some e in params.errors} == {"waivers.max_days"} with data.govguard_config as {"waivers": {"max_days": 30.5}}
}

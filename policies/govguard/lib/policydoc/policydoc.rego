# METADATA
# description: |
#   RAM and OSS policy documents (JSON strings): statements with their effect, principals, actions,
#   resources and conditions, each normalised to lists. A document that is unknown before apply or
#   is not valid JSON yields no statements; rules decide what that means.
package govguard.lib.policydoc

# The parsed document of a value source holding a JSON string.
parse(source) := document if {
	source.status == "known"
	is_string(source.value)
	json.is_valid(source.value)
	document := json.unmarshal(source.value)
	is_object(document)
} else := source.value if {
	source.status == "known"
	is_object(source.value)
}

statements(document) := document.Statement if {
	is_array(document.Statement)
} else := [document.Statement] if {
	is_object(document.Statement)
} else := []

as_list(value) := value if is_array(value)

as_list(value) := [value] if is_string(value)

# Principals of a statement: "*" for Principal "*" or {"RAM": "*"}, else the listed ones.
principals(statement) := as_list(statement.Principal) if {
	not is_object(statement.Principal)
} else := [p | some values in statement.Principal; some p in as_list(values)]

actions(statement) := as_list(object.get(statement, "Action", []))

resources(statement) := as_list(object.get(statement, "Resource", []))

allows(statement) if lower(object.get(statement, "Effect", "")) == "allow"

denies(statement) if lower(object.get(statement, "Effect", "")) == "deny"

# The condition values for a key under any operator: {"Bool": {"acs:SecureTransport": ["false"]}}.
condition_values(statement, key) := [v |
	some clauses in object.get(statement, "Condition", {})
	is_object(clauses)
	some k, values in clauses
	lower(k) == lower(key)
	some v in as_list_any(values)
]

as_list_any(value) := value if is_array(value)

as_list_any(value) := [value] if not is_array(value)

# Condition keys that limit who can use a statement: source networks and caller identities.
# acs:SecureTransport, acs:CurrentTime, acs:UserAgent or acs:Referer (which callers set freely)
# do not make an Allow to "*" any less public.
restricting_keys := {"acs:sourceip", "acs:sourcevpc", "acs:sourcevpcid", "acs:accessid", "acs:principalarn", "acs:principalaccount"}

restricts_callers(statement) if {
	some clauses in object.get(statement, "Condition", {})
	is_object(clauses)
	some key, _ in clauses
	lower(key) in restricting_keys
}

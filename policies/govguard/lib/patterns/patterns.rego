# METADATA
# description: |
#   Address patterns, as decommission.archived and waivers write them: `*` matches any run of
#   characters and everything else stands for itself, so module.a[*].alicloud_oss_bucket.b matches
#   module.a[0].alicloud_oss_bucket.b. (glob.match would read [*] as a character class.) Patterns
#   become anchored RE2 expressions, which wasm and OPA evaluate alike.
package govguard.lib.patterns

metacharacters := {".", "+", "?", "(", ")", "[", "]", "{", "}", "^", "$", "|", "\\"}

escape(character) := concat("", ["\\", character]) if {
	character in metacharacters
} else := character

expression(pattern) := concat("", ["^", concat(".*", [literal(part) | some part in split(pattern, "*")]), "$"])

literal(part) := concat("", [escape(character) | some character in split(part, "")])

matches(pattern, text) if regex.match(expression(pattern), text)

matches_any(patterns, text) if {
	some pattern in patterns
	matches(pattern, text)
}

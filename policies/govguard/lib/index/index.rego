# METADATA
# description: |
#   Lookup tables built once and read in constant time. `unique` maps each entry's key to its
#   position; keys are unique in any well-formed input, and should a malformed one repeat a key,
#   that key maps to its first position instead of raising an object key conflict (which both of
#   OPA's evaluators would). An object comprehension is the only construct that stays linear at
#   100,000 entries in both evaluators (policies/README.md).
package govguard.lib.index

# entries: [{"key": string, "position": number}]
unique(entries) := {entry.key: entry.position | some entry in entries} if {
	count(keys(entries)) == count(entries)
} else := {key: min([entry.position | some entry in entries; entry.key == key]) | some key in keys(entries)}

keys(entries) := {entry.key | some entry in entries}

# METADATA
# description: |
#   Numbers as text for messages and addresses. format_int aborts the whole wasm evaluation
#   ("strings: get uint failed") for an integer outside the 32-bit range, so such numbers, and
#   any other number, are written by json.marshal instead.
package govguard.lib.digits

text(n) := format_int(n, 10) if {
	n == floor(n)
	abs(n) < 2147483648
} else := json.marshal(n)

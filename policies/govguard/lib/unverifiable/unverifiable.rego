# METADATA
# description: |
#   What govguard's own evaluator (src/evaluate) could not establish before apply in the .tf or
#   Terraform JSON it evaluated into a plan: the govguard_input.unverifiable section of that plan,
#   as the input gives it ([] when there is none). A18.1 judges each entry, and a section that is
#   not a list.
package govguard.lib.unverifiable

section := object.get(input, ["govguard_input", "unverifiable"], [])

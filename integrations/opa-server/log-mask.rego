# METADATA
# description: |
#   Decision-log mask for OPA servers running govguard (OPA evaluates data.system.log.mask for every
#   decision before logging it): the input is a whole Terraform plan, possibly megabytes, holding
#   values the plan itself marks sensitive. The logged decision keeps the report, the query path,
#   the bundle revision and the time; the erased input is listed under `erased`.
#   Load it next to the bundle: opa run --server --config-file opa-config.yaml log-mask.rego
# entrypoint: true
package system.log # regal ignore:directory-package-mismatch

mask contains "/input"

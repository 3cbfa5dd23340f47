# govguard policy set for HCP Terraform / Terraform Enterprise (OPA).
#
# HashiCorp's reference (policy set VCS configuration): "The root directory of your policy set
# repository must contain a configuration file named either policies.hcl or policies.json [...]
# If you do not specify an enforcement level, HCP Terraform uses advisory, meaning policy failures
# produce warnings but do not block Terraform runs." Each policy is one OPA query; the queries
# are the rules of govguard_hcp.rego (package terraform.govguard).
#
# Enforcement: critical and high findings, and any input that cannot be read, block the run
# (mandatory); medium and low findings warn (advisory). This is `govguard check --fail-on high`.
# To block on every finding, as `govguard check` does by default, set the medium and low
# policies to "mandatory".

policy "govguard-input" {
  query             = "data.terraform.govguard.deny_input"
  enforcement_level = "mandatory"
  description       = "govguard: the plan, govguard_config or govguard_waivers cannot be read / 无法读取计划、配置或豁免，无法核实"
}

policy "govguard-critical" {
  query             = "data.terraform.govguard.deny_critical"
  enforcement_level = "mandatory"
  description       = "govguard: critical findings / 严重违规"
}

policy "govguard-high" {
  query             = "data.terraform.govguard.deny_high"
  enforcement_level = "mandatory"
  description       = "govguard: high findings / 高危违规"
}

policy "govguard-medium" {
  query             = "data.terraform.govguard.deny_medium"
  enforcement_level = "advisory"
  description       = "govguard: medium findings / 中危违规"
}

policy "govguard-low" {
  query             = "data.terraform.govguard.deny_low"
  enforcement_level = "advisory"
  description       = "govguard: low findings / 低危违规"
}

policy "govguard-waived" {
  query             = "data.terraform.govguard.waived"
  enforcement_level = "advisory"
  description       = "govguard: findings covered by an active waiver / 已豁免的违规"
}

# Spacelift: the govguard plan policy and the after_plan hook that feeds it, with the Spacelift
# Terraform provider (spacelift-io/spacelift). The hook is stack configuration, owned by the
# platform team: a hook in the repository's .spacelift/config.yml would be the change author's.
# Spacelift：govguard 计划策略及为其提供报告的 after_plan 钩子（钩子属于栈配置，由平台团队管理）。

resource "spacelift_policy" "govguard" {
  name = "govguard"
  type = "PLAN"
  body = file("${path.module}/govguard_plan_policy.rego")
}

resource "spacelift_stack" "portal" {
  name         = "portal-prod"
  repository   = "portal"
  branch       = "main"
  project_root = "infra"

  # Runs in the project root after `terraform plan` wrote spacelift.plan. govguard reads
  # govguard.yaml and waivers.yaml from the project root; exit 1 (findings) is the policy's to
  # judge, exit 2 (nothing could be verified) fails the run, and a report left over from anything
  # else is deleted first, so the policy only ever sees this run's report.
  after_plan = [
    "rm -f govguard.custom.spacelift.json",
    "terraform show -json spacelift.plan > /tmp/govguard-plan.json",
    "npx --yes govguard@0.1.0 check /tmp/govguard-plan.json --format text --format json --output govguard.custom.spacelift.json || [ $? -eq 1 ]",
  ]
}

resource "spacelift_policy_attachment" "govguard" {
  policy_id = spacelift_policy.govguard.id
  stack_id  = spacelift_stack.portal.id
}

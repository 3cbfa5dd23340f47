import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { RamGroup } from "../../../../../../.gen/providers/alicloud/ram-group";
import { RamGroupPolicyAttachment } from "../../../../../../.gen/providers/alicloud/ram-group-policy-attachment";
import { RamPolicy } from "../../../../../../.gen/providers/alicloud/ram-policy";
import { RamUser } from "../../../../../../.gen/providers/alicloud/ram-user";
import { RamUserPolicyAttachment } from "../../../../../../.gen/providers/alicloud/ram-user-policy-attachment";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const auditor = new RamUser(stack, "auditor", { name: "li.na", displayName: "Li Na (security auditor)" });
  const operators = new RamGroup(stack, "operators", { groupName: "portal-operators", comments: "Portal operations staff" });
  const ecsReadonly = new RamPolicy(stack, "ecs_readonly", {
    policyName: "portal-ecs-describe",
    description: "Read the portal's ECS inventory",
    policyDocument: JSON.stringify({
      Version: "1",
      Statement: [{ Effect: "Allow", Action: ["ecs:Describe*"], Resource: "*" }],
    }),
  });
  const guardrail = new RamPolicy(stack, "deny_outside_network", {
    policyName: "portal-deny-outside-network",
    policyDocument: JSON.stringify({
      Version: "1",
      Statement: [
        {
          Effect: "Deny",
          Action: "*",
          Resource: "*",
          Condition: { NotIpAddress: { "acs:SourceIp": ["10.0.0.0/8"] } },
        },
      ],
    }),
  });
  new RamPolicy(stack, "static_site_publish", {
    policyName: "portal-static-publish",
    statement: [
      { effect: "Allow", action: ["oss:PutObject", "oss:GetObject"], resource: ["acs:oss:*:*:gov-portal-static/*"] },
    ],
  });
  new RamUserPolicyAttachment(stack, "auditor_readonly", {
    userName: auditor.name,
    policyName: "AliyunActionTrailReadOnlyAccess",
    policyType: "System",
  });
  new RamGroupPolicyAttachment(stack, "operators_ecs", {
    groupName: operators.groupName,
    policyName: ecsReadonly.policyName,
    policyType: "Custom",
  });
  new RamGroupPolicyAttachment(stack, "operators_guardrail", {
    groupName: operators.groupName,
    policyName: guardrail.policyName,
    policyType: "Custom",
  });
}

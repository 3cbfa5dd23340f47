import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { RamGroup } from "../../../../../../.gen/providers/alicloud/ram-group";
import { RamGroupPolicyAttachment } from "../../../../../../.gen/providers/alicloud/ram-group-policy-attachment";
import { RamRole } from "../../../../../../.gen/providers/alicloud/ram-role";
import { RamRolePolicyAttachment } from "../../../../../../.gen/providers/alicloud/ram-role-policy-attachment";
import { RamUser } from "../../../../../../.gen/providers/alicloud/ram-user";
import { RamUserPolicyAttachment } from "../../../../../../.gen/providers/alicloud/ram-user-policy-attachment";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const ops = new RamUser(stack, "ops", { name: "chen.gang", displayName: "Chen Gang (operations)" });
  const platform = new RamGroup(stack, "platform", { groupName: "portal-platform" });
  const deploy = new RamRole(stack, "deploy", {
    roleName: "portal-ci-deploy",
    assumeRolePolicyDocument: JSON.stringify({
      Version: "1",
      Statement: [
        { Action: "sts:AssumeRole", Effect: "Allow", Principal: { RAM: ["acs:ram::1234567890123456:root"] } },
      ],
    }),
  });
  const admin = { policyName: "AdministratorAccess", policyType: "System" };
  new RamUserPolicyAttachment(stack, "ops_admin", { userName: ops.name, ...admin });
  new RamGroupPolicyAttachment(stack, "platform_admin", { groupName: platform.groupName, ...admin });
  new RamRolePolicyAttachment(stack, "deploy_admin", { roleName: deploy.roleName, ...admin });
}

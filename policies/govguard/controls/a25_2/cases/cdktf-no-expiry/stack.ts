import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { RamPolicy } from "../../../../../../.gen/providers/alicloud/ram-policy";
import { RamUser } from "../../../../../../.gen/providers/alicloud/ram-user";
import { RamUserPolicyAttachment } from "../../../../../../.gen/providers/alicloud/ram-user-policy-attachment";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const vendorOps = new RamUser(stack, "vendor_ops", {
    name: "hx-ops-zhao",
    displayName: "Zhao (Hengxin, outsourced operations)",
  });
  const ecsOps = new RamPolicy(stack, "vendor_ecs_ops", {
    policyName: "hengxin-ecs-ops",
    policyDocument: JSON.stringify({
      Version: "1",
      Statement: [
        {
          Effect: "Allow",
          Action: ["ecs:DescribeInstances", "ecs:RebootInstance"],
          Resource: ["acs:ecs:cn-hangzhou:*:instance/*"],
        },
      ],
    }),
  });
  new RamUserPolicyAttachment(stack, "vendor_ops_attachment", {
    userName: vendorOps.name,
    policyName: ecsOps.policyName,
    policyType: "Custom",
  });
}

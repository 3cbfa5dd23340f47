import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { SecurityGroup } from "../../../../../../.gen/providers/alicloud/security-group";
import { SecurityGroupRule } from "../../../../../../.gen/providers/alicloud/security-group-rule";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const app = new SecurityGroup(stack, "app", {
    securityGroupName: "gov-portal-app",
    description: "Government portal application servers",
    vpcId: "vpc-bp1gov0portal0app0001",
    innerAccessPolicy: "Drop",
    tags: { "data-classification": "internal" },
  });
  for (const [id, port] of [["http_public", 80], ["https_public", 443]] as const) {
    new SecurityGroupRule(stack, id, {
      securityGroupId: app.id,
      type: "ingress",
      ipProtocol: "tcp",
      portRange: `${port}/${port}`,
      cidrIp: "0.0.0.0/0",
    });
  }
}

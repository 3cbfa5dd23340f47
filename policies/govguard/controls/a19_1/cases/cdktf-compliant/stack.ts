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
  new SecurityGroupRule(stack, "ssh_from_gov_extranet", {
    securityGroupId: app.id,
    type: "ingress",
    ipProtocol: "tcp",
    portRange: "22/22",
    cidrIp: "198.51.100.0/26",
  });
}

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
  // GRE from anywhere: a tunnel carries every protocol and port to the servers.
  new SecurityGroupRule(stack, "gre_internet", { securityGroupId: app.id, type: "ingress", ipProtocol: "gre", cidrIp: "0.0.0.0/0" });
  new SecurityGroupRule(stack, "gre_branch", { securityGroupId: app.id, type: "ingress", ipProtocol: "gre", cidrIp: "10.8.0.0/16" });
  new SecurityGroupRule(stack, "icmp_internet", { securityGroupId: app.id, type: "ingress", ipProtocol: "icmp", ipv6CidrIp: "::/0" });
}

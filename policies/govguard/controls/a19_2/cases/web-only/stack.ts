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
  const ingress = (id: string, portRange: string, source: { cidrIp?: string; ipv6CidrIp?: string }): void => {
    new SecurityGroupRule(stack, id, {
      securityGroupId: app.id,
      type: "ingress",
      ipProtocol: "tcp",
      portRange,
      ...source,
    });
  };
  ingress("http_public", "80/80", { cidrIp: "0.0.0.0/0" });
  ingress("https_public", "443/443", { cidrIp: "0.0.0.0/0" });
  ingress("https_public_v6", "443/443", { ipv6CidrIp: "::/0" });
  ingress("ssh_internal", "22/22", { cidrIp: "10.0.0.0/8" });
  new SecurityGroupRule(stack, "egress_all", {
    securityGroupId: app.id,
    type: "egress",
    ipProtocol: "all",
    portRange: "-1/-1",
    cidrIp: "0.0.0.0/0",
  });
}

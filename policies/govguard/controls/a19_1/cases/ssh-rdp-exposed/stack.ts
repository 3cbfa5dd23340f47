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
  new SecurityGroupRule(stack, "ssh_anywhere", {
    securityGroupId: app.id,
    type: "ingress",
    ipProtocol: "tcp",
    portRange: "22/22",
    cidrIp: "0.0.0.0/0",
    description: "Temporary SSH for troubleshooting",
  });
  new SecurityGroupRule(stack, "rdp_vendor_office", {
    securityGroupId: app.id,
    type: "ingress",
    ipProtocol: "tcp",
    portRange: "3389/3389",
    cidrIp: "203.0.113.0/24",
    description: "RDP from the outsourcing vendor's office",
  });
  new SecurityGroupRule(stack, "https_public", {
    securityGroupId: app.id,
    type: "ingress",
    ipProtocol: "tcp",
    portRange: "443/443",
    cidrIp: "0.0.0.0/0",
  });
}

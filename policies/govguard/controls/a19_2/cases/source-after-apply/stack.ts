import { TerraformStack } from "cdktf";
import { EipAddress } from "../../../../../../.gen/providers/alicloud/eip-address";
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
  const partner = new EipAddress(stack, "partner", { addressName: "gov-portal-partner", bandwidth: "5", internetChargeType: "PayByTraffic" });
  // The partner's address is known only after apply.
  for (const [id, port] of [["reports_from_partner", 9000], ["https_from_partner", 443]] as const) {
    new SecurityGroupRule(stack, id, {
      securityGroupId: app.id,
      type: "ingress",
      ipProtocol: "tcp",
      portRange: `${port}/${port}`,
      cidrIp: `${partner.ipAddress}/32`,
    });
  }
}

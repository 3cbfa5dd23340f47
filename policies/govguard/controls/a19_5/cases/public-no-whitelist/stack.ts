import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { BastionhostInstance } from "../../../../../../.gen/providers/alicloud/bastionhost-instance";
import { SecurityGroup } from "../../../../../../.gen/providers/alicloud/security-group";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const sg = new SecurityGroup(stack, "bastion", {
    securityGroupName: "gov-portal-bastion",
    description: "Bastion host",
    vpcId: "vpc-bp1gov0portal0app0001",
    tags: { "data-classification": "internal" },
  });
  new BastionhostInstance(stack, "vendor", {
    description: "gov-portal-vendor-bastion",
    licenseCode: "bhah_ent_50_asset",
    planCode: "cloudbastion",
    storage: "5",
    bandwidth: "10",
    period: 1,
    vswitchId: "vsw-bp1gov0portal0mgmt001",
    securityGroupIds: [sg.id],
    tags: { "data-classification": "internal" },
    enablePublicAccess: true,
  });
}

import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { YundunBastionhostInstance } from "../../../../../../.gen/providers/alicloud/yundun-bastionhost-instance";

// The deprecated name alicloud_yundun_bastionhost_instance is the same resource as
// alicloud_bastionhost_instance.
export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const common = {
    licenseCode: "bhah_ent_50_asset",
    planCode: "cloudbastion",
    storage: "5",
    bandwidth: "10",
    period: 1,
    vswitchId: "vsw-bp1gov0portal0mgmt001",
    securityGroupIds: ["sg-bp1gov0portal0bastion1"],
    tags: { "data-classification": "internal" },
    enablePublicAccess: true,
  };
  new YundunBastionhostInstance(stack, "vendor", { ...common, description: "gov-portal-vendor-bastion" });
  new YundunBastionhostInstance(stack, "ops", { ...common, description: "gov-portal-ops-bastion", publicWhiteList: ["10.8.0.0/24"] });
}

import { TerraformStack } from "cdktf";
import { EcsDisk } from "../../../../../../.gen/providers/alicloud/ecs-disk";
import { Instance } from "../../../../../../.gen/providers/alicloud/instance";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  new Instance(stack, "records", {
    imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
    instanceType: "ecs.g7.large",
    availabilityZone: "cn-hangzhou-h",
    vswitchId: "vsw-bp1portal0000000001",
    securityGroups: ["sg-bp1portal000000000001"],
    systemDiskCategory: "cloud_essd",
    instanceName: "gov-portal-records",
    systemDiskEncrypted: true,
    dataDisks: [{ name: "records-db", category: "cloud_essd", size: 200, encrypted: true }],
    tags: { "data-classification": "sensitive" },
  });

  new EcsDisk(stack, "scans", {
    zoneId: "cn-hangzhou-h",
    category: "cloud_essd",
    size: 100,
    encrypted: true,
    tags: { "data-classification": "internal" },
  });
}

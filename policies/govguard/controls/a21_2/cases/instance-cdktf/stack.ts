import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { Instance } from "../../../../../../.gen/providers/alicloud/instance";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const common = {
    imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
    instanceType: "ecs.g7.large",
    availabilityZone: "cn-hangzhou-h",
    vswitchId: "vsw-bp1portal0000000001",
    securityGroups: ["sg-bp1portal000000000001"],
    systemDiskCategory: "cloud_essd",
  };

  // Both disks encrypted: passes.
  new Instance(stack, "records", {
    ...common,
    instanceName: "gov-portal-records",
    systemDiskEncrypted: true,
    dataDisks: [{ name: "records-db", category: "cloud_essd", size: 200, encrypted: true }],
    tags: { "data-classification": "sensitive" },
  });

  // System disk encrypted, the second inline data disk not: fails on data_disks.encrypted.
  new Instance(stack, "web", {
    ...common,
    instanceName: "gov-portal-web",
    systemDiskEncrypted: true,
    dataDisks: [
      { name: "web-cache", category: "cloud_essd", size: 100, encrypted: true },
      { name: "web-logs", category: "cloud_essd", size: 100, encrypted: false },
    ],
    tags: { "data-classification": "internal" },
  });
}

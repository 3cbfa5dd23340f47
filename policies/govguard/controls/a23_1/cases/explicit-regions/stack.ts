import { TerraformStack, TerraformVariable } from "cdktf";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  const drRegion = new TerraformVariable(stack, "dr_region", {
    type: "string",
    description: "Disaster-recovery region of the portal",
    default: "cn-shanghai",
  });
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const dr = new AlicloudProvider(stack, "alicloud_dr", { alias: "dr", region: drRegion.stringValue });
  new OssBucket(stack, "materials", {
    bucket: "hz-zwfw-materials",
    redundancyType: "ZRS",
    tags: { "data-classification": "sensitive" },
  });
  new OssBucket(stack, "materials_dr", {
    provider: dr,
    bucket: "hz-zwfw-materials-dr",
    redundancyType: "ZRS",
    tags: { "data-classification": "sensitive" },
  });
}

import { TerraformStack } from "cdktf";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-north-2-gov-1" });
  const dr = new AlicloudProvider(stack, "alicloud_dr", { alias: "dr", region: "cn-zhangjiakou" });
  new OssBucket(stack, "materials", {
    bucket: "bj-zwfw-materials",
    redundancyType: "ZRS",
    tags: { "data-classification": "sensitive" },
  });
  new OssBucket(stack, "materials_dr", {
    provider: dr,
    bucket: "bj-zwfw-materials-dr",
    redundancyType: "ZRS",
    tags: { "data-classification": "sensitive" },
  });
}

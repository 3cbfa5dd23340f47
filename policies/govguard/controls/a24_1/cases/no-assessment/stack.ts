import { TerraformStack } from "cdktf";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  new OssBucket(stack, "materials", {
    bucket: "hz-zwfw-materials",
    redundancyType: "ZRS",
    tags: { "data-classification": "sensitive" },
  });
}

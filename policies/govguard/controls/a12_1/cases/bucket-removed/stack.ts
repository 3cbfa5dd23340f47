import { TerraformStack } from "cdktf";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

// The same configuration as main.tf: a synthesized stack carries no state, so no delete exists here.
export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  new OssBucket(stack, "uploads", {
    bucket: "hz-zwfw-uploads",
    redundancyType: "ZRS",
    tags: { "data-classification": "sensitive" },
  });
}

import { TerraformStack } from "cdktf";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", {
    region: "cn-north-2-gov-1",
    endpoints: [{ ecs: "ecs.cn-north-2-gov-1.aliyuncs.com", oss: "oss-cn-north-2-gov-1.aliyuncs.com" }],
  });
  new OssBucket(stack, "materials", {
    bucket: "bj-zwfw-materials",
    redundancyType: "ZRS",
    tags: { "data-classification": "sensitive" },
  });
}

import { TerraformStack } from "cdktf";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketDataRedundancyTransition } from "../../../../../../.gen/providers/alicloud/oss-bucket-data-redundancy-transition";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  new OssBucket(stack, "registry", {
    bucket: "gov-portal-registry",
    redundancyType: "ZRS",
    tags: { "data-classification": "important" },
  });

  const archive = new OssBucket(stack, "archive", {
    bucket: "gov-portal-archive",
    redundancyType: "LRS",
    tags: { "data-classification": "internal" },
    lifecycle: { ignoreChanges: ["redundancy_type"] },
  });
  new OssBucketDataRedundancyTransition(stack, "archive_zrs", { bucket: archive.bucket });
}

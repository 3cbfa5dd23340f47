import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketDataRedundancyTransition } from "../../../../../../.gen/providers/alicloud/oss-bucket-data-redundancy-transition";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  new OssBucket(stack, "registry", {
    bucket: "gov-portal-registry",
    redundancyType: "ZRS",
    tags: { "data-classification": "important" },
  });

  // redundancy_type left out: LRS by default, fails.
  new OssBucket(stack, "uploads", {
    bucket: "gov-portal-uploads",
    tags: { "data-classification": "sensitive" },
  });

  // LRS converted by the transition resource: passes.
  const archive = new OssBucket(stack, "archive", {
    bucket: "gov-portal-archive",
    redundancyType: "LRS",
    tags: { "data-classification": "internal" },
    lifecycle: { ignoreChanges: ["redundancy_type"] },
  });
  new OssBucketDataRedundancyTransition(stack, "archive_zrs", { bucket: archive.bucket });
}

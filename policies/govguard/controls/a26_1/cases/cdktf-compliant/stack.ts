import { TerraformStack } from "cdktf";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketReplication } from "../../../../../../.gen/providers/alicloud/oss-bucket-replication";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  const registry = new OssBucket(stack, "registry", {
    bucket: "gov-portal-registry",
    redundancyType: "ZRS",
    tags: { "data-classification": "important" },
    versioning: { status: "Enabled" },
  });
  new OssBucketReplication(stack, "registry_crr", {
    bucket: registry.bucket,
    destination: { bucket: "gov-portal-registry-dr", location: "oss-cn-beijing" },
  });

  const identities = new OssBucket(stack, "identities", {
    bucket: "gov-portal-identities",
    redundancyType: "ZRS",
    tags: { "data-classification": "core" },
    versioning: { status: "Enabled" },
  });
  new OssBucketReplication(stack, "identities_crr", {
    bucket: identities.bucket,
    destination: { bucket: "gov-portal-identities-dr", location: "oss-cn-shanghai" },
  });
}

import { TerraformStack, TerraformVariable } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketReplication } from "../../../../../../.gen/providers/alicloud/oss-bucket-replication";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  // Supplied at deploy time, no default: the destination region cannot be verified.
  const drLocation = new TerraformVariable(stack, "dr_location", { type: "string" });

  const registry = new OssBucket(stack, "registry", {
    bucket: "gov-portal-registry",
    redundancyType: "ZRS",
    tags: { "data-classification": "important" },
    versioning: { status: "Enabled" },
  });
  new OssBucketReplication(stack, "registry_crr", {
    bucket: registry.bucket,
    destination: { bucket: "gov-portal-registry-dr", location: drLocation.stringValue },
  });

  // Literal destination in another mainland region: passes.
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

  // Important, no replication: fails.
  new OssBucket(stack, "cases", {
    bucket: "gov-portal-cases",
    redundancyType: "ZRS",
    tags: { "data-classification": "important" },
    versioning: { status: "Enabled" },
  });
}

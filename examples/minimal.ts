// The smallest govguard example: an alicloud provider pinned to a mainland region and one OSS
// bucket, written with the generated bindings.
// The application's own CDK library, cdktn or cdktf (constructs/cdk.js): in your app, import
// TerraformStack from "cdktn" (or "cdktf") directly.
import { TerraformStack } from "../constructs/cdk";
import { Construct } from "constructs";
import { OssBucket } from "../.gen/providers/alicloud/oss-bucket";
import { AlicloudProvider } from "../.gen/providers/alicloud/provider";

export class MinimalStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AlicloudProvider(this, "alicloud", { region: "cn-hangzhou" });
    new OssBucket(this, "data", {
      bucket: "govguard-minimal-data",
      redundancyType: "ZRS",
      versioning: { status: "Enabled" },
      serverSideEncryptionRule: { sseAlgorithm: "KMS" },
      tags: { "data-classification": "internal" },
    });
  }
}

import { TerraformStack } from "cdktf";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketAcl } from "../../../../../../.gen/providers/alicloud/oss-bucket-acl";
import { OssBucketPolicy } from "../../../../../../.gen/providers/alicloud/oss-bucket-policy";
import { OssBucketPublicAccessBlock } from "../../../../../../.gen/providers/alicloud/oss-bucket-public-access-block";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  const records = new OssBucket(stack, "records", {
    bucket: "gov-portal-records",
    redundancyType: "ZRS",
    tags: { "data-classification": "sensitive" },
    lifecycle: { ignoreChanges: ["acl", "policy"] },
  });
  new OssBucketAcl(stack, "records_acl", { bucket: records.bucket, acl: "private" });
  new OssBucketPublicAccessBlock(stack, "records_block", { bucket: records.bucket, blockPublicAccess: true });
  new OssBucketPolicy(stack, "records_policy", {
    bucket: records.bucket,
    policy: JSON.stringify({
      Version: "1",
      Statement: [
        {
          Effect: "Deny",
          Principal: ["*"],
          Action: ["oss:*"],
          Resource: ["acs:oss:*:*:gov-portal-records", "acs:oss:*:*:gov-portal-records/*"],
          Condition: { Bool: { "acs:SecureTransport": ["false"] } },
        },
      ],
    }),
  });

  const drafts = new OssBucket(stack, "drafts", {
    bucket: "gov-portal-drafts",
    redundancyType: "ZRS",
    tags: { "data-classification": "internal" },
  });
  new OssBucketPublicAccessBlock(stack, "drafts_block", { bucket: drafts.bucket, blockPublicAccess: true });
}

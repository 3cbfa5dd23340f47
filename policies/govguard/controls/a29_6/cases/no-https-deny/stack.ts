import { TerraformStack } from "cdktf";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketPolicy } from "../../../../../../.gen/providers/alicloud/oss-bucket-policy";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  // No bucket policy at all.
  new OssBucket(stack, "uploads", {
    bucket: "gov-portal-uploads",
    redundancyType: "ZRS",
    tags: { "data-classification": "sensitive" },
  });
  // A standalone policy that only grants access; nothing refuses plain HTTP.
  const reports = new OssBucket(stack, "reports", {
    bucket: "gov-portal-reports",
    redundancyType: "ZRS",
    tags: { "data-classification": "internal" },
  });
  new OssBucketPolicy(stack, "reports_policy", {
    bucket: reports.bucket,
    policy: JSON.stringify({
      Version: "1",
      Statement: [
        {
          Effect: "Allow",
          Principal: ["acs:ram::1234567890123456:role/report-writer"],
          Action: ["oss:PutObject", "oss:GetObject"],
          Resource: ["acs:oss:*:1234567890123456:gov-portal-reports/*"],
        },
      ],
    }),
  });
}

import { TerraformStack } from "cdktf";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  // Inline (deprecated since 1.220.0, still valid) bucket policy with the HTTPS-only deny.
  new OssBucket(stack, "archive", {
    bucket: "gov-portal-archive",
    redundancyType: "ZRS",
    tags: { "data-classification": "internal" },
    policy: JSON.stringify({
      Version: "1",
      Statement: [
        {
          Effect: "Deny",
          Principal: ["*"],
          Action: ["oss:*"],
          Resource: ["acs:oss:*:*:gov-portal-archive", "acs:oss:*:*:gov-portal-archive/*"],
          Condition: { Bool: { "acs:SecureTransport": ["false"] } },
        },
      ],
    }),
  });
}

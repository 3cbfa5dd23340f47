import { TerraformStack } from "cdktf";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketLoggingA } from "../../../../../../.gen/providers/alicloud/oss-bucket-logging";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const tags = { "data-classification": "internal" };

  const auditLogs = new OssBucket(stack, "audit_logs", {
    bucket: "gov-portal-audit-logs",
    tags,
    versioning: { status: "Enabled" },
    lifecycleRule: [
      {
        id: "tier-and-expire",
        prefix: "",
        enabled: true,
        transitions: [{ days: 60, storageClass: "Archive" }],
        expiration: [{ days: 730 }],
      },
    ],
  });

  new OssBucket(stack, "app", {
    bucket: "gov-portal-app",
    tags,
    logging: { targetBucket: auditLogs.bucket, targetPrefix: "app/" },
  });
  const admin = new OssBucket(stack, "admin", { bucket: "gov-portal-admin", tags, lifecycle: { ignoreChanges: ["logging"] } });
  new OssBucketLoggingA(stack, "admin_logging", {
    bucket: admin.bucket,
    targetBucket: auditLogs.bucket,
    targetPrefix: "admin/",
  });
}

import { TerraformStack } from "cdktf";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketLoggingA } from "../../../../../../.gen/providers/alicloud/oss-bucket-logging";
import { OssBucketReplication } from "../../../../../../.gen/providers/alicloud/oss-bucket-replication";
import { OssBucketWorm } from "../../../../../../.gen/providers/alicloud/oss-bucket-worm";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
  const dr = new AlicloudProvider(stack, "alicloud_dr", { alias: "dr", region: "cn-beijing" });
  const tags = { "data-classification": "internal" };
  const versioning = { status: "Enabled" };

  // WORM-locked for two years: compliant.
  const auditLogs = new OssBucket(stack, "audit_logs", { bucket: "gov-portal-audit-logs", tags, versioning });
  new OssBucketWorm(stack, "audit_logs_worm", {
    bucket: auditLogs.bucket,
    retentionPeriodInDays: 730,
    status: "Locked",
  });

  // Replicated to cn-beijing: compliant.
  const accessLogs = new OssBucket(stack, "access_logs", { bucket: "gov-portal-access-logs", tags, versioning });
  const replica = new OssBucket(stack, "access_logs_replica", {
    provider: dr,
    bucket: "gov-portal-access-logs-bj",
    tags,
    versioning,
  });
  new OssBucketReplication(stack, "access_logs_crr", {
    bucket: accessLogs.bucket,
    action: "ALL",
    historicalObjectReplication: "enabled",
    destination: { bucket: replica.bucket, location: "oss-cn-beijing" },
  });

  // Neither: finding.
  const debugLogs = new OssBucket(stack, "debug_logs", { bucket: "gov-portal-debug-logs", tags, versioning });

  const app = new OssBucket(stack, "app", { bucket: "gov-portal-app", tags, lifecycle: { ignoreChanges: ["logging"] } });
  new OssBucketLoggingA(stack, "app_to_audit", { bucket: app.bucket, targetBucket: auditLogs.bucket, targetPrefix: "app/" });
  new OssBucket(stack, "media", {
    bucket: "gov-portal-media",
    tags,
    logging: { targetBucket: accessLogs.bucket, targetPrefix: "media/" },
  });
  new OssBucket(stack, "staging", {
    bucket: "gov-portal-staging",
    tags,
    logging: { targetBucket: debugLogs.bucket, targetPrefix: "staging/" },
  });
}

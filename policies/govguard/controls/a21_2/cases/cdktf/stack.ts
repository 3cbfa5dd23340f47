import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { DbInstance } from "../../../../../../.gen/providers/alicloud/db-instance";
import { EcsDisk } from "../../../../../../.gen/providers/alicloud/ecs-disk";
import { KvstoreInstance } from "../../../../../../.gen/providers/alicloud/kvstore-instance";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../../../.gen/providers/alicloud/log-store";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketServerSideEncryption } from "../../../../../../.gen/providers/alicloud/oss-bucket-server-side-encryption";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  // Encrypted through the standalone resource, correlated by reference: passes.
  const forms = new OssBucket(stack, "forms", {
    bucket: "gov-portal-forms",
    redundancyType: "ZRS",
    tags: { "data-classification": "sensitive" },
    lifecycle: { ignoreChanges: ["server_side_encryption_rule"] },
  });
  new OssBucketServerSideEncryption(stack, "forms_sse", { bucket: forms.bucket, sseAlgorithm: "AES256" });

  // Inline encryption: passes.
  new OssBucket(stack, "notices", {
    bucket: "gov-portal-notices",
    redundancyType: "ZRS",
    tags: { "data-classification": "public" },
    serverSideEncryptionRule: { sseAlgorithm: "AES256" },
  });

  // No server-side encryption: fails.
  new OssBucket(stack, "drafts", {
    bucket: "gov-portal-drafts",
    redundancyType: "ZRS",
    tags: { "data-classification": "internal" },
  });

  new DbInstance(stack, "cases", {
    engine: "MySQL",
    engineVersion: "8.0",
    instanceType: "mysql.n2.medium.2c",
    instanceStorage: 100,
    dbInstanceStorageType: "cloud_essd",
    vswitchId: "vsw-bp1portal0000000001",
    tdeStatus: "Enabled",
    tags: { "data-classification": "sensitive" },
  });

  // tde_status left unset: fails closed.
  new KvstoreInstance(stack, "sessions", {
    dbInstanceName: "gov-portal-sessions",
    instanceClass: "redis.master.small.default",
    engineVersion: "7.0",
    zoneId: "cn-hangzhou-h",
    vswitchId: "vsw-bp1portal0000000001",
    tags: { "data-classification": "internal" },
  });

  new EcsDisk(stack, "attachments", {
    zoneId: "cn-hangzhou-h",
    category: "cloud_essd",
    size: 200,
    encrypted: true,
    tags: { "data-classification": "sensitive" },
  });

  const logs = new LogProject(stack, "portal_logs", {
    projectName: "gov-portal-logs",
    tags: { "data-classification": "internal" },
  });
  new LogStore(stack, "access", {
    projectName: logs.projectName,
    logstoreName: "access",
    retentionPeriod: 365,
    encryptConf: { enable: true, encryptType: "default" },
  });
}

import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";
import { EcsDisk } from "../../../../../../.gen/providers/alicloud/ecs-disk";
import { KmsKey } from "../../../../../../.gen/providers/alicloud/kms-key";
import { LogProject } from "../../../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../../../.gen/providers/alicloud/log-store";
import { OssBucket } from "../../../../../../.gen/providers/alicloud/oss-bucket";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  const sm4 = new KmsKey(stack, "sm4", {
    description: "gov portal SM4 key",
    keySpec: "Aliyun_SM4",
    automaticRotation: "Enabled",
    rotationInterval: "365d",
    pendingWindowInDays: 30,
  });

  new OssBucket(stack, "identities", {
    bucket: "gov-portal-identities",
    redundancyType: "ZRS",
    tags: { "data-classification": "core" },
    serverSideEncryptionRule: { sseAlgorithm: "KMS", kmsMasterKeyId: sm4.id, kmsDataEncryption: "SM4" },
  });

  // AES256 while SM is required: fails.
  new OssBucket(stack, "reports", {
    bucket: "gov-portal-reports",
    redundancyType: "ZRS",
    tags: { "data-classification": "internal" },
    serverSideEncryptionRule: { sseAlgorithm: "AES256" },
  });

  new EcsDisk(stack, "ledger", {
    zoneId: "cn-hangzhou-h",
    category: "cloud_essd",
    size: 500,
    encrypted: true,
    kmsKeyId: sm4.id,
    encryptAlgorithm: "sm4-128",
    tags: { "data-classification": "important" },
  });

  const logs = new LogProject(stack, "portal_logs", {
    projectName: "gov-portal-logs",
    tags: { "data-classification": "internal" },
  });
  new LogStore(stack, "audit", {
    projectName: logs.projectName,
    logstoreName: "audit",
    retentionPeriod: 365,
    encryptConf: { enable: true, encryptType: "m4" },
  });
  // AES log store encryption while SM is required: fails.
  new LogStore(stack, "access", {
    projectName: logs.projectName,
    logstoreName: "access",
    retentionPeriod: 365,
    encryptConf: { enable: true, encryptType: "default" },
  });
}

// The data-tier slice of main.tf, flattened: the two replicated-bucket module calls become
// docs/docs_block/docs_replication and uploads/uploads_block/uploads_replication.
import { TerraformCount, TerraformStack, TerraformVariable, Token } from "cdktf";
import { AlicloudProvider } from "../../../../.gen/providers/alicloud/provider";
import { DbInstance } from "../../../../.gen/providers/alicloud/db-instance";
import { EcsAutoSnapshotPolicy } from "../../../../.gen/providers/alicloud/ecs-auto-snapshot-policy";
import { EcsAutoSnapshotPolicyAttachment } from "../../../../.gen/providers/alicloud/ecs-auto-snapshot-policy-attachment";
import { EcsDisk } from "../../../../.gen/providers/alicloud/ecs-disk";
import { HbrVault } from "../../../../.gen/providers/alicloud/hbr-vault";
import { KmsKey } from "../../../../.gen/providers/alicloud/kms-key";
import { KvstoreInstance } from "../../../../.gen/providers/alicloud/kvstore-instance";
import { LogProject } from "../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../.gen/providers/alicloud/log-store";
import { NasFileSystem } from "../../../../.gen/providers/alicloud/nas-file-system";
import { OssBucket } from "../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketAcl } from "../../../../.gen/providers/alicloud/oss-bucket-acl";
import { OssBucketPolicy } from "../../../../.gen/providers/alicloud/oss-bucket-policy";
import { OssBucketPublicAccessBlock } from "../../../../.gen/providers/alicloud/oss-bucket-public-access-block";
import { OssBucketReplication } from "../../../../.gen/providers/alicloud/oss-bucket-replication";

const VSWITCH = "vsw-bp1portal0000000001";

export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });

  const redundancy = new TerraformVariable(stack, "redundancy", { type: "string", default: "ZRS" });

  // ---------------------------------------------------------------- keys
  const data = new KmsKey(stack, "data", {
    description: "gov portal data key (SM4)",
    keySpec: "Aliyun_SM4",
    keyUsage: "ENCRYPT/DECRYPT",
    protectionLevel: "HSM",
    automaticRotation: "Enabled",
    rotationInterval: "365d",
    pendingWindowInDays: 30,
    deletionProtection: "Enabled",
  });
  const legacy = new KmsKey(stack, "legacy", {
    description: "legacy batch key",
    keySpec: "Aliyun_AES_256",
    automaticRotation: "Disabled",
    pendingWindowInDays: 30,
  });

  // ---------------------------------------------------------------- object storage
  const replicated = (id: string, name: string, classification: string, replicaLocation: string): void => {
    const bucket = new OssBucket(stack, id, {
      bucket: name,
      redundancyType: "ZRS",
      tags: { "data-classification": classification },
      serverSideEncryptionRule: { sseAlgorithm: "KMS", kmsMasterKeyId: data.id, kmsDataEncryption: "SM4" },
      versioning: { status: "Enabled" },
    });
    new OssBucketPublicAccessBlock(stack, `${id}_block`, { bucket: bucket.bucket, blockPublicAccess: true });
    new OssBucketReplication(stack, `${id}_replication`, {
      bucket: bucket.bucket,
      action: "ALL",
      historicalObjectReplication: "enabled",
      destination: { bucket: `${name}-dr`, location: replicaLocation },
    });
  };
  replicated("docs", "gov-portal-docs", "important", "oss-cn-shanghai");
  replicated("uploads", "gov-portal-uploads", "core", "oss-cn-hangzhou");

  const staticSite = new OssBucket(stack, "static_site", {
    bucket: "gov-portal-static",
    redundancyType: redundancy.stringValue,
    tags: { "data-classification": "public" },
    serverSideEncryptionRule: { sseAlgorithm: "SM4" },
    lifecycle: { ignoreChanges: ["acl"] },
  });
  new OssBucketAcl(stack, "static_site_acl", { bucket: staticSite.bucket, acl: "public-read" });
  new OssBucketPublicAccessBlock(stack, "static_site_block", { bucket: staticSite.bucket, blockPublicAccess: false });

  const exportsBucket = new OssBucket(stack, "exports", {
    bucket: "gov-portal-exports",
    tags: { "data-classification": "important" },
    serverSideEncryptionRule: { sseAlgorithm: "AES256" },
    lifecycle: { ignoreChanges: ["policy"] },
  });
  new OssBucketPublicAccessBlock(stack, "exports_block", {
    bucket: "gov-portal-exports",
    blockPublicAccess: true,
    dependsOn: [exportsBucket],
  });
  new OssBucketPolicy(stack, "exports_policy", {
    bucket: exportsBucket.bucket,
    policy: JSON.stringify({
      Version: "1",
      Statement: [
        { Effect: "Allow", Principal: ["*"], Action: ["oss:GetObject"], Resource: ["acs:oss:*:*:gov-portal-exports/*"] },
      ],
    }),
  });

  // ---------------------------------------------------------------- logs
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

  // ---------------------------------------------------------------- databases
  new DbInstance(stack, "portal", {
    engine: "MySQL",
    engineVersion: "8.0",
    instanceType: "mysql.n2.medium.2c",
    instanceStorage: 100,
    dbInstanceStorageType: "cloud_essd",
    vswitchId: VSWITCH,
    tdeStatus: "Enabled",
    encryptionKey: data.id,
    tags: { "data-classification": "important" },
  });
  new DbInstance(stack, "reporting", {
    engine: "MySQL",
    engineVersion: "8.0",
    instanceType: "mysql.n2.medium.2c",
    instanceStorage: 50,
    dbInstanceStorageType: "cloud_essd",
    vswitchId: VSWITCH,
    tags: { "data-classification": "sensitive" },
  });
  new KvstoreInstance(stack, "session", {
    dbInstanceName: "gov-portal-session",
    instanceClass: "redis.master.small.default",
    engineVersion: "7.0",
    zoneId: "cn-hangzhou-h",
    vswitchId: VSWITCH,
    tags: { "data-classification": "internal" },
  });

  // ---------------------------------------------------------------- ECS data disks
  const everyDay = ["1", "2", "3", "4", "5", "6", "7"];
  const crossRegion = new EcsAutoSnapshotPolicy(stack, "cross_region", {
    autoSnapshotPolicyName: "gov-portal-daily-dr",
    repeatWeekdays: everyDay,
    timePoints: ["2"],
    retentionDays: 30,
    enableCrossRegionCopy: true,
    targetCopyRegions: ["cn-shanghai"],
    copiedSnapshotsRetentionDays: 30,
  });
  const localOnly = new EcsAutoSnapshotPolicy(stack, "local_only", {
    autoSnapshotPolicyName: "gov-portal-daily",
    repeatWeekdays: everyDay,
    timePoints: ["3"],
    retentionDays: 7,
    enableCrossRegionCopy: false,
  });

  const appData = new EcsDisk(stack, "app_data", {
    zoneId: "cn-hangzhou-h",
    category: "cloud_essd",
    size: 500,
    encrypted: true,
    kmsKeyId: data.id,
    encryptAlgorithm: "sm4-128",
    tags: { "data-classification": "important" },
  });
  new EcsAutoSnapshotPolicyAttachment(stack, "app_data_snapshots", {
    autoSnapshotPolicyId: crossRegion.id,
    diskId: appData.id,
  });

  const searchIndex = new EcsDisk(stack, "search_index", {
    zoneId: "cn-hangzhou-h",
    category: "cloud_essd",
    size: 200,
    encrypted: true,
    kmsKeyId: data.id,
    encryptAlgorithm: "sm4-128",
    tags: { "data-classification": "core" },
  });
  new EcsAutoSnapshotPolicyAttachment(stack, "search_index_snapshots", {
    autoSnapshotPolicyId: localOnly.id,
    diskId: searchIndex.id,
  });

  const scratchCount = TerraformCount.of(2);
  new EcsDisk(stack, "scratch", {
    count: scratchCount,
    diskName: `gov-portal-scratch-${Token.asString(scratchCount.index)}`,
    zoneId: "cn-hangzhou-h",
    category: "cloud_essd",
    size: 100,
    encrypted: true,
    kmsKeyId: legacy.id,
    encryptAlgorithm: "aes-256",
    tags: { "data-classification": "sensitive" },
  });

  // ---------------------------------------------------------------- shared files and backup
  new NasFileSystem(stack, "shared", {
    protocolType: "NFS",
    storageType: "Performance",
    encryptType: 2,
    kmsKeyId: data.id,
  });
  new HbrVault(stack, "backup", {
    vaultName: "gov-portal-backup",
    encryptType: "KMS",
    kmsKeyId: data.id,
    tags: { "data-classification": "confidential" },
  });
}

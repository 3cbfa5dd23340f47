// The same portal slice as main.tf, flattened: the portal-data module's resources sit directly
// in the stack (materials, materials_dr, materials_crr, applications, applications_backup).
import { Fn, TerraformCount, TerraformIterator, TerraformStack, TerraformVariable } from "cdktf";
import { ActiontrailTrail } from "../../../../.gen/providers/alicloud/actiontrail-trail";
import { AlidnsDomain } from "../../../../.gen/providers/alicloud/alidns-domain";
import { AlidnsRecord } from "../../../../.gen/providers/alicloud/alidns-record";
import { CdnDomainNew } from "../../../../.gen/providers/alicloud/cdn-domain-new";
import { DbInstance } from "../../../../.gen/providers/alicloud/db-instance";
import { DcdnDomain } from "../../../../.gen/providers/alicloud/dcdn-domain";
import { EcsAutoSnapshotPolicy } from "../../../../.gen/providers/alicloud/ecs-auto-snapshot-policy";
import { LogProject } from "../../../../.gen/providers/alicloud/log-project";
import { LogStore } from "../../../../.gen/providers/alicloud/log-store";
import { OssBucket } from "../../../../.gen/providers/alicloud/oss-bucket";
import { OssBucketReplication } from "../../../../.gen/providers/alicloud/oss-bucket-replication";
import { AlicloudProvider } from "../../../../.gen/providers/alicloud/provider";
import { RdsInstanceCrossBackupPolicy } from "../../../../.gen/providers/alicloud/rds-instance-cross-backup-policy";

const origin = [{ type: "domain", content: "origin.hzzwfw.gov.cn", port: 443, priority: 20, weight: 10 }];

export default function build(stack: TerraformStack): void {
  const region = new TerraformVariable(stack, "region", {
    type: "string",
    description: "Primary region of the portal",
    default: "cn-hangzhou",
  });
  const drRegion = new TerraformVariable(stack, "dr_region", {
    type: "string",
    description: "Disaster-recovery region",
    default: "cn-shanghai",
  });
  const accountId = new TerraformVariable(stack, "account_id", { type: "string", default: "1234567890123456" });

  new AlicloudProvider(stack, "alicloud", { region: region.stringValue });
  const dr = new AlicloudProvider(stack, "alicloud_dr", { alias: "dr", region: drRegion.stringValue });
  // Overseas liaison office.
  const hk = new AlicloudProvider(stack, "alicloud_hk", { alias: "hk", region: "cn-hongkong" });

  // ---- portal data (the module in main.tf) ----
  const materials = new OssBucket(stack, "materials", {
    bucket: "hz-zwfw-materials",
    redundancyType: "ZRS",
    tags: { "data-classification": "important" },
    versioning: { status: "Enabled" },
  });
  const materialsDr = new OssBucket(stack, "materials_dr", {
    provider: dr,
    bucket: "hz-zwfw-materials-dr",
    redundancyType: "ZRS",
    tags: { "data-classification": "important" },
    versioning: { status: "Enabled" },
  });
  new OssBucketReplication(stack, "materials_crr", {
    bucket: materials.bucket,
    action: "ALL",
    destination: { bucket: materialsDr.bucket, location: "oss-cn-shanghai" },
  });
  const applications = new DbInstance(stack, "applications", {
    engine: "MySQL",
    engineVersion: "8.0",
    instanceType: "mysql.n2.medium.2c",
    instanceStorage: 100,
    dbInstanceStorageType: "cloud_essd",
    category: "HighAvailability",
    zoneId: "cn-hangzhou-i",
    zoneIdSlaveA: "cn-hangzhou-j",
    vswitchId: "vsw-bp1zwfwdb0i,vsw-bp1zwfwdb0j",
    securityIps: ["10.20.0.0/16"],
    tags: { "data-classification": "important" },
  });
  // Cross-region backups kept next to the liaison office.
  new RdsInstanceCrossBackupPolicy(stack, "applications_backup", {
    instanceId: applications.id,
    crossBackupRegion: "cn-hongkong",
    logBackupEnabled: "Enable",
    retention: 30,
  });

  // ---- audit trail ----
  const audit = new LogProject(stack, "audit", {
    projectName: "hz-zwfw-audit",
    description: "Operation audit of the portal",
    tags: { "data-classification": "internal" },
  });
  new LogStore(stack, "trail", { projectName: audit.projectName, logstoreName: "actiontrail", retentionPeriod: 400 });
  new ActiontrailTrail(stack, "gov", {
    trailName: "hz-zwfw-trail",
    eventRw: "All",
    trailRegion: "All",
    status: "Enable",
    slsProjectArn: `acs:log:${region.stringValue}:${accountId.stringValue}:project/${audit.projectName}`,
  });

  // ---- backups ----
  new EcsAutoSnapshotPolicy(stack, "daily", {
    autoSnapshotPolicyName: "hz-zwfw-daily",
    repeatWeekdays: ["1", "2", "3", "4", "5", "6", "7"],
    timePoints: ["2"],
    retentionDays: 30,
    enableCrossRegionCopy: true,
    targetCopyRegions: ["cn-hongkong"],
    copiedSnapshotsRetentionDays: 30,
  });
  // A copy of the public materials for the liaison office.
  const liaison = new OssBucket(stack, "liaison", {
    provider: hk,
    bucket: "hz-zwfw-liaison-hk",
    redundancyType: "ZRS",
    tags: { "data-classification": "public" },
  });
  new OssBucketReplication(stack, "liaison_crr", {
    bucket: materials.bucket,
    action: "PUT",
    destination: { bucket: liaison.bucket, location: "oss-cn-hongkong" },
  });

  // ---- names ----
  const portal = new AlidnsDomain(stack, "portal", {
    domainName: "hzzwfw.gov.cn",
    remark: "Hangzhou government services portal",
  });
  const hosts = TerraformIterator.fromList(["www", "api", "zwfw"]);
  new AlidnsRecord(stack, "service", {
    forEach: hosts,
    domainName: portal.domainName,
    rr: hosts.value,
    type: "CNAME",
    value: `${hosts.value}.hzzwfw.gov.cn.w.kunlungr.com`,
  });
  // The pre-2024 commercial domain, still answering for the old www and mobile hosts.
  const legacyCount = TerraformCount.of(2);
  new AlidnsRecord(stack, "legacy", {
    count: legacyCount,
    domainName: "hzzwfw-portal.com",
    rr: Fn.element(["www", "m"], legacyCount.index),
    type: "CNAME",
    value: "www.hzzwfw.gov.cn",
  });
  new CdnDomainNew(stack, "www", {
    domainName: "www.hzzwfw.gov.cn",
    cdnType: "web",
    scope: "domestic",
    sources: origin,
  });
  new DcdnDomain(stack, "legacy_dcdn", {
    domainName: "m.hzzwfw.com.cn",
    scope: "domestic",
    sources: origin.map((s) => ({ ...s, priority: String(s.priority), weight: String(s.weight) })),
  });
}

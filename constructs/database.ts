// An RDS instance that survives a zone and a region loss (A26.3), keeps its SQL audit a year
// (A20.3), requires TLS (A29.7), is encrypted (A21.2, A21.3), has a closed allow-list (A19.3) and
// cannot be deleted by accident (A26.5).
import { TerraformProvider } from "./cdk";
import { Construct } from "constructs";
import { DbBackupPolicy } from "../.gen/providers/alicloud/db-backup-policy";
import { DbInstance } from "../.gen/providers/alicloud/db-instance";
import { KmsKey } from "../.gen/providers/alicloud/kms-key";
import { RdsInstanceCrossBackupPolicy } from "../.gen/providers/alicloud/rds-instance-cross-backup-policy";
import { classified, customerManagedKey, isImportant, providerAndRegion, requireAllowedRegion, requireClassification, requireDays, requireEncryption, stackProvidersOf } from "./common";
import { DomesticStack } from "./domestic-stack";
import { ConstructPropError } from "./errors";
import { violation } from "./policy-facts";
import { cidrInside, isWorld } from "./net";
import { GovguardPolicyCheck } from "./policy-check";
import { settingsOf } from "./settings";

/** The values sql_collector_config_value accepts. */
const SQL_AUDIT_DAYS = [30, 180, 365, 1095, 1825];

export interface DatabaseProps {
  /** Instance name. */
  readonly name: string;
  /** Default `MySQL`. */
  readonly engine?: string;
  /** Default `8.0`. */
  readonly engineVersion?: string;
  /** Default `mysql.n2.medium.2c`. */
  readonly instanceType?: string;
  /** GB; default 100. */
  readonly instanceStorage?: number;
  /** Default `cloud_essd`. */
  readonly storageType?: string;
  /** Edition; `Basic` (no standby) is refused (A26.3). Default `HighAvailability`. */
  readonly category?: string;
  /** The primary's zone. */
  readonly zoneId: string;
  /** The standby's zone; must differ from zoneId (A26.3). */
  readonly standbyZoneId: string;
  /** vSwitches in the primary's and the standby's zones. */
  readonly vswitchIds: readonly [string, string];
  readonly vpcId?: string;
  /** The allow-list; no 0.0.0.0/0, every entry inside network.internal_cidrs or admin.allowed_cidrs (A19.3). Default network.internal_cidrs. */
  readonly securityIps?: readonly string[];
  /** Classification tag value (A21.1); default `important`. */
  readonly classification?: string;
  /** Days backups are kept; at least dr.min_backup_days (A26.3), 7–730. Default the larger of that and 30. */
  readonly backupRetentionDays?: number;
  /** Backups copied to the disaster-recovery region; refused false for important data (A26.3). Default true. */
  readonly crossRegionBackup?: boolean;
  /** The region backups are copied to; default the DomesticStack's DR region. */
  readonly crossBackupRegion?: string;
  /** Days SQL audit logs are kept (30, 180, 365, 1095, 1825); at least logs.min_retention_days (A20.3). Default the smallest that is. */
  readonly sqlAuditDays?: number;
  /** TLS for connections; false is refused (A29.7). Default true. */
  readonly ssl?: boolean;
  /** Transparent data encryption; false is refused (A21.2). Default true. */
  readonly tde?: boolean;
  /** The KMS key for TDE; default one created here for important data (A21.3), else the service key. */
  readonly kmsKeyId?: string;
  /** Deletion protection; false is refused (A26.5). Default true. */
  readonly deletionProtection?: boolean;
  readonly tags?: Record<string, string>;
  /** The provider; default the stack's default. */
  readonly provider?: TerraformProvider;
}

export class Database extends Construct {
  readonly instance: DbInstance;
  readonly backupPolicy: DbBackupPolicy;
  readonly crossBackupPolicy?: RdsInstanceCrossBackupPolicy;
  readonly key?: KmsKey;
  readonly region: string;

  constructor(scope: Construct, id: string, props: DatabaseProps) {
    super(scope, id);
    const settings = settingsOf(this);
    const { provider, region } = providerAndRegion(this, props.provider);
    this.region = region;
    const classification = requireClassification(this, settings, props.classification ?? "important");
    const important = isImportant(settings, classification);

    const category = props.category ?? "HighAvailability";
    if (category.toLowerCase() === "basic") {
      throw violation(
        "A26.3",
        this,
        { zh: "基础版（Basic）没有备节点，可用区故障时数据库不可用", en: "the Basic edition has no standby, so a zone failure takes the database down" },
      );
    }
    if (props.standbyZoneId === props.zoneId) {
      throw violation(
        "A26.3",
        this,
        { zh: `备节点与主节点都在 ${props.zoneId}，不能抵御可用区故障`, en: `the standby and the primary are both in ${props.zoneId}, which does not survive a zone failure` },
      );
    }
    const zonePrefix = `${region}-`;
    for (const zone of [props.zoneId, props.standbyZoneId]) {
      if (!zone.startsWith(zonePrefix)) {
        throw new ConstructPropError(this, { zh: `可用区 ${zone} 不属于区域 ${region}`, en: `zone ${zone} is not in region ${region}` });
      }
    }
    const securityIps = [...(props.securityIps ?? settings.internalCidrs)];
    if (securityIps.length === 0) throw new ConstructPropError(this, { zh: "securityIps 不能为空", en: "securityIps cannot be empty" });
    for (const ip of securityIps) {
      const open = isWorld(ip);
      if (open || !cidrInside(ip, [...settings.internalCidrs, ...settings.adminCidrs])) {
        throw violation(
          "A19.3",
          this,
          open
            ? { zh: `白名单 ${ip} 对所有地址开放`, en: `allow-list entry ${ip} is open to every address` }
            : { zh: `白名单 ${ip} 不在 network.internal_cidrs 或 admin.allowed_cidrs 之内`, en: `allow-list entry ${ip} is not inside network.internal_cidrs or admin.allowed_cidrs` },
        );
      }
    }
    const backupDays = props.backupRetentionDays ?? Math.max(settings.minBackupDays, 30);
    requireDays(this, "A26.3", backupDays, settings.minBackupDays, { zh: "备份保留期限", en: "backup retention" });
    if (backupDays > 730) throw new ConstructPropError(this, { zh: "备份保留期限最长 730 天", en: "backup retention is at most 730 days" });

    const sqlAuditDays = props.sqlAuditDays ?? SQL_AUDIT_DAYS.find((d) => d >= settings.minRetentionDays) ?? 1825;
    requireDays(this, "A20.3", sqlAuditDays, settings.minRetentionDays, { zh: "SQL 审计日志保存期限", en: "SQL audit retention" });
    if (!SQL_AUDIT_DAYS.includes(sqlAuditDays)) {
      throw new ConstructPropError(this, { zh: `SQL 审计保存天数只能是 ${SQL_AUDIT_DAYS.join("、")}`, en: `SQL audit days must be one of ${SQL_AUDIT_DAYS.join(", ")}` });
    }
    if (props.ssl === false) {
      throw violation(
        "A29.7",
        this,
        { zh: "ssl = false 允许明文连接数据库", en: "ssl = false allows plain-text connections" },
      );
    }
    requireEncryption(this, props.tde, "tde = false ");
    if (props.deletionProtection === false) {
      throw violation(
        "A26.5",
        this,
        { zh: "deletionProtection = false 使数据库可被误删", en: "deletionProtection = false lets the database be deleted by accident" },
      );
    }

    const crossRegion = props.crossRegionBackup ?? true;
    if (!crossRegion && important) {
      throw violation(
        "A26.3",
        this,
        { zh: `分级为 ${classification} 的重要数据须跨区域备份`, en: `important data (${classification}) needs a cross-region backup` },
      );
    }
    const crossBackupRegion = crossRegion ? (props.crossBackupRegion ?? DomesticStack.nearest(this)?.drRegion ?? this.drRegionFromProviders()) : undefined;
    if (crossBackupRegion !== undefined) {
      requireAllowedRegion(this, crossBackupRegion, { zh: "跨区域备份目的区域", en: "cross-region backup region" }, "A23.2");
      if (crossBackupRegion === region) {
        throw violation(
          "A26.3",
          this,
          { zh: `跨区域备份的目的区域 ${region} 就是实例所在区域`, en: `the cross-region backup goes to ${region}, the instance's own region` },
        );
      }
    }

    let keyId = props.kmsKeyId;
    if (keyId === undefined && important) {
      this.key = customerManagedKey(this, "key", settings, `${props.name} TDE`, provider);
      keyId = this.key.id;
    }

    this.instance = new DbInstance(this, "instance", {
      provider,
      instanceName: props.name,
      engine: props.engine ?? "MySQL",
      engineVersion: props.engineVersion ?? "8.0",
      instanceType: props.instanceType ?? "mysql.n2.medium.2c",
      instanceStorage: props.instanceStorage ?? 100,
      dbInstanceStorageType: props.storageType ?? "cloud_essd",
      instanceChargeType: "Postpaid",
      category,
      zoneId: props.zoneId,
      zoneIdSlaveA: props.standbyZoneId,
      vswitchId: props.vswitchIds.join(","),
      vpcId: props.vpcId,
      securityIps,
      sqlCollectorStatus: "Enabled",
      sqlCollectorConfigValue: sqlAuditDays,
      sslAction: "Open",
      tdeStatus: "Enabled",
      ...(keyId !== undefined ? { tdeEncryptionKey: keyId } : {}),
      deletionProtection: true,
      tags: classified(settings, classification, props.tags),
    });
    this.backupPolicy = new DbBackupPolicy(this, "backup-policy", {
      provider,
      instanceId: this.instance.id,
      preferredBackupPeriod: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
      preferredBackupTime: "18:00Z-19:00Z",
      backupRetentionPeriod: backupDays,
      enableBackupLog: true,
      logBackupRetentionPeriod: backupDays,
    });
    if (crossBackupRegion !== undefined) {
      this.crossBackupPolicy = new RdsInstanceCrossBackupPolicy(this, "cross-region-backup", {
        provider,
        instanceId: this.instance.id,
        crossBackupRegion,
        logBackupEnabled: "Enable",
        retention: backupDays,
      });
    }
    GovguardPolicyCheck.ensure(this);
  }

  private drRegionFromProviders(): string {
    const dr = stackProvidersOf(this)?.dr.region;
    if (dr === undefined) {
      throw violation(
        "A26.3",
        this,
        { zh: "没有跨区域备份的目的区域", en: "there is no region to copy backups to" },
      );
    }
    return dr;
  }
}

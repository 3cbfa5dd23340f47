// The log archive: an SLS project whose log stores keep a year and are encrypted (A20.1, A21.2),
// an OSS archive bucket with versioning, a lifecycle of at least a year, WORM, zone redundancy and
// no public access (A20.5, A20.6, A26.2, A22.1), and an ActionTrail trail for all regions and all
// events into both (A20.2).
import { TerraformProvider, Token } from "./cdk";
import { Construct } from "constructs";
import { ActiontrailTrail } from "../.gen/providers/alicloud/actiontrail-trail";
import { DataAlicloudAccount } from "../.gen/providers/alicloud/data-alicloud-account";
import { LogProject } from "../.gen/providers/alicloud/log-project";
import { LogStore } from "../.gen/providers/alicloud/log-store";
import { OssBucket } from "../.gen/providers/alicloud/oss-bucket";
import { OssBucketWorm } from "../.gen/providers/alicloud/oss-bucket-worm";
import {
  bucketEncryption,
  classified,
  drProviderAndRegion,
  hardenBucket,
  LOG_ARCHIVE_TAG,
  providerAndRegion,
  requireBucketName,
  requireClassification,
  requireDays,
  requireEncryption,
} from "./common";
import { ConstructPropError } from "./errors";
import { violation } from "./policy-facts";
import { GovguardPolicyCheck } from "./policy-check";
import { GovguardSettings, settingsOf } from "./settings";

const MAX_RETENTION = 3650;

function requireRetention(scope: Construct, settings: GovguardSettings, control: string, days: number | undefined, what: { zh: string; en: string }): number {
  const value = days ?? settings.minRetentionDays;
  requireDays(scope, control, value, settings.minRetentionDays, what);
  if (value > MAX_RETENTION) {
    throw new ConstructPropError(scope, { zh: `${what.zh} ${value} 天超过上限 3650 天（3650 表示永久保存）`, en: `${what.en} ${value} days is above 3650 (3650 keeps logs permanently)` });
  }
  return value;
}

export interface LogArchiveBucketProps {
  /** The bucket name. */
  readonly bucketName: string;
  /** The provider (region) of the bucket; default the stack's default provider. */
  readonly provider?: TerraformProvider;
  /** Days objects are kept before the lifecycle rule deletes them; at least logs.min_retention_days (A20.5). Default that minimum. */
  readonly expirationDays?: number;
  /** Days the WORM retention policy protects objects; at least logs.min_retention_days (A20.6). Default that minimum. */
  readonly wormDays?: number;
  /**
   * The WORM policy's state. `Locked` (default) cannot be shortened or removed; `InProgress` lapses
   * after 24 hours unless it is locked, so it only suits a trial.
   */
  readonly wormStatus?: "Locked" | "InProgress";
  /** Days after which objects move to the Infrequent Access class; default 30. Must be below expirationDays. */
  readonly infrequentAccessAfterDays?: number;
  /** Classification tag value (A21.1); default `internal`. */
  readonly classification?: string;
  /** A customer-managed KMS key for server-side encryption; default the OSS-managed KMS key. */
  readonly kmsKeyId?: string;
}

/**
 * An OSS bucket fit to archive logs: ZRS, versioned, encrypted, tagged as a log archive, objects
 * kept at least a year under a WORM retention policy, public access blocked, TLS only.
 */
export class LogArchiveBucket extends Construct {
  readonly bucket: OssBucket;
  readonly bucketName: string;
  readonly worm: OssBucketWorm;

  constructor(scope: Construct, id: string, props: LogArchiveBucketProps) {
    super(scope, id);
    const settings = settingsOf(this);
    const { provider } = providerAndRegion(this, props.provider);
    const classification = requireClassification(this, settings, props.classification ?? "internal");
    const expirationDays = requireRetention(this, settings, "A20.5", props.expirationDays, { zh: "归档对象保存期限", en: "archive object expiration" });
    const wormDays = requireRetention(this, settings, "A20.6", props.wormDays, { zh: "WORM 保留期限", en: "WORM retention" });
    const iaDays = props.infrequentAccessAfterDays ?? 30;
    if (iaDays >= expirationDays) {
      throw new ConstructPropError(this, { zh: "转低频存储的天数须少于过期天数", en: "infrequentAccessAfterDays must be below expirationDays" });
    }
    this.bucketName = requireBucketName(this, props.bucketName);

    this.bucket = new OssBucket(this, "bucket", {
      provider,
      bucket: this.bucketName,
      acl: "private",
      storageClass: "Standard",
      redundancyType: "ZRS",
      versioning: { status: "Enabled" },
      serverSideEncryptionRule: bucketEncryption(settings, props.kmsKeyId),
      lifecycleRule: [
        {
          id: "archive-retention",
          enabled: true,
          prefix: "",
          transitions: [{ days: iaDays, storageClass: "IA" }],
          expiration: [{ days: expirationDays }],
          noncurrentVersionExpiration: [{ days: expirationDays }],
        },
      ],
      tags: classified(settings, classification, { [LOG_ARCHIVE_TAG]: "true" }),
    });
    this.worm = new OssBucketWorm(this, "worm", {
      provider,
      bucket: this.bucket.bucket,
      retentionPeriodInDays: wormDays,
      status: props.wormStatus ?? "Locked",
    });
    hardenBucket(this, this.bucket, this.bucketName, provider);
    GovguardPolicyCheck.ensure(this);
  }
}

export interface LogArchiveTrailOptions {
  /** The trail name; default `<name>-trail`. */
  readonly trailName?: string;
  /** Events recorded; only `All` covers the regulation (A20.2). Default `All`. */
  readonly eventRw?: string;
  /** Regions recorded; only `All` covers the regulation (A20.2). Default `All`. */
  readonly trailRegion?: string;
  /** The role ActionTrail writes with; default the service-linked role of the account. */
  readonly slsWriteRoleArn?: string;
}

export interface LogArchiveProps {
  /** Base name: the SLS project and the archive bucket (`<name>-archive`) are named after it. */
  readonly name: string;
  /** SLS project name; default `name`. */
  readonly projectName?: string;
  /** Archive bucket name; default `<name>-archive`. */
  readonly bucketName?: string;
  /** Days every log store keeps logs; at least logs.min_retention_days (A20.1), 3650 = permanent. Default that minimum. */
  readonly retentionDays?: number;
  /** Days the archive bucket keeps objects (lifecycle, A20.5) and WORM protects them (A20.6). Default retentionDays. */
  readonly archiveDays?: number;
  /** Log store encryption (A21.2); false is refused. Default true. */
  readonly encrypted?: boolean;
  /** Log store encryption type: `default` (AES) or `m4` (SM4); default `m4` when crypto.require_sm, else `default` (A17.1). */
  readonly encryptType?: "default" | "m4";
  /** Classification tag value of the project and buckets (A21.1); default `internal`. */
  readonly classification?: string;
  /** The ActionTrail trail (A20.2), or false when the account's trail is managed elsewhere (logs.trail_managed_elsewhere). Default on. */
  readonly trail?: boolean | LogArchiveTrailOptions;
  /** The account ID used in ARNs; default the current account (data source alicloud_account). */
  readonly accountId?: string;
  /** Log stores to create up front besides the trail's; more with `logStore(name)`. */
  readonly logStores?: readonly string[];
  /** The provider (region) of the archive; default the stack's default provider. */
  readonly provider?: TerraformProvider;
  /** The disaster-recovery provider, for the archive bucket that DR-region buckets log to; default the DomesticStack's. */
  readonly drProvider?: TerraformProvider;
  /** WORM state of the archive buckets; see LogArchiveBucketProps.wormStatus. Default `Locked`. */
  readonly wormStatus?: "Locked" | "InProgress";
}

const PROJECT_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const STORE_NAME = /^[a-z0-9][a-z0-9_-]{1,61}[a-z0-9]$/;

export class LogArchive extends Construct {
  readonly project: LogProject;
  readonly projectName: string;
  /** The region of the project and the archive bucket. */
  readonly region: string;
  readonly retentionDays: number;
  /** The archive bucket in the primary region. */
  readonly archive: LogArchiveBucket;
  readonly trail?: ActiontrailTrail;
  /** The log store ActionTrail delivers to, when the trail is on. */
  readonly trailStore?: LogStore;

  private readonly settings: GovguardSettings;
  private readonly props: LogArchiveProps;
  private readonly provider?: TerraformProvider;
  private readonly stores = new Map<string, LogStore>();
  private readonly encryptType: string;
  private drArchive?: LogArchiveBucket;

  constructor(scope: Construct, id: string, props: LogArchiveProps) {
    super(scope, id);
    this.props = props;
    this.settings = settingsOf(this);
    const { provider, region } = providerAndRegion(this, props.provider);
    this.provider = provider;
    this.region = region;
    requireEncryption(this, props.encrypted, "encrypted = false ");
    this.encryptType = props.encryptType ?? (this.settings.requireSm ? "m4" : "default");
    if (this.settings.requireSm && this.encryptType !== "m4") {
      throw violation(
        "A17.1",
        this,
        { zh: `crypto.require_sm 要求国密算法，但日志库加密类型为 ${this.encryptType}`, en: `crypto.require_sm requires SM cryptography but the log store encryption is ${this.encryptType}` },
      );
    }
    this.retentionDays = requireRetention(this, this.settings, "A20.1", props.retentionDays, { zh: "日志保存期限", en: "retention" });
    const classification = requireClassification(this, this.settings, props.classification ?? "internal");
    this.projectName = props.projectName ?? props.name;
    if (!PROJECT_NAME.test(this.projectName)) {
      throw new ConstructPropError(this, { zh: `SLS 项目名 ${this.projectName} 不合法（3–63 位小写字母、数字或连字符）`, en: `SLS project name ${this.projectName} is not valid (3-63 lower-case letters, digits or hyphens)` });
    }

    this.project = new LogProject(this, "project", {
      provider,
      projectName: this.projectName,
      description: "政务应用日志归档 / government application log archive",
      tags: classified(this.settings, classification),
    });
    this.archive = new LogArchiveBucket(this, "archive", {
      provider,
      bucketName: props.bucketName ?? `${props.name}-archive`,
      expirationDays: props.archiveDays ?? this.retentionDays,
      wormDays: props.archiveDays ?? this.retentionDays,
      wormStatus: props.wormStatus,
      classification,
    });
    for (const name of props.logStores ?? []) this.logStore(name);

    if (props.trail !== false) {
      const options = typeof props.trail === "object" ? props.trail : {};
      for (const [key, value] of [["eventRw", options.eventRw], ["trailRegion", options.trailRegion]] as const) {
        if (value !== undefined && value !== "All") {
          throw violation(
            "A20.2",
            this,
            { zh: `操作审计 ${key} = ${value}，没有覆盖所有${key === "eventRw" ? "事件" : "区域"}`, en: `the trail's ${key} is ${value}, which does not cover every ${key === "eventRw" ? "event" : "region"}` },
          );
        }
      }
      const trailName = options.trailName ?? `${props.name}-trail`;
      const accountId = props.accountId ?? new DataAlicloudAccount(this, "account", { provider }).id;
      // ActionTrail writes to the store actiontrail_<trail name>; defined here so its retention is ours (A20.2).
      this.trailStore = this.logStore(`actiontrail_${trailName}`);
      this.trail = new ActiontrailTrail(this, "trail", {
        provider,
        trailName,
        status: "Enable",
        eventRw: "All",
        trailRegion: "All",
        slsProjectArn: `acs:log:${region}:${accountId}:project/${this.project.projectName}`,
        slsWriteRoleArn: options.slsWriteRoleArn ?? `acs:ram::${accountId}:role/aliyunserviceroleforactiontrail`,
        ossBucketName: this.archive.bucket.bucket,
        ossKeyPrefix: "actiontrail",
        dependsOn: [this.trailStore],
      });
    }
    GovguardPolicyCheck.ensure(this);
  }

  /** The log store `name` of the project, created on first use with the archive's retention and encryption. */
  logStore(name: string): LogStore {
    let store = this.stores.get(name);
    if (!store) {
      if (!Token.isUnresolved(name) && !STORE_NAME.test(name)) {
        throw new ConstructPropError(this, { zh: `日志库名 ${name} 不合法`, en: `log store name ${name} is not valid` });
      }
      store = new LogStore(this, `store-${name}`, {
        provider: this.provider,
        projectName: this.project.projectName,
        logstoreName: name,
        retentionPeriod: this.retentionDays,
        shardCount: 2,
        autoSplit: true,
        maxSplitShardCount: 64,
        encryptConf: { enable: true, encryptType: this.encryptType },
      });
      this.stores.set(name, store);
    }
    return store;
  }

  /**
   * The bucket that buckets in the disaster-recovery region deliver access logs to (OSS logs only to
   * a bucket in the same region): a second archive bucket, `<bucket>-dr`, created on first use.
   */
  drArchiveBucket(drProvider?: TerraformProvider): LogArchiveBucket {
    if (!this.drArchive) {
      const { provider } = drProviderAndRegion(this, this.region, drProvider ?? this.props.drProvider);
      this.drArchive = new LogArchiveBucket(this, "dr-archive", {
        provider,
        bucketName: `${this.archive.bucketName}-dr`,
        expirationDays: this.props.archiveDays ?? this.retentionDays,
        wormDays: this.props.archiveDays ?? this.retentionDays,
        wormStatus: this.props.wormStatus,
        classification: this.props.classification ?? "internal",
      });
    }
    return this.drArchive;
  }
}

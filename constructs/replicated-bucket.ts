// A bucket that survives the loss of a region: encrypted, versioned, zone-redundant, access-logged,
// TLS only, public access blocked, and replicated to a replica in the disaster-recovery region
// (A26.1, A26.2, A23.2, A29.6, A20.4, A22.1, A21.2, A21.3).
import { TerraformProvider } from "./cdk";
import { Construct } from "constructs";
import { KmsKey } from "../.gen/providers/alicloud/kms-key";
import { OssBucket, OssBucketWebsite } from "../.gen/providers/alicloud/oss-bucket";
import { OssBucketReplication } from "../.gen/providers/alicloud/oss-bucket-replication";
import {
  bucketEncryption,
  classified,
  customerManagedKey,
  drProviderAndRegion,
  hardenBucket,
  isImportant,
  providerAndRegion,
  requireBucketName,
  requireClassification,
  requireNoForceDestroy,
  requirePrivateAcl,
} from "./common";
import { DomesticStack } from "./domestic-stack";
import { ConstructPropError } from "./errors";
import { violation } from "./policy-facts";
import { LogArchive } from "./log-archive";
import { GovguardPolicyCheck } from "./policy-check";
import { GovguardSettings, settingsOf } from "./settings";

export interface ReplicatedBucketProps {
  /** The primary bucket's name. */
  readonly bucketName: string;
  /** The replica's name; default `<bucketName>-dr`. */
  readonly replicaBucketName?: string;
  /** Classification tag value (A21.1); default the DomesticStack's, else `internal`. */
  readonly classification?: string;
  /**
   * The log archive both buckets deliver access logs to (A20.4): its primary bucket for the primary,
   * its disaster-recovery bucket for the replica. Required unless accessLogBuckets is given.
   */
  readonly logArchive?: LogArchive;
  /** Bucket names to log to instead of a LogArchive: one in each region (OSS logs within a region). */
  readonly accessLogBuckets?: { readonly primary: string; readonly replica: string };
  /** Prefix of the access logs in the archive; default `oss-access/<bucketName>/`. */
  readonly accessLogPrefix?: string;
  /**
   * Encrypt with customer-managed KMS keys (one per region) created here, rotating and deletion-protected.
   * Default true for important data, which requires it (A21.3), else false (the OSS-managed KMS key).
   */
  readonly customerManagedKey?: boolean;
  /** Bring your own keys instead: key IDs in the primary and the DR region. */
  readonly kmsKeyIds?: { readonly primary: string; readonly replica: string };
  /** Only `private` is accepted (A22.1). */
  readonly acl?: string;
  /** Refused when true (A26.5). */
  readonly forceDestroy?: boolean;
  /** Static website hosting on the primary (served through DomesticCdn, never publicly). */
  readonly website?: OssBucketWebsite;
  /**
   * Also replicate the replica back to the primary, so writes after a fail-over flow back and the
   * replica of important data is itself replicated (A26.1). Default true.
   */
  readonly bidirectional?: boolean;
  /** Only these prefixes are replicated; default everything. */
  readonly replicatePrefixes?: string[];
  /** The RAM role OSS replicates KMS-encrypted objects with; default `AliyunOSSRole`. */
  readonly replicationRole?: string;
  /** Primary provider; default the stack's default. */
  readonly provider?: TerraformProvider;
  /** Disaster-recovery provider; default the DomesticStack's. */
  readonly drProvider?: TerraformProvider;
}

export class ReplicatedBucket extends Construct {
  readonly bucket: OssBucket;
  readonly bucketName: string;
  readonly region: string;
  readonly replica: OssBucket;
  readonly replicaBucketName: string;
  readonly drRegion: string;
  readonly replication: OssBucketReplication;
  readonly replicationBack?: OssBucketReplication;
  readonly classification: string;
  /** The customer-managed keys, when created here. */
  readonly keys?: { readonly primary: KmsKey; readonly replica: KmsKey };

  constructor(scope: Construct, id: string, props: ReplicatedBucketProps) {
    super(scope, id);
    const settings = settingsOf(this);
    const primary = providerAndRegion(this, props.provider);
    const dr = drProviderAndRegion(this, primary.region, props.drProvider);
    this.region = primary.region;
    this.drRegion = dr.region;
    this.bucketName = requireBucketName(this, props.bucketName);
    this.replicaBucketName = requireBucketName(this, props.replicaBucketName ?? `${props.bucketName}-dr`);
    this.classification = requireClassification(this, settings, props.classification ?? DomesticStack.nearest(this)?.classification ?? "internal");
    const important = isImportant(settings, this.classification);
    requirePrivateAcl(this, props.acl);
    requireNoForceDestroy(this, props.forceDestroy);

    const wantsCmk = props.customerManagedKey ?? important;
    if (important && !wantsCmk && props.kmsKeyIds === undefined) {
      throw violation(
        "A21.3",
        this,
        { zh: `分级为 ${this.classification} 的重要数据必须使用自管 KMS 密钥加密`, en: `important data (${this.classification}) must be encrypted with a customer-managed KMS key` },
      );
    }
    if (props.bidirectional === false && important) {
      throw violation(
        "A26.1",
        this,
        { zh: "重要数据的副本存储桶也须复制到另一境内区域，单向复制使副本不合规", en: "the replica of important data must itself be replicated to another mainland region; one-way replication leaves it non-compliant" },
      );
    }
    let keyIds = props.kmsKeyIds;
    if (keyIds === undefined && wantsCmk) {
      this.keys = {
        primary: customerManagedKey(this, "key", settings, `${this.bucketName} 存储桶加密 / bucket encryption`, primary.provider),
        replica: customerManagedKey(this, "replica-key", settings, `${this.replicaBucketName} 存储桶加密 / bucket encryption`, dr.provider),
      };
      keyIds = { primary: this.keys.primary.id, replica: this.keys.replica.id };
    }

    const logTargets = this.logTargets(props);
    const prefix = props.accessLogPrefix ?? `oss-access/${this.bucketName}/`;

    this.bucket = this.makeBucket("bucket", settings, this.bucketName, primary.provider, keyIds?.primary, logTargets.primary, prefix, props.website);
    this.replica = this.makeBucket("replica", settings, this.replicaBucketName, dr.provider, keyIds?.replica, logTargets.replica, prefix, undefined);

    this.replication = this.replicate("replication", this.bucket, this.replica, dr.region, primary.provider, keyIds?.replica, props);
    if (props.bidirectional !== false) {
      this.replicationBack = this.replicate("replication-back", this.replica, this.bucket, primary.region, dr.provider, keyIds?.primary, props);
    }
    GovguardPolicyCheck.ensure(this);
  }

  private logTargets(props: ReplicatedBucketProps): { primary: string; replica: string } {
    if (props.accessLogBuckets) return props.accessLogBuckets;
    if (props.logArchive) {
      if (props.logArchive.region !== this.region) {
        throw new ConstructPropError(this, {
          zh: `日志归档在 ${props.logArchive.region}，存储桶在 ${this.region}；OSS 只能把访问日志投递到同一区域的存储桶`,
          en: `the log archive is in ${props.logArchive.region} and the bucket in ${this.region}; OSS delivers access logs only to a bucket in the same region`,
        });
      }
      return { primary: props.logArchive.archive.bucket.bucket, replica: props.logArchive.drArchiveBucket(props.drProvider).bucket.bucket };
    }
    throw violation(
      "A20.4",
      this,
      { zh: "存储桶没有访问日志的投递目标", en: "the buckets have nowhere to deliver access logs" },
    );
  }

  private makeBucket(
    id: string,
    settings: GovguardSettings,
    name: string,
    provider: TerraformProvider | undefined,
    kmsKeyId: string | undefined,
    logTarget: string,
    logPrefix: string,
    website: OssBucketWebsite | undefined,
  ): OssBucket {
    const scope = new Construct(this, id);
    const bucket = new OssBucket(scope, "bucket", {
      provider,
      bucket: name,
      acl: "private",
      storageClass: "Standard",
      redundancyType: "ZRS",
      versioning: { status: "Enabled" },
      serverSideEncryptionRule: bucketEncryption(settings, kmsKeyId),
      logging: { targetBucket: logTarget, targetPrefix: logPrefix },
      website,
      tags: classified(settings, this.classification),
    });
    hardenBucket(scope, bucket, name, provider);
    return bucket;
  }

  private replicate(
    id: string,
    source: OssBucket,
    destination: OssBucket,
    destinationRegion: string,
    provider: TerraformProvider | undefined,
    destinationKey: string | undefined,
    props: ReplicatedBucketProps,
  ): OssBucketReplication {
    return new OssBucketReplication(this, id, {
      provider,
      bucket: source.bucket,
      action: "ALL",
      historicalObjectReplication: "enabled",
      // A literal location: the destination region is known before apply (A23.2, A26.1).
      destination: { bucket: destination.bucket, location: `oss-${destinationRegion}`, transferType: "internal" },
      ...(props.replicatePrefixes ? { prefixSet: { prefixes: props.replicatePrefixes } } : {}),
      ...(destinationKey !== undefined
        ? {
            syncRole: props.replicationRole ?? "AliyunOSSRole",
            sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: "Enabled" } },
            encryptionConfiguration: { replicaKmsKeyId: destinationKey },
          }
        : {}),
    });
  }
}

// Helpers shared by the constructs: regions and providers, classification tags, encryption at
// rest, the hardening every OSS bucket gets, and customer-managed keys.
import { TerraformProvider, TerraformStack, Token } from "./cdk";
import { isProvider, stackOf } from "./identity";
import { IConstruct } from "constructs";
import { KmsKey } from "../.gen/providers/alicloud/kms-key";
import { OssBucket, OssBucketServerSideEncryptionRule } from "../.gen/providers/alicloud/oss-bucket";
import { OssBucketPolicy } from "../.gen/providers/alicloud/oss-bucket-policy";
import { OssBucketPublicAccessBlock } from "../.gen/providers/alicloud/oss-bucket-public-access-block";
import { AlicloudProvider } from "../.gen/providers/alicloud/provider";
import { ConstructPropError } from "./errors";
import { violation } from "./policy-facts";
import { configOf, GovguardSettings, regionFindings } from "./settings";

/** Tag that marks a bucket as a log archive (A20.5, A20.6), as the policy reads it. */
export const LOG_ARCHIVE_TAG = "log-archive";

// ------------------------------------------------------------------------------ regions

/** The providers a DomesticStack created, so constructs below it find the primary and DR ones. */
export interface StackProviders {
  primary: AlicloudProvider;
  dr: AlicloudProvider;
}

const stackProviders = new WeakMap<TerraformStack, StackProviders>();

export function registerStackProviders(stack: TerraformStack, providers: StackProviders): void {
  stackProviders.set(stack, providers);
}

export function stackProvidersOf(scope: IConstruct): StackProviders | undefined {
  return stackProviders.get(stackOf(scope));
}

/**
 * Throws when the policy would report a provider in `region` (A23.1, A24.1). For a destination of
 * data (a backup or log copy, not a provider) pass `control` = A23.2.
 */
export function requireAllowedRegion(scope: IConstruct, region: string, what: { zh: string; en: string }, control?: string): void {
  const [finding] = regionFindings(configOf(scope), region);
  if (finding) {
    throw violation(control ?? finding.control, scope, { zh: `${what.zh}：${finding.message.zh}`, en: `${what.en}: ${finding.message.en}` }, control ? undefined : finding,
    );
  }
}

/** An alicloud provider, of whichever bindings made it (govguard's or prebuilt ones). */
function isAlicloudProvider(x: unknown): x is TerraformProvider & { region?: string } {
  return isProvider(x) && x.terraformResourceType === "alicloud";
}

/** The default (un-aliased) alicloud provider of the stack `scope` is in. */
function defaultProvider(scope: IConstruct): TerraformProvider | undefined {
  const registered = stackProvidersOf(scope)?.primary;
  if (registered) return registered;
  return stackOf(scope).node.findAll().find((c): c is TerraformProvider => isAlicloudProvider(c) && c.alias === undefined);
}

/**
 * The provider a construct deploys with and its region, which must be a literal (it goes into
 * endpoints, ARNs and replication targets) and allowed (A23.1).
 */
export function providerAndRegion(scope: IConstruct, provider?: TerraformProvider): { provider?: TerraformProvider; region: string } {
  const chosen = provider ?? defaultProvider(scope);
  const region = isAlicloudProvider(chosen) ? chosen.region : undefined;
  if (region === undefined || Token.isUnresolved(region)) {
    throw violation(
      "A23.1",
      scope,
      chosen
        ? { zh: "提供方的 region 不是字面值，构件无法确认数据所在区域", en: "the provider's region is not a literal, so the construct cannot tell where the data lives" }
        : { zh: "栈中没有设置了 region 的 alicloud 提供方", en: "the stack has no alicloud provider with a region" },
    );
  }
  requireAllowedRegion(scope, region, { zh: "提供方区域", en: "provider region" });
  // Only an explicitly chosen provider is written into the resources; the default applies anyway.
  return { provider: provider, region };
}

/** The disaster-recovery provider: the one given, or the DomesticStack's. */
export function drProviderAndRegion(scope: IConstruct, primaryRegion: string, provider?: TerraformProvider): { provider: TerraformProvider; region: string } {
  const chosen = provider ?? stackProvidersOf(scope)?.dr;
  if (!chosen) {
    throw violation(
      "A26.1",
      scope,
      { zh: "没有灾备区域的提供方", en: "there is no provider for the disaster-recovery region" },
    );
  }
  const { region } = providerAndRegion(scope, chosen);
  if (region === primaryRegion) {
    throw violation(
      "A26.1",
      scope,
      { zh: `灾备区域 ${region} 与主区域相同，同区域复制不算异地容灾`, en: `the disaster-recovery region ${region} is the primary region; same-region copies are not disaster recovery` },
    );
  }
  return { provider: chosen, region };
}

// ------------------------------------------------------------------------------ classification

export function isImportant(settings: GovguardSettings, classification: string): boolean {
  return settings.importantValues.includes(classification);
}

/** Throws A21.1 unless `value` is an allowed classification. */
export function requireClassification(scope: IConstruct, settings: GovguardSettings, value: string): string {
  if (!settings.classificationValues.includes(value)) {
    throw violation(
      "A21.1",
      scope,
      { zh: `数据分级 ${value} 不在允许的取值（${settings.classificationValues.join("、")}）中`, en: `classification ${value} is not one of ${settings.classificationValues.join(", ")}` },
    );
  }
  return value;
}

/** The classification tag (A21.1) merged into `tags`. */
export function classified(settings: GovguardSettings, classification: string, tags: Record<string, string> = {}): Record<string, string> {
  return { ...tags, [settings.tagKey]: classification };
}

// ------------------------------------------------------------------------------ encryption

/** Throws A21.2 when a prop switches encryption at rest off. */
export function requireEncryption(scope: IConstruct, enabled: boolean | undefined, what: string): void {
  if (enabled === false) {
    throw violation(
      "A21.2",
      scope,
      { zh: `${what}关闭了静态加密`, en: `${what} switches encryption at rest off` },
    );
  }
}

/**
 * Server-side encryption for a bucket (A21.2): with a customer-managed key when one is given
 * (A21.3), with SM4 when crypto.require_sm is set (A17.1).
 */
export function bucketEncryption(settings: GovguardSettings, kmsKeyId?: string): OssBucketServerSideEncryptionRule {
  if (kmsKeyId !== undefined) {
    return { sseAlgorithm: "KMS", kmsMasterKeyId: kmsKeyId, ...(settings.requireSm ? { kmsDataEncryption: "SM4" } : {}) };
  }
  return settings.requireSm ? { sseAlgorithm: "SM4" } : { sseAlgorithm: "KMS" };
}

/**
 * A customer-managed KMS key as the controls want it: rotating yearly (A21.3), protected from
 * deletion (A26.5), SM4 when crypto.require_sm is set (A17.1).
 */
export function customerManagedKey(scope: IConstruct, id: string, settings: GovguardSettings, description: string, provider?: TerraformProvider): KmsKey {
  return new KmsKey(scope, id, {
    provider,
    description,
    keySpec: settings.requireSm ? "Aliyun_SM4" : "Aliyun_AES_256",
    keyUsage: "ENCRYPT/DECRYPT",
    protectionLevel: "SOFTWARE",
    automaticRotation: "Enabled",
    rotationInterval: "365d",
    pendingWindowInDays: 30,
    deletionProtection: "Enabled",
  });
}

// ------------------------------------------------------------------------------ buckets

const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

export function requireBucketName(scope: IConstruct, name: string): string {
  if (!Token.isUnresolved(name) && !BUCKET_NAME.test(name)) {
    throw new ConstructPropError(scope, {
      zh: `存储桶名称 ${name} 不合法（3–63 位小写字母、数字或连字符，首尾为字母或数字）`,
      en: `bucket name ${name} is not valid (3-63 lower-case letters, digits or hyphens, starting and ending with a letter or digit)`,
    });
  }
  return name;
}

/** Throws A22.1 for an ACL that makes a bucket public. */
export function requirePrivateAcl(scope: IConstruct, acl: string | undefined): string {
  const value = acl ?? "private";
  if (value !== "private") {
    throw violation(
      "A22.1",
      scope,
      { zh: `存储桶访问控制为 ${value}，对象存储不得公开访问`, en: `the bucket ACL is ${value}; object storage must never be public` },
    );
  }
  return value;
}

/** Throws A26.5 when a prop lets a bucket be destroyed with its objects. */
export function requireNoForceDestroy(scope: IConstruct, forceDestroy: boolean | undefined): void {
  if (forceDestroy === true) {
    throw violation(
      "A26.5",
      scope,
      { zh: "force_destroy = true 会在销毁时连同对象一起删除", en: "force_destroy = true deletes the objects along with the bucket" },
    );
  }
}

/** A policy denying every request that does not come over TLS (A29.6). */
export function tlsOnlyPolicy(bucketName: string): string {
  return JSON.stringify({
    Version: "1",
    Statement: [
      {
        Effect: "Deny",
        Principal: ["*"],
        Action: ["oss:*"],
        Resource: [`acs:oss:*:*:${bucketName}`, `acs:oss:*:*:${bucketName}/*`],
        Condition: { Bool: { "acs:SecureTransport": ["false"] } },
      },
    ],
  });
}

/** What every bucket gets beside itself: public access blocked (A22.1) and TLS only (A29.6). */
export function hardenBucket(scope: IConstruct, bucket: OssBucket, bucketName: string, provider?: TerraformProvider): { publicAccessBlock: OssBucketPublicAccessBlock; policy: OssBucketPolicy } {
  return {
    publicAccessBlock: new OssBucketPublicAccessBlock(scope, "public-access-block", { provider, bucket: bucket.bucket, blockPublicAccess: true }),
    policy: new OssBucketPolicy(scope, "tls-only-policy", { provider, bucket: bucket.bucket, policy: tlsOnlyPolicy(bucketName) }),
  };
}

/** Throws `control` for a day count below the configured minimum. */
export function requireDays(
  scope: IConstruct,
  control: string,
  days: number,
  minimum: number,
  what: { zh: string; en: string },
): number {
  if (!Number.isInteger(days) || days < minimum) {
    throw violation(
      control,
      scope,
      { zh: `${what.zh} ${days} 天少于 ${minimum} 天`, en: `${what.en} ${days} days is below ${minimum}` },
    );
  }
  return days;
}

// govguard's CDKTF constructs: a compliant government application stack by composition, and the
// synth-time policy check that keeps hand-written resources next to them honest.
export { AdminAccess } from "./admin-access";
export type { AdminAccessProps, BastionOptions } from "./admin-access";
export { bucketEncryption, customerManagedKey, hardenBucket, LOG_ARCHIVE_TAG, tlsOnlyPolicy } from "./common";
export { factsAt, remediationOf } from "./policy-facts";
export { Database } from "./database";
export type { DatabaseProps } from "./database";
export { DomesticCdn, ossOrigin } from "./domestic-cdn";
export type { CdnCertificate, CdnLogTarget, CdnOrigin, DomesticCdnProps } from "./domestic-cdn";
export { ClassificationAspect, DomesticStack } from "./domestic-stack";
export type { DomesticStackProps } from "./domestic-stack";
export { articleText, ConstructPropError, ControlViolationError } from "./errors";
export { IdentityBaseline } from "./identity-baseline";
export type { IdentityBaselineProps } from "./identity-baseline";
export { LogArchive, LogArchiveBucket } from "./log-archive";
export type { LogArchiveBucketProps, LogArchiveProps, LogArchiveTrailOptions } from "./log-archive";
export { Monitoring } from "./monitoring";
export type { AlarmOptions, MonitoringProps } from "./monitoring";
export { GovNetwork } from "./network";
export type { GovNetworkProps, SubnetOptions } from "./network";
export { GovguardPolicyCheck } from "./policy-check";
export type { PolicyCheckOptions, SynthWaiver } from "./policy-check";
export { ReplicatedBucket } from "./replicated-bucket";
export type { ReplicatedBucketProps } from "./replicated-bucket";
export { configOf, settingsOf, useGovguardConfig } from "./settings";
export type { GovguardConfig, GovguardSettings } from "./settings";

// The constructs: each compliant by default under the full policy bundle, each refusing the props
// that would break a control, naming the control.
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { OssBucket } from "../.gen/providers/alicloud/oss-bucket";
import { AlicloudProvider } from "../.gen/providers/alicloud/provider";
import { RamLoginProfile } from "../.gen/providers/alicloud/ram-login-profile";
import { RamUser } from "../.gen/providers/alicloud/ram-user";
import {
  AdminAccess,
  AdminAccessProps,
  articleText,
  ControlViolationError,
  Database,
  DatabaseProps,
  DomesticCdn,
  DomesticCdnProps,
  DomesticStack,
  DomesticStackProps,
  GovguardConfig,
  GovguardPolicyCheck,
  GovNetwork,
  IdentityBaseline,
  IdentityBaselineProps,
  LogArchive,
  LogArchiveProps,
  Monitoring,
  ossOrigin,
  ReplicatedBucket,
  ReplicatedBucketProps,
} from "../constructs";
import { chineseNumber } from "../constructs/errors";
import { PolicyEvaluator } from "../src/engine/policy";
import { pairs } from "./helpers";

// ------------------------------------------------------------------------------ helpers

type Json = Record<string, Record<string, Record<string, unknown>>>;

const evaluators = new Map<string, PolicyEvaluator>();

let controls: ReturnType<PolicyEvaluator["catalogue"]> | undefined;
function catalogue(): ReturnType<PolicyEvaluator["catalogue"]> {
  controls ??= PolicyEvaluator.load().catalogue();
  return controls;
}

/** A configuration with the cloud platform's assessment reference declared, as every project's
 * govguard.yaml must (A24.1 reports a stack without one); constructs cannot supply it. */
function declared(config: GovguardConfig = {}): GovguardConfig {
  return { ...config, cloud: { assessment_reference: "CSSA-2025-0117", ...(config.cloud as object | undefined) } };
}

/** The full bundle over the synthesized JSON, loaded independently of the constructs' own check. */
function bundleFindings(stack: TerraformStack, settings: GovguardConfig = {}): [string, string][] {
  const config = declared(settings);
  const key = JSON.stringify(config);
  if (!evaluators.has(key)) evaluators.set(key, PolicyEvaluator.load(undefined, { govguard_config: config }));
  const report = evaluators.get(key)!.evaluate(JSON.parse(Testing.synth(stack)) as object);
  expect(report.errors).toEqual([]);
  return pairs(report.findings);
}

function synthJson(stack: TerraformStack): { resource: Json; provider: Record<string, unknown[]>; data?: Json } {
  return JSON.parse(Testing.synth(stack)) as { resource: Json; provider: Record<string, unknown[]>; data?: Json };
}

/** The only resource of a type, by its values. */
function only(json: { resource: Json }, type: string): Record<string, unknown> {
  const all = Object.values(json.resource[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0];
}

function all(json: { resource: Json }, type: string): Record<string, unknown>[] {
  return Object.values(json.resource[type] ?? {});
}

function govStack(props: Partial<DomesticStackProps> = {}): DomesticStack {
  return new DomesticStack(Testing.app(), "gov", { primaryRegion: "cn-hangzhou", drRegion: "cn-shanghai", ...props, config: declared(props.config) });
}

/** What every stack needs at stack level anyway: the log archive with its trail, and an alarm. */
function baseline(stack: Construct, logProps: Partial<LogArchiveProps> = {}): LogArchive {
  const logs = new LogArchive(stack, "logs", { name: "gg-test-logs", ...logProps });
  const monitoring = new Monitoring(stack, "monitoring", { contactGroupName: "gg-oncall" });
  monitoring.addAlarm("cpu", { name: "gg-cpu", project: "acs_ecs_dashboard", metric: "CPUUtilization", dimensions: [{ instanceId: "i-gg" }], threshold: 85 });
  return logs;
}

/** Expects `build` to throw a ControlViolationError naming `control`, and returns it. */
function refused(control: string, build: () => unknown): ControlViolationError {
  let error: unknown;
  try {
    build();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ControlViolationError);
  const violation = error as ControlViolationError;
  expect(violation.control).toBe(control);
  expect(violation.message.startsWith(`${control} (${articleText(control)})`)).toBe(true);
  // Bilingual: a Chinese and an English statement of the problem.
  expect(violation.message).toMatch(/[\u4e00-\u9fff]/);
  expect(violation.problem.en).toMatch(/[a-z]/);
  // The fix is the catalogue's remediation of the control, never a second text in the construct.
  expect(violation.fix).toEqual(catalogue()[control].remediation);
  return violation;
}

// ------------------------------------------------------------------------------ errors

describe("ControlViolationError", () => {
  test("names the control and its article in Chinese and English", () => {
    expect([5, 10, 12, 20, 23, 36, 44].map(chineseNumber)).toEqual(["五", "十", "十二", "二十", "二十三", "三十六", "四十四"]);
    const e = new ControlViolationError("A20.1", "portal/logs", { zh: "日志保存期限 30 天少于 365 天", en: "retention 30 days is below 365" });
    expect(e.message).toBe("A20.1 (第二十条 / Article 20) [portal/logs]: 日志保存期限 30 天少于 365 天 / retention 30 days is below 365");
    expect(e.article).toBe(20);
  });
});

// ------------------------------------------------------------------------------ DomesticStack

describe("DomesticStack", () => {
  test("creates the primary and the disaster-recovery provider and classifies data-bearing resources", () => {
    const stack = govStack();
    new OssBucket(stack, "untagged", { bucket: "gg-untagged" });
    new OssBucket(stack, "tagged", { bucket: "gg-tagged", tags: { "data-classification": "sensitive", owner: "ops" } });
    const json = synthJson(stack);
    expect(json.provider.alicloud).toEqual([{ region: "cn-hangzhou" }, { alias: "dr", region: "cn-shanghai" }]);
    expect(json.resource.alicloud_oss_bucket.untagged.tags).toEqual({ "data-classification": "internal" });
    expect(json.resource.alicloud_oss_bucket.tagged.tags).toEqual({ "data-classification": "sensitive", owner: "ops" });
    expect(GovguardPolicyCheck.isEnabled(stack)).toBe(true);
  });

  test("the classification tag key and value come from the configuration", () => {
    const stack = govStack({ config: { data: { tag_key: "sjfj", values: ["l1", "l2"], important_values: ["l2"] } }, classification: "l1" });
    new OssBucket(stack, "b", { bucket: "gg-b" });
    expect(synthJson(stack).resource.alicloud_oss_bucket.b.tags).toEqual({ sjfj: "l1" });
  });

  test("the log archive and a monitoring alarm make a stack with no finding under the full bundle", () => {
    const stack = govStack();
    baseline(stack);
    expect(bundleFindings(stack)).toEqual([]);
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test("refuses regions outside the mainland or the platform, one region for both, unknown classifications", () => {
    expect(refused("A23.1", () => govStack({ primaryRegion: "cn-hongkong" })).message).toContain("cn-hongkong");
    refused("A23.1", () => govStack({ drRegion: "ap-southeast-1" }));
    refused("A26.1", () => govStack({ drRegion: "cn-hangzhou" }));
    refused("A24.1", () => govStack({ config: { cloud: { platform: "alibaba_cloud_finance" } } }));
    refused("A23.1", () => govStack({ config: { regions: { allowed: ["cn-beijing", "cn-shanghai"] } } }));
    refused("A21.1", () => govStack({ classification: "secret" }));
    // The government cloud is its own platform.
    expect(() =>
      govStack({ primaryRegion: "cn-north-2-gov-1", drRegion: "cn-beijing", config: { cloud: { platform: "alibaba_cloud_government" } } }),
    ).toThrow(/A24\.1.*cn-beijing/);
  });

  test("an invalid configuration is refused with its key", () => {
    expect(() => govStack({ config: { logs: { min_retention_days: "a year" } } })).toThrow(/logs\.min_retention_days/);
  });
});

// ------------------------------------------------------------------------------ LogArchive

describe("LogArchive", () => {
  test("by default: stores keep a year encrypted, the archive bucket is versioned, WORM-locked, ZRS and private, the trail covers everything", () => {
    const stack = govStack();
    const logs = baseline(stack);
    logs.logStore("app");
    const json = synthJson(stack);
    for (const store of all(json, "alicloud_log_store")) {
      expect(store.retention_period).toBe(365);
      expect(store.encrypt_conf).toEqual({ enable: true, encrypt_type: "default" });
    }
    expect(all(json, "alicloud_log_store").map((s) => s.logstore_name).sort()).toEqual(["actiontrail_gg-test-logs-trail", "app"]);
    const bucket = only(json, "alicloud_oss_bucket");
    expect(bucket).toMatchObject({
      bucket: "gg-test-logs-archive",
      redundancy_type: "ZRS",
      versioning: { status: "Enabled" },
      tags: { "data-classification": "internal", "log-archive": "true" },
    });
    expect((bucket.lifecycle_rule as { expiration: { days: number }[] }[])[0].expiration).toEqual([{ days: 365 }]);
    expect(only(json, "alicloud_oss_bucket_worm")).toMatchObject({ retention_period_in_days: 365, status: "Locked" });
    expect(only(json, "alicloud_oss_bucket_public_access_block").block_public_access).toBe(true);
    expect(only(json, "alicloud_actiontrail_trail")).toMatchObject({ status: "Enable", event_rw: "All", trail_region: "All" });
    expect(bundleFindings(stack)).toEqual([]);
  });

  test("retention follows logs.min_retention_days", () => {
    const config = { logs: { min_retention_days: 400 } };
    const stack = govStack({ config });
    baseline(stack);
    const json = synthJson(stack);
    expect(all(json, "alicloud_log_store").map((s) => s.retention_period)).toEqual([400]);
    expect(only(json, "alicloud_oss_bucket_worm").retention_period_in_days).toBe(400);
    expect(bundleFindings(stack, config)).toEqual([]);
    refused("A20.1", () => new LogArchive(govStack({ config }), "logs", { name: "gg-logs", retentionDays: 365 }));
  });

  test("SM cryptography when crypto.require_sm is set", () => {
    const config = { crypto: { require_sm: true } };
    const stack = govStack({ config });
    baseline(stack);
    const json = synthJson(stack);
    expect(all(json, "alicloud_log_store")[0].encrypt_conf).toEqual({ enable: true, encrypt_type: "m4" });
    expect(only(json, "alicloud_oss_bucket").server_side_encryption_rule).toEqual({ sse_algorithm: "SM4" });
    expect(bundleFindings(stack, config)).toEqual([]);
    refused("A17.1", () => new LogArchive(govStack({ config }), "logs", { name: "gg-logs", encryptType: "default" }));
  });

  test("refuses short retention, early expiry, no encryption and a partial trail", () => {
    const e = refused("A20.1", () => new LogArchive(govStack(), "logs", { name: "gg-logs", retentionDays: 30 }));
    expect(e.message).toContain("日志保存期限 30 天少于 365 天 / retention 30 days is below 365");
    expect(e.constructPath).toBe("gov/logs");
    refused("A20.5", () => new LogArchive(govStack(), "logs", { name: "gg-logs", archiveDays: 90 }));
    refused("A21.2", () => new LogArchive(govStack(), "logs", { name: "gg-logs", encrypted: false }));
    refused("A20.2", () => new LogArchive(govStack(), "logs", { name: "gg-logs", trail: { eventRw: "Write" } }));
    refused("A20.2", () => new LogArchive(govStack(), "logs", { name: "gg-logs", trail: { trailRegion: "cn-hangzhou" } }));
  });

  test("without its trail the stack reports A20.2, unless the trail is managed elsewhere", () => {
    const stack = govStack();
    baseline(stack, { trail: false });
    expect(bundleFindings(stack)).toEqual([["A20.2", "(stack)"]]);
    const elsewhere = { logs: { trail_managed_elsewhere: true } };
    const managed = govStack({ config: elsewhere });
    baseline(managed, { trail: false });
    expect(bundleFindings(managed, elsewhere)).toEqual([]);
  });
});

// ------------------------------------------------------------------------------ ReplicatedBucket

describe("ReplicatedBucket", () => {
  function replicated(props: Partial<ReplicatedBucketProps> = {}, stack: DomesticStack = govStack()): { stack: DomesticStack; bucket: ReplicatedBucket } {
    const logs = baseline(stack);
    const bucket = new ReplicatedBucket(stack, "data", { bucketName: "gg-data", logArchive: logs, ...props });
    return { stack, bucket };
  }

  test("important data: customer-managed keys, both buckets hardened and logged in their region, replicated both ways", () => {
    const { stack } = replicated({ classification: "important" });
    const json = synthJson(stack);
    const buckets = json.resource.alicloud_oss_bucket;
    const primary = Object.values(buckets).find((b) => b.bucket === "gg-data")!;
    const replica = Object.values(buckets).find((b) => b.bucket === "gg-data-dr")!;
    for (const b of [primary, replica]) {
      expect(b).toMatchObject({ acl: "private", redundancy_type: "ZRS", versioning: { status: "Enabled" }, tags: { "data-classification": "important" } });
      expect(b.server_side_encryption_rule).toMatchObject({ sse_algorithm: "KMS" });
      expect(String((b.server_side_encryption_rule as { kms_master_key_id: string }).kms_master_key_id)).toMatch(/^\$\{alicloud_kms_key\./);
    }
    expect(replica.provider).toBe("alicloud.dr");
    expect(String((primary.logging as { target_bucket: string }).target_bucket)).toContain("logs_archive_bucket");
    expect(String((replica.logging as { target_bucket: string }).target_bucket)).toContain("logs_dr-archive_bucket");
    const locations = all(json, "alicloud_oss_bucket_replication").map((r) => (r.destination as { location: string }).location).sort();
    expect(locations).toEqual(["oss-cn-hangzhou", "oss-cn-shanghai"]);
    for (const key of all(json, "alicloud_kms_key")) expect(key).toMatchObject({ automatic_rotation: "Enabled", deletion_protection: "Enabled" });
    expect(all(json, "alicloud_oss_bucket_policy")).toHaveLength(4);
    expect(all(json, "alicloud_oss_bucket_public_access_block")).toHaveLength(4);
    expect(bundleFindings(stack)).toEqual([]);
  });

  test("internal data by default uses the OSS-managed KMS key and passes the full bundle", () => {
    const { stack, bucket } = replicated();
    expect(bucket.classification).toBe("internal");
    expect(bucket.keys).toBeUndefined();
    expect(bundleFindings(stack)).toEqual([]);
  });

  test("refuses public ACLs, force_destroy, no access-log target, important data without CMK or one-way", () => {
    refused("A22.1", () => replicated({ acl: "public-read" }));
    refused("A26.5", () => replicated({ forceDestroy: true }));
    refused("A20.4", () => new ReplicatedBucket(govStack(), "data", { bucketName: "gg-data" }));
    refused("A21.3", () => replicated({ classification: "important", customerManagedKey: false }));
    refused("A26.1", () => replicated({ classification: "core", bidirectional: false }));
  });

  test("logs only to an archive in its own region", () => {
    const stack = govStack();
    const drLogs = new LogArchive(stack, "dr-logs", { name: "gg-dr-logs", provider: stack.drProvider, trail: false });
    expect(() => new ReplicatedBucket(stack, "data", { bucketName: "gg-data", logArchive: drLogs })).toThrow(/same region/);
  });

  test("needs a disaster-recovery region in another region", () => {
    const stack = new TerraformStack(Testing.app(), "plain");
    new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
    refused("A26.1", () => new ReplicatedBucket(stack, "data", { bucketName: "gg-data", accessLogBuckets: { primary: "a", replica: "b" } }));
    const same = new AlicloudProvider(stack, "same", { region: "cn-hangzhou", alias: "same" });
    refused("A26.1", () => new ReplicatedBucket(stack, "data2", { bucketName: "gg-data", drProvider: same, accessLogBuckets: { primary: "a", replica: "b" } }));
  });
});

// ------------------------------------------------------------------------------ DomesticCdn

describe("DomesticCdn", () => {
  function cdn(props: Partial<DomesticCdnProps> = {}, config: GovguardConfig = {}): DomesticStack {
    const stack = govStack({ config });
    const logs = baseline(stack);
    const site = new ReplicatedBucket(stack, "site", { bucketName: "gg-site", logArchive: logs, classification: "public" });
    new DomesticCdn(stack, "cdn", {
      domainName: "www.example.gov.cn",
      origins: [ossOrigin(site)],
      certificate: { certId: "1234" },
      logArchive: logs,
      ...props,
    });
    return stack;
  }

  test("by default: domestic scope, certificate, HTTPS forced, TLS 1.2+, HSTS a year, real-time logs", () => {
    const stack = cdn();
    const json = synthJson(stack);
    const domain = only(json, "alicloud_cdn_domain_new");
    expect(domain).toMatchObject({ scope: "domestic", certificate_config: { server_certificate_status: "on", cert_id: "1234" } });
    expect(domain.sources).toEqual([{ type: "oss", content: "gg-site.oss-cn-hangzhou.aliyuncs.com", port: 443, priority: 20, weight: 10 }]);
    const functions = Object.fromEntries(
      all(json, "alicloud_cdn_domain_config").map((c) => [c.function_name, Object.fromEntries((c.function_args as { arg_name: string; arg_value: string }[]).map((a) => [a.arg_name, a.arg_value]))]),
    );
    expect(functions.https_force).toMatchObject({ enable: "on" });
    expect(functions.https_tls_version).toMatchObject({ tls10: "off", tls11: "off", tls12: "on" });
    expect(functions.HSTS).toMatchObject({ enabled: "on", https_hsts_max_age: "31536000" });
    expect(only(json, "alicloud_cdn_real_time_log_delivery")).toMatchObject({ sls_region: "cn-hangzhou" });
    expect(bundleFindings(stack)).toEqual([]);
  });

  test("a domain origin under cdn.origin_domains and a public institution's .cn domain pass", () => {
    const config = { org: { type: "public_institution" } };
    const stack = cdn({ domainName: "www.example-museum.cn", origins: [{ type: "domain", content: "origin.example.gov.cn" }] }, config);
    expect(bundleFindings(stack, config)).toEqual([]);
  });

  test("refuses overseas scope, plain HTTP, old TLS, short HSTS, a wrong suffix, foreign origins, no certificate, no logs", () => {
    refused("A28.1", () => cdn({ scope: "global" }));
    refused("A29.2", () => cdn({ forceHttps: false }));
    refused("A29.3", () => cdn({ minTlsVersion: "1.1" }));
    refused("A29.4", () => cdn({ hstsMaxAge: 86400 }));
    expect(refused("A5.1", () => cdn({ domainName: "www.example.com" })).message).toContain("www.example.com");
    refused("A28.2", () => cdn({ origins: [ossOrigin({ bucketName: "gg-hk", region: "cn-hongkong" })] }));
    refused("A28.2", () => cdn({ origins: [{ type: "domain", content: "origin.example.com" }] }));
    refused("A28.2", () => cdn({ origins: [{ type: "ipaddr", content: "203.0.113.10" }] }));
    refused("A29.1", () => cdn({ certificate: undefined as unknown as DomesticCdnProps["certificate"] }));
    refused("A20.4", () => cdn({ logArchive: undefined }));
    refused("A23.2", () => cdn({ logArchive: undefined, logTarget: { project: "p", logstore: "s", region: "ap-southeast-1" } }));
  });
});

// ------------------------------------------------------------------------------ AdminAccess

describe("AdminAccess", () => {
  function admin(props: Partial<AdminAccessProps> = {}, config: GovguardConfig = {}): DomesticStack {
    const stack = govStack({ config });
    baseline(stack);
    new AdminAccess(stack, "admin", { name: "gg-app", vpcId: "vpc-gg", ...props });
    return stack;
  }

  test("by default: the administration port open only to the admin ranges, nothing to the internet", () => {
    const stack = admin();
    const rules = all(synthJson(stack), "alicloud_security_group_rule");
    expect(rules.map((r) => [r.port_range, r.cidr_ip]).sort()).toEqual([
      ["22/22", "10.0.0.0/8"],
      ["22/22", "172.16.0.0/12"],
      ["22/22", "192.168.0.0/16"],
    ]);
    expect(bundleFindings(stack)).toEqual([]);
  });

  test("with a bastion: admin ports open only to the bastion's group; public ports 80/443 allowed", () => {
    const stack = admin({ bastion: { vswitchId: "vsw-gg" }, publicPorts: [443] });
    const json = synthJson(stack);
    const rules = all(json, "alicloud_security_group_rule");
    const admin22 = rules.filter((r) => r.port_range === "22/22");
    expect(admin22).toHaveLength(1);
    expect(admin22[0].cidr_ip).toBeUndefined();
    expect(String(admin22[0].source_security_group_id)).toContain("bastion-security-group");
    expect(rules.filter((r) => r.cidr_ip === "0.0.0.0/0").map((r) => r.port_range)).toEqual(["443/443"]);
    expect(only(json, "alicloud_bastionhost_instance").enable_public_access).toBe(false);
    expect(bundleFindings(stack)).toEqual([]);
  });

  test("a bastion reachable from the office's public range when admin.allowed_cidrs lists it", () => {
    const config = { admin: { allowed_cidrs: ["10.0.0.0/8", "203.0.113.0/24"] } };
    const stack = admin({ adminCidrs: ["203.0.113.0/24"], bastion: { vswitchId: "vsw-gg", publicWhiteList: ["203.0.113.0/24"] } }, config);
    const bastion = only(synthJson(stack), "alicloud_bastionhost_instance");
    expect(bastion).toMatchObject({ enable_public_access: true, public_white_list: ["203.0.113.0/24"] });
    expect(bundleFindings(stack, config)).toEqual([]);
  });

  test("IPv6 admin ranges become ipv6_cidr_ip rules", () => {
    const config = { admin: { allowed_cidrs: ["10.0.0.0/8", "fd00::/8"] } };
    const stack = admin({ adminCidrs: ["fd00:1::/32"] }, config);
    expect(all(synthJson(stack), "alicloud_security_group_rule").map((r) => [r.cidr_ip, r.ipv6_cidr_ip])).toEqual([[undefined, "fd00:1::/32"]]);
    expect(bundleFindings(stack, config)).toEqual([]);
  });

  test("refuses the internet or ranges outside admin.allowed_cidrs on admin ports, non-public ports to the internet, an open bastion", () => {
    expect(refused("A19.1", () => admin({ adminCidrs: ["0.0.0.0/0"] })).message).toContain("0.0.0.0/0");
    refused("A19.1", () => admin({ adminCidrs: ["::/0"] }));
    refused("A19.1", () => admin({ adminCidrs: ["198.51.100.0/24"] }));
    refused("A19.1", () => admin({ adminCidrs: ["10.0.0.0/7"] }));
    refused("A19.1", () => admin({ publicPorts: [8080] }));
    refused("A19.2", () => admin({ publicPorts: [8000] }));
    refused("A19.5", () => admin({ bastion: { vswitchId: "vsw-gg", publicWhiteList: ["0.0.0.0/0"] } }));
    refused("A19.5", () => admin({ bastion: { vswitchId: "vsw-gg", publicWhiteList: ["198.51.100.7/32"] } }));
  });
});

// ------------------------------------------------------------------------------ Database

describe("Database", () => {
  const base: DatabaseProps = { name: "gg-db", zoneId: "cn-hangzhou-i", standbyZoneId: "cn-hangzhou-j", vswitchIds: ["vsw-i", "vsw-j"] };

  function database(props: Partial<DatabaseProps> = {}, stack: TerraformStack = govStack()): TerraformStack {
    baseline(stack);
    new Database(stack, "db", { ...base, ...props });
    return stack;
  }

  test("by default: multi-zone HA, backups here and in the DR region, SQL audit a year, TLS, TDE with a CMK, closed allow-list, deletion protection", () => {
    const stack = database();
    const json = synthJson(stack);
    expect(only(json, "alicloud_db_instance")).toMatchObject({
      category: "HighAvailability",
      zone_id: "cn-hangzhou-i",
      zone_id_slave_a: "cn-hangzhou-j",
      vswitch_id: "vsw-i,vsw-j",
      security_ips: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"],
      sql_collector_status: "Enabled",
      sql_collector_config_value: 365,
      ssl_action: "Open",
      tde_status: "Enabled",
      deletion_protection: true,
      tags: { "data-classification": "important" },
    });
    expect(only(json, "alicloud_db_backup_policy").backup_retention_period).toBe(30);
    expect(only(json, "alicloud_rds_instance_cross_backup_policy").cross_backup_region).toBe("cn-shanghai");
    expect(only(json, "alicloud_kms_key").automatic_rotation).toBe("Enabled");
    expect(bundleFindings(stack)).toEqual([]);
  });

  test("SQL audit and backups follow the configuration", () => {
    const config = { logs: { min_retention_days: 400 }, dr: { min_backup_days: 60 } };
    const stack = database({}, govStack({ config }));
    const json = synthJson(stack);
    expect(only(json, "alicloud_db_instance").sql_collector_config_value).toBe(1095);
    expect(only(json, "alicloud_db_backup_policy").backup_retention_period).toBe(60);
    expect(bundleFindings(stack, config)).toEqual([]);
  });

  test("refuses what breaks zone or region recovery, audit, TLS, encryption, the allow-list or deletion protection", () => {
    refused("A26.3", () => database({ category: "Basic" }));
    refused("A26.3", () => database({ standbyZoneId: "cn-hangzhou-i" }));
    refused("A26.3", () => database({ backupRetentionDays: 3 }));
    refused("A26.3", () => database({ crossRegionBackup: false }));
    refused("A26.3", () => database({ crossBackupRegion: "cn-hangzhou" }));
    refused("A23.2", () => database({ crossBackupRegion: "ap-southeast-1" }));
    refused("A19.3", () => database({ securityIps: ["0.0.0.0/0"] }));
    refused("A19.3", () => database({ securityIps: ["0.0.0.0"] }));
    refused("A19.3", () => database({ securityIps: ["10.0.0.0/8", "8.8.8.8"] }));
    refused("A20.3", () => database({ sqlAuditDays: 180 }));
    refused("A29.7", () => database({ ssl: false }));
    refused("A21.2", () => database({ tde: false }));
    refused("A26.5", () => database({ deletionProtection: false }));
  });

  test("internal data may skip the cross-region copy", () => {
    const stack = database({ classification: "internal", crossRegionBackup: false });
    expect(synthJson(stack).resource.alicloud_rds_instance_cross_backup_policy).toBeUndefined();
    expect(bundleFindings(stack)).toEqual([]);
  });
});

// ------------------------------------------------------------------------------ IdentityBaseline

describe("IdentityBaseline", () => {
  function identity(props: IdentityBaselineProps = {}): DomesticStack {
    const stack = govStack();
    baseline(stack);
    new IdentityBaseline(stack, "identity", props);
    return stack;
  }

  test("by default: strong passwords, lock-out, mandatory MFA, 6-hour sessions, sign-in from admin ranges", () => {
    const stack = identity();
    // Console users make A19.4, A30.1 and A30.2 apply in full.
    const user = new RamUser(stack, "ops", { name: "ops" });
    new RamLoginProfile(stack, "ops_console", { userName: user.name, password: "Initial-Passw0rd!", mfaBindRequired: true });
    const json = synthJson(stack);
    expect(only(json, "alicloud_ram_password_policy")).toMatchObject({
      minimum_password_length: 14,
      max_login_attemps: 5,
      password_reuse_prevention: 5,
      max_password_age: 90,
      require_symbols: true,
    });
    expect(only(json, "alicloud_ram_security_preference")).toMatchObject({
      mfa_operation_for_login: "mandatory",
      login_session_duration: 6,
      login_network_masks: "10.0.0.0/8;172.16.0.0/12;192.168.0.0/16",
    });
    expect(bundleFindings(stack)).toEqual([]);
  });

  test("refuses weak passwords, lax lock-out, optional MFA, long sessions, sign-in from anywhere", () => {
    refused("A30.1", () => identity({ minimumPasswordLength: 8 }));
    refused("A30.1", () => identity({ maxLoginAttempts: 10 }));
    refused("A30.1", () => identity({ maxLoginAttempts: 0 }));
    refused("A30.1", () => identity({ passwordReusePrevention: 2 }));
    refused("A30.1", () => identity({ maxPasswordAge: 365 }));
    refused("A30.3", () => identity({ sessionHours: 12 }));
    refused("A30.2", () => identity({ mfaForLogin: "adaptive" }));
    refused("A19.4", () => identity({ loginNetworkMasks: ["0.0.0.0/0"] }));
    refused("A19.4", () => identity({ loginNetworkMasks: ["10.0.0.0/8", "198.51.100.0/24"] }));
  });
});

// ------------------------------------------------------------------------------ GovNetwork, Monitoring

describe("GovNetwork and Monitoring", () => {
  test("a VPC with a flow log of all traffic into a store that keeps a year", () => {
    const stack = govStack();
    const logs = baseline(stack);
    new GovNetwork(stack, "network", {
      name: "gg-vpc",
      cidrBlock: "10.40.0.0/16",
      subnets: [{ zoneId: "cn-hangzhou-i", cidrBlock: "10.40.1.0/24" }],
      logArchive: logs,
    });
    expect(only(synthJson(stack), "alicloud_vpc_flow_log")).toMatchObject({ resource_type: "VPC", traffic_type: "All", status: "Active" });
    expect(bundleFindings(stack)).toEqual([]);
    refused("A20.8", () => new GovNetwork(govStack(), "n", { name: "n", cidrBlock: "10.40.0.0/16", subnets: [], logArchive: logs, trafficType: "Drop" }));
  });

  test("alarms need a contact group; a stack without alarms reports A36.1", () => {
    refused("A36.1", () => new Monitoring(govStack(), "m", { contactGroupName: " " }));
    const stack = govStack();
    new LogArchive(stack, "logs", { name: "gg-test-logs" });
    expect(bundleFindings(stack)).toEqual([["A36.1", "(stack)"]]);
  });
});

// ------------------------------------------------------------------------------ outside a DomesticStack

describe("constructs in a plain TerraformStack", () => {
  test("take the region from the stack's alicloud provider, refuse a stack without one, and bring the synth-time check", () => {
    const stack = new TerraformStack(Testing.app(), "plain");
    refused("A23.1", () => new LogArchive(stack, "early", { name: "gg-early" }));
    new AlicloudProvider(stack, "alicloud", { region: "cn-shenzhen" });
    const dr = new AlicloudProvider(stack, "dr", { region: "cn-guangzhou", alias: "dr" });
    const logs = baseline(stack, { drProvider: dr });
    new ReplicatedBucket(stack, "data", { bucketName: "gg-data", logArchive: logs, drProvider: dr });
    expect(bundleFindings(stack)).toEqual([]);
    expect(GovguardPolicyCheck.isEnabled(stack)).toBe(true);
    expect(() => Testing.synth(stack, true)).not.toThrow();
    // A hand-written bucket next to them fails synth.
    new OssBucket(stack, "hand_written", { bucket: "gg-hand" });
    expect(() => Testing.synth(stack, true)).toThrow(/A22\.1 \[严重 critical\] alicloud_oss_bucket\.hand_written/);
  });

  test("a construct in a stack that switched the check off leaves it off", () => {
    const stack = new TerraformStack(Testing.app(), "off");
    GovguardPolicyCheck.disable(stack);
    new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
    new Monitoring(stack, "m", { contactGroupName: "oncall" });
    new OssBucket(stack, "bad", { bucket: "gg-bad", acl: "public-read" });
    expect(GovguardPolicyCheck.isEnabled(stack)).toBe(false);
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test("a region that is not a literal is refused", () => {
    const stack = new TerraformStack(Testing.app(), "token");
    const region = new TerraformVariable(stack, "region", { type: "string", default: "cn-hangzhou" });
    new AlicloudProvider(stack, "alicloud", { region: region.stringValue });
    refused("A23.1", () => new Monitoring(stack, "m", { contactGroupName: "oncall" }));
  });

  test("construct scopes can nest", () => {
    const stack = govStack();
    const team = new Construct(stack, "team");
    baseline(team);
    expect(bundleFindings(stack)).toEqual([]);
  });
});

// The synth-time check: a hand-written resource next to the constructs fails synth with the
// finding and wording `govguard check` prints; waivers by resource address or construct path let
// it through; the check can be switched off, applied app-wide, and configured.
import * as fs from "node:fs";
import * as path from "node:path";
import { App, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { LogStore } from "../.gen/providers/alicloud/log-store";
import { OssBucket } from "../.gen/providers/alicloud/oss-bucket";
import { OssBucketPolicy } from "../.gen/providers/alicloud/oss-bucket-policy";
import { OssBucketPublicAccessBlock } from "../.gen/providers/alicloud/oss-bucket-public-access-block";
import { AlicloudProvider } from "../.gen/providers/alicloud/provider";
import { DomesticStack, GovguardPolicyCheck, LogArchive, Monitoring, PolicyCheckOptions, SynthWaiver, tlsOnlyPolicy } from "../constructs";
import { pairs, runCli, tempDir } from "./helpers";

/** A compliant stack (log archive, alarm) with `extra` added by hand. */
function stack(extra: (scope: DomesticStack, logs: LogArchive) => void, policyCheck: PolicyCheckOptions | false = {}, app: App = Testing.app()): DomesticStack {
  // The assessment reference every project's govguard.yaml declares (A24.1).
  const s = new DomesticStack(app, "gov", { primaryRegion: "cn-hangzhou", drRegion: "cn-shanghai", config: { cloud: { assessment_reference: "CSSA-2025-0117" } }, policyCheck });
  const logs = new LogArchive(s, "logs", { name: "gg-check-logs" });
  new Monitoring(s, "monitoring", { contactGroupName: "gg-oncall" }).addAlarm("cpu", {
    name: "gg-cpu",
    project: "acs_ecs_dashboard",
    metric: "CPUUtilization",
    dimensions: [{ instanceId: "i-gg" }],
    threshold: 85,
  });
  extra(s, logs);
  return s;
}

/** A bucket written by hand, right in every respect but its ACL. */
function publicBucket(scope: Construct, logs: LogArchive, id = "legacy", acl = "public-read"): OssBucket {
  const name = `gg-${id}`;
  const bucket = new OssBucket(scope, id, {
    bucket: name,
    acl,
    redundancyType: "ZRS",
    versioning: { status: "Enabled" },
    serverSideEncryptionRule: { sseAlgorithm: "KMS" },
    logging: { targetBucket: logs.archive.bucket.bucket, targetPrefix: `${name}/` },
    tags: { "data-classification": "public" },
  });
  new OssBucketPublicAccessBlock(scope, `${id}_block`, { bucket: bucket.bucket, blockPublicAccess: true });
  new OssBucketPolicy(scope, `${id}_policy`, { bucket: bucket.bucket, policy: tlsOnlyPolicy(name) });
  return bucket;
}

function synthError(s: TerraformStack): string {
  try {
    Testing.synth(s, true);
  } catch (e) {
    return (e as Error).message;
  }
  return "";
}

const waiver = (w: Partial<SynthWaiver>): SynthWaiver => ({ control: "A22.1", reason: "公开的旧版下载站点，迁移中 / legacy public downloads, being migrated", owner: "ops", ...w });

test("the constructs alone pass the synth-time check", () => {
  const s = stack(() => undefined);
  expect(synthError(s)).toBe("");
  expect(GovguardPolicyCheck.check(s).findings).toEqual([]);
});

test("a hand-written public-read OssBucket fails synth with A22.1, worded as the CI gate prints it", () => {
  const outdir = tempDir();
  try {
    // Synth with the check on: validation fails before anything is written.
    const failing = new App({ outdir });
    stack((s, logs) => publicBucket(s, logs), {}, failing);
    let message = "";
    try {
      failing.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("govguard 合成时检查未通过：栈 gov 不符合《互联网政务应用安全管理规定》");
    expect(message).toContain("govguard synth-time check failed: stack gov breaks");
    expect(message).toMatch(/✗ A22\.1 \[严重 critical\] alicloud_oss_bucket\.legacy /);
    expect(message).toContain("Problem: acl is public-read, so the bucket is open to the public");
    expect(fs.existsSync(path.join(outdir, "manifest.json"))).toBe(false);

    // The same stack written with validation skipped, then gated by the CLI: the same report.
    const written = new App({ outdir, skipValidation: true });
    stack((s, logs) => publicBucket(s, logs), {}, written);
    written.synth();
    const cli = runCli(["check", outdir], { env: { NO_COLOR: "1" } });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain("alicloud_oss_bucket.legacy");
    expect(message.endsWith(cli.stdout.trimEnd()) || message.includes(cli.stdout.trimEnd())).toBe(true);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});

test("a waiver by resource address lets it through, and the finding stays, marked waived", () => {
  const s = stack((scope, logs) => publicBucket(scope, logs), { waivers: [waiver({ resource: "alicloud_oss_bucket.legacy", expires: "2099-12-31" })] });
  expect(synthError(s)).toBe("");
  const result = GovguardPolicyCheck.check(s, { waivers: [waiver({ resource: "alicloud_oss_bucket.legacy" })] });
  expect(pairs(result.findings)).toEqual([["A22.1", "alicloud_oss_bucket.legacy"]]);
  expect(result.findings[0].waiver).toMatchObject({ index: 0, status: "active", owner: "ops" });
  expect(result.summary.passed).toBe(true);
});

test("a waiver by construct path: full, inside the stack, a glob, or a parent construct", () => {
  for (const p of ["gov/legacy", "legacy", "*/legacy", "gov/*"]) {
    expect(synthError(stack((scope, logs) => publicBucket(scope, logs), { waivers: [waiver({ path: p })] }))).toBe("");
  }
  const nested = stack(
    (scope, logs) => {
      const old = new Construct(scope, "old-site");
      publicBucket(old, logs, "downloads");
    },
    { waivers: [waiver({ path: "old-site" })] },
  );
  expect(synthError(nested)).toBe("");
  const result = GovguardPolicyCheck.check(nested, { waivers: [waiver({ resource: "alicloud_oss_bucket.nothing" }), waiver({ path: "old-site" })] });
  // The path waiver is the user's second entry, whichever addresses it stood for.
  expect(result.findings.map((f) => [f.control, f.waiver?.index])).toEqual([["A22.1", 1]]);
  expect(result.notes.map((n) => n.en)).toContain("waiver waivers[0] (A22.1 alicloud_oss_bucket.nothing) matches no finding and can be removed");
  expect(result.notes.map((n) => n.en).filter((n) => n.startsWith("waiver"))).toHaveLength(1);
  // Reports list the two waivers as written, each with the findings it covers.
  expect(result.waivers.map((w) => [w.index, w.resource, w.status, w.findings])).toEqual([
    [0, "alicloud_oss_bucket.nothing", "unused", 0],
    [1, "path:old-site", "active", 1],
  ]);
});

test("a waiver for another control, another path, or an expired one does not let it through", () => {
  const otherControl = synthError(stack((s, logs) => publicBucket(s, logs), { waivers: [waiver({ control: "A22.2", path: "legacy" })] }));
  expect(otherControl).toMatch(/A22\.1/);
  expect(otherControl).toContain("waiver waivers[0] (A22.2 path:legacy) matches no finding and can be removed");
  const otherPath = synthError(stack((s, logs) => publicBucket(s, logs), { waivers: [waiver({ path: "gov/logs" })] }));
  expect(otherPath).toMatch(/✗ A22\.1/);
  const noSuchPath = synthError(stack((s, logs) => publicBucket(s, logs), { waivers: [waiver({ path: "nowhere" })] }));
  expect(noSuchPath).toContain("waiver waivers[0] (A22.1 path:nowhere) matches no finding and can be removed");
  const expired = synthError(stack((s, logs) => publicBucket(s, logs), { waivers: [waiver({ path: "legacy", expires: "2024-01-31" })], today: "2025-06-01" }));
  expect(expired).toMatch(/✗ A22\.1/);
  expect(expired).toContain("waiver expired (2024-01-31)");
  expect(expired).toContain("waiver waivers[0] (A22.1 path:legacy) expired on 2024-01-31, so its findings count again");
});

test("waivers from a waivers.yaml, given as an option or in the construct context", () => {
  const dir = tempDir();
  try {
    const file = path.join(dir, "waivers.yaml");
    fs.writeFileSync(file, "waivers:\n  - control: A22.1\n    resource: alicloud_oss_bucket.legacy\n    reason: 迁移中 / being migrated\n    owner: ops\n");
    expect(synthError(stack((s, logs) => publicBucket(s, logs), { waiversFile: file }))).toBe("");
    const app = Testing.app();
    app.node.setContext("govguard:waiversFile", file);
    expect(synthError(stack((s, logs) => publicBucket(s, logs), {}, app))).toBe("");
    // waivers.yaml is read as the CLI reads it: construct paths are for waivers in code only.
    fs.writeFileSync(file, "- control: A22.1\n  path: gov/legacy\n  reason: r\n");
    expect(synthError(stack((s, logs) => publicBucket(s, logs), { waiversFile: file }))).toMatch(/waivers\.yaml:2: .*waivers\[0\]\.path is not a waiver field/);
    // A waiver the policy rejects is reported with its file and line, as the CLI reports it.
    fs.writeFileSync(file, "- control: A22.1\n  resource: alicloud_oss_bucket.legacy\n");
    expect(synthError(stack((s, logs) => publicBucket(s, logs), { waiversFile: file }))).toMatch(/waivers\.yaml:1: .*waivers\[0\]\.reason/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("in-code waivers need exactly one of resource and path, and a reason", () => {
  expect(synthError(stack((s, logs) => publicBucket(s, logs), { waivers: [waiver({})] }))).toMatch(/exactly one of resource and path/);
  expect(synthError(stack((s, logs) => publicBucket(s, logs), { waivers: [waiver({ path: "legacy", resource: "alicloud_oss_bucket.legacy" })] }))).toMatch(
    /exactly one of resource and path/,
  );
  expect(synthError(stack((s, logs) => publicBucket(s, logs), { waivers: [waiver({ path: "legacy", reason: "" })] }))).toMatch(/waivers\[0\]\.reason/);
});

test("switched off, the stack synthesizes whatever it holds", () => {
  const s = stack((scope, logs) => publicBucket(scope, logs), false);
  expect(GovguardPolicyCheck.isEnabled(s)).toBe(false);
  expect(synthError(s)).toBe("");
  // The check itself still finds it when asked.
  expect(pairs(GovguardPolicyCheck.check(s).findings)).toEqual([["A22.1", "alicloud_oss_bucket.legacy"]]);
});

test("applied to an app: every stack is checked, including plain ones and ones created later, except those switched off", () => {
  const outdir = tempDir();
  try {
    const app = new App({ outdir });
    const plain = new TerraformStack(app, "plain");
    new AlicloudProvider(plain, "alicloud", { region: "cn-hangzhou" });
    const off = new TerraformStack(app, "off");
    GovguardPolicyCheck.disable(off);
    new AlicloudProvider(off, "alicloud", { region: "cn-hongkong" });
    GovguardPolicyCheck.apply(app);
    expect(GovguardPolicyCheck.isEnabled(plain)).toBe(true);
    expect(GovguardPolicyCheck.isEnabled(off)).toBe(false);
    new OssBucket(plain, "bucket", { bucket: "gg-plain" });
    expect(() => app.synth()).toThrow(/\[plain\][\s\S]*A22\.1 \[严重 critical\] alicloud_oss_bucket\.bucket/);

    const later = new App({ outdir });
    GovguardPolicyCheck.apply(later, { lang: "en" });
    const created = new TerraformStack(later, "created-after");
    new AlicloudProvider(created, "alicloud", { region: "ap-southeast-1" });
    expect(() => later.synth()).toThrow(/\[created-after\][\s\S]*A23\.1 \[critical\] alicloud/);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});

test("failOn and lang work as the CLI's --fail-on and --lang", () => {
  // A bucket that only lacks access logging: a medium finding (A20.4).
  const unlogged = (s: DomesticStack): void => {
    const b = new OssBucket(s, "unlogged", {
      bucket: "gg-unlogged",
      redundancyType: "ZRS",
      versioning: { status: "Enabled" },
      serverSideEncryptionRule: { sseAlgorithm: "KMS" },
      tags: { "data-classification": "internal" },
    });
    new OssBucketPublicAccessBlock(s, "unlogged_block", { bucket: b.bucket, blockPublicAccess: true });
    new OssBucketPolicy(s, "unlogged_policy", { bucket: b.bucket, policy: tlsOnlyPolicy("gg-unlogged") });
  };
  expect(synthError(stack(unlogged))).toMatch(/✗ A20\.4 \[中 medium\] alicloud_oss_bucket\.unlogged/);
  expect(synthError(stack(unlogged, { failOn: "high" }))).toBe("");
  const english = synthError(stack((s, logs) => publicBucket(s, logs), { lang: "en" }));
  expect(english).toMatch(/✗ A22\.1 \[critical\] alicloud_oss_bucket\.legacy/);
  expect(english.split("\n").slice(1).join("\n")).not.toMatch(/[\u4e00-\u9fff]/);
});

test("the check judges with the stack's configuration, as the constructs build with it", () => {
  const config = { logs: { min_retention_days: 400 }, cloud: { assessment_reference: "CSSA-2025-0117" } };
  const build = (extra: (s: DomesticStack, logs: LogArchive) => void): DomesticStack => {
    const s = new DomesticStack(Testing.app(), "gov", { primaryRegion: "cn-hangzhou", drRegion: "cn-shanghai", config });
    const logs = new LogArchive(s, "logs", { name: "gg-check-logs" });
    new Monitoring(s, "monitoring", { contactGroupName: "gg-oncall" }).addAlarm("cpu", { name: "c", project: "acs_ecs_dashboard", metric: "CPUUtilization", dimensions: [{ instanceId: "i" }], threshold: 85 });
    extra(s, logs);
    return s;
  };
  expect(synthError(build(() => undefined))).toBe("");
  const short = synthError(
    build((s, logs) => new LogStore(s, "year", { projectName: logs.project.projectName, logstoreName: "year", retentionPeriod: 365, encryptConf: { enable: true } })),
  );
  expect(short).toMatch(/✗ A20\.1 \[高 high\] alicloud_log_store\.year/);
  expect(short).toContain("needs at least 400");
});

test("a baseline, as `govguard check --baseline` takes it: recorded findings pass, new ones fail, stale entries are listed", () => {
  const dir = tempDir();
  try {
    // Record today's findings the way a team adopting govguard does: synthesize, then `govguard baseline`.
    const outdir = path.join(dir, "cdktf.out");
    const written = new App({ outdir, skipValidation: true });
    stack((s, logs) => publicBucket(s, logs), {}, written);
    written.synth();
    const file = path.join(dir, "govguard-baseline.json");
    expect(runCli(["baseline", outdir, "-o", file]).status).toBe(0);
    // An entry matches findings of the input it was recorded from: the stacks below are synthesized
    // into the same folder, as `cdktf synth` does from the project's root.
    const same = (): App => Testing.app({ outdir });

    // The recorded finding no longer fails synth; it is still found, marked as the baseline's.
    const accepted = stack((s, logs) => publicBucket(s, logs), { baseline: file }, same());
    expect(synthError(accepted)).toBe("");
    const result = GovguardPolicyCheck.check(accepted, { baseline: file });
    expect(pairs(result.findings)).toEqual([["A22.1", "alicloud_oss_bucket.legacy"]]);
    expect(result.findings[0].baselined).toBe(true);
    expect(result.baseline).toMatchObject({ file, suppressed: 1, stale: [] });
    // The construct context names it as well.
    const app = same();
    app.node.setContext("govguard:baselineFile", file);
    expect(synthError(stack((s, logs) => publicBucket(s, logs), {}, app))).toBe("");

    // A new finding fails, and only it is listed as failing.
    const grown = synthError(
      stack((s, logs) => {
        publicBucket(s, logs);
        publicBucket(s, logs, "fresh");
      }, { baseline: file }, same()),
    );
    expect(grown).toMatch(/✗ A22\.1 \[严重 critical\] alicloud_oss_bucket\.fresh /);
    expect(grown).not.toMatch(/✗ A22\.1 \[严重 critical\] alicloud_oss_bucket\.legacy /);

    // Fixed: the entry is stale, reported as removable.
    const fixed = GovguardPolicyCheck.check(stack(() => undefined, { baseline: file }, same()), { baseline: file });
    expect(fixed.summary.passed).toBe(true);
    expect(fixed.baseline?.stale.map((e) => [e.control, e.resource])).toEqual([["A22.1", "alicloud_oss_bucket.legacy"]]);

    // A baseline that cannot be read is an error naming the file, never an empty baseline.
    fs.writeFileSync(file, "{");
    expect(synthError(stack((s, logs) => publicBucket(s, logs), { baseline: file }, same()))).toContain(file);
    expect(synthError(stack((s, logs) => publicBucket(s, logs), { baseline: path.join(dir, "missing.json") }))).toContain("missing.json");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the synth-time warnings show a baseline's file name as inert text", () => {
  const dir = tempDir();
  try {
    const outdir = path.join(dir, "cdktf.out");
    const written = new App({ outdir, skipValidation: true });
    stack((s, logs) => publicBucket(s, logs), {}, written);
    written.synth();
    // A file name is the author's text: a new line and a workflow command must not reach the log.
    const file = path.join(dir, "base\n::error::forged.json");
    expect(runCli(["baseline", outdir, "-o", file]).status).toBe(0);
    const accepted = stack((s, logs) => publicBucket(s, logs), { baseline: file }, Testing.app({ outdir }));
    expect(synthError(accepted)).toBe("");
    const warnings = accepted.node.metadata.map((entry) => String(entry.data)).filter((text) => text.includes("baseline"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toMatch(/\n::/);
    expect(warnings[0]).toContain("accepted 1 finding(s)");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

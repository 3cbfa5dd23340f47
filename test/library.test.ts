// The library API as a user's program meets it: `import { check } from "govguard"`, resolved
// through package.json's main and types, giving the same findings as the CLI.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fixtures, repo, runCli, tempDir } from "./helpers";

type Api = typeof import("../src/index");

// The package itself, as `require("govguard")` resolves it (main: dist/src/index.js).
const govguard = require(repo) as Api;
const hongkong = path.join(fixtures, "a23_1", "hongkong", "plan.json");

test("check() gives the findings the CLI prints, typed and complete", async () => {
  const result = await govguard.check([hongkong], { today: "2026-06-01" });
  // In the fixture's folder, where no govguard.yaml is: the library call is given none either.
  const cli = JSON.parse(runCli(["check", "--format", "json", hongkong], { cwd: path.dirname(hongkong), env: { GOVGUARD_TODAY: "2026-06-01" } }).stdout);
  expect(JSON.parse(JSON.stringify(result.findings))).toEqual(cli.findings);
  expect(result.summary.passed).toBe(false);
  const a23 = result.findings.find((f) => f.control === "A23.1");
  expect(a23).toMatchObject({ severity: "critical", resource: "alicloud", failing: true, file: hongkong });
  expect(a23?.location.file).toBe(hongkong);
});

test("configuration and waivers given as values, as govguard.yaml and waivers.yaml would hold them", async () => {
  const waivers = [{ control: "A23.1", resource: "alicloud", reason: "migration ticket GOV-12", owner: "platform", expires: "2026-12-31" }];
  const result = await govguard.check([hongkong], { waivers, today: "2026-06-01", failOn: "critical", config: { regions: { allowed: ["cn-hangzhou", "cn-shanghai"] } } });
  const a23 = result.findings.find((f) => f.control === "A23.1");
  expect(a23?.waiver).toMatchObject({ status: "active", reason: "migration ticket GOV-12", owner: "platform" });
  expect(a23?.failing).toBe(false);
  expect(result.summary.fail_on).toBe("critical");
  expect(result.summary.failing).toBe(result.findings.filter((f) => f.severity === "critical" && f.waiver?.status !== "active").length);

  const expired = await govguard.check([hongkong], { waivers, today: "2027-01-01" });
  expect(expired.findings.find((f) => f.control === "A23.1")?.failing).toBe(true);
});

test("bad configuration and bad input are InputErrors naming the problem", async () => {
  await expect(govguard.check([hongkong], { config: { regions: { allowed: "cn-hangzhou" } } })).rejects.toThrow(govguard.InputError);
  await expect(govguard.check([hongkong], { config: { nonsense: true } })).rejects.toThrow(/nonsense/);
  await expect(govguard.check([path.join(fixtures, "no-such-plan.json")])).rejects.toThrow(/no such file or directory/);
});

test("the report renderers turn a result into every format", async () => {
  const result = await govguard.check([hongkong], { today: "2026-06-01" });
  const version = govguard.govguardVersion();
  expect(JSON.parse(govguard.renderSarif(result, version)).version).toBe("2.1.0");
  expect(govguard.renderJunit(result)).toMatch(/^<\?xml/);
  expect(govguard.renderMarkdown(result, "en")).toContain("A23.1");
  expect(govguard.renderHtml(result, version)).toMatch(/^<!DOCTYPE html>/);
  expect(govguard.renderText(result, { lang: "zh" })).toContain("未通过");
  expect(JSON.parse(govguard.renderJson(result, version)).findings).toHaveLength(result.findings.length);
});

test("a TypeScript program importing from \"govguard\" type-checks against the published declarations", () => {
  const dir = tempDir("govguard-consumer-");
  try {
    fs.mkdirSync(path.join(dir, "node_modules"));
    fs.symlinkSync(repo, path.join(dir, "node_modules", "govguard"));
    fs.writeFileSync(
      path.join(dir, "gate.ts"),
      [
        'import { check, Finding, Severity } from "govguard";',
        "export async function failing(plan: string, failOn: Severity): Promise<string[]> {",
        "  const result = await check([plan], { failOn, waivers: [] });",
        "  return result.findings.filter((f: Finding) => f.failing).map((f) => `${f.control} ${f.resource} ${f.location.line ?? 0}`);",
        "}",
        "// @ts-expect-error failOn takes a severity",
        'export const wrong = check(["x"], { failOn: "fatal" });',
      ].join("\n"),
    );
    const tsc = path.join(repo, "node_modules", "typescript", "bin", "tsc");
    const run = () =>
      execFileSync(process.execPath, [tsc, "--noEmit", "--strict", "--skipLibCheck", "--types", "node", "--typeRoots", path.join(repo, "node_modules", "@types"), "--module", "commonjs", "--target", "es2022", "--moduleResolution", "node", "gate.ts"], {
        cwd: dir,
        encoding: "utf8",
      });
    expect(run).not.toThrow();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe("an independent CDKTF app built on govguard/constructs", () => {
  /** Runs app code in a folder whose node_modules holds govguard and cdktf, as an npm install would. */
  function runApp(body: string): { status: number; stderr: string } {
    const dir = tempDir("govguard-app-");
    try {
      fs.mkdirSync(path.join(dir, "node_modules"));
      fs.symlinkSync(repo, path.join(dir, "node_modules", "govguard"));
      fs.symlinkSync(path.join(repo, "node_modules", "cdktf"), path.join(dir, "node_modules", "cdktf"));
      fs.writeFileSync(
        path.join(dir, "app.js"),
        [
          'const { App } = require("cdktf");',
          'const { DomesticStack, LogArchive, AdminAccess } = require("govguard/constructs");',
          'const { OssBucket } = require("govguard/providers/alicloud/oss-bucket");',
          "const app = new App({ outdir: 'cdktf.out' });",
          'const stack = new DomesticStack(app, "mine", { primaryRegion: "cn-beijing", drRegion: "cn-shanghai", classification: "internal" });',
          body,
          "app.synth();",
        ].join("\n"),
      );
      const r = spawnSync(process.execPath, ["app.js"], { cwd: dir, encoding: "utf8" });
      return { status: r.status ?? -1, stderr: r.stderr };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test("a hand-written public bucket next to the constructs fails synth with A22.1", () => {
    const r = runApp('new LogArchive(stack, "logs", { name: "mine-logs" });\nnew OssBucket(stack, "oops", { bucket: "mine-oops", acl: "public-read" });');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/✗ A22\.1 \[严重 critical\] alicloud_oss_bucket\.oops/);
    expect(r.stderr).toContain("acl is public-read, so the bucket is open to the public");
  });

  test("props that would break a control are refused at construction, naming it", () => {
    expect(runApp('new LogArchive(stack, "logs", { name: "mine-logs", retentionDays: 30 });').stderr).toMatch(/A20\.1 \(第二十条 \/ Article 20\) \[mine\/logs\]/);
    expect(runApp('new AdminAccess(stack, "admin", { name: "a", vpcId: "vpc-1", adminCidrs: ["0.0.0.0/0"] });').stderr).toMatch(/A19\.\d \(第十九条 \/ Article 19\)/);
  });
});

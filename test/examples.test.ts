// The examples: the portal built from the constructs has no finding under the full bundle (in the
// library and through the CLI), and the negative example has exactly the findings recorded here.
import * as fs from "node:fs";
import * as path from "node:path";
import { App, Testing } from "cdktf";
import { parse } from "yaml";
import { OssBucket } from "../.gen/providers/alicloud/oss-bucket";
import { GovguardConfig } from "../constructs";
import { PortalStack } from "../examples/portal";
import { WhatNotToDoStack } from "../examples/what-not-to-do";
import { PolicyEvaluator } from "../src/engine/policy";
import { opaEvalReport, pairs, repo, runCli, tempDir } from "./helpers";

/** The example project's govguard.yaml, which main.ts builds with and the CLI gate reads (it
 * declares the assessment reference A24.1 asks for). */
const projectConfig = parse(fs.readFileSync(path.join(repo, "govguard.yaml"), "utf8")) as GovguardConfig;

function bundlePairs(json: object, config: GovguardConfig = projectConfig): [string, string][] {
  const report = PolicyEvaluator.load(undefined, { govguard_config: config }).evaluate(json);
  expect(report.errors).toEqual([]);
  return pairs(report.findings);
}

/** What the negative example must be found guilty of, control by control. */
const WHAT_NOT_TO_DO: [string, string][] = [
  ["A19.1", "alicloud_security_group_rule.ssh_from_anywhere"],
  ["A19.2", "alicloud_security_group_rule.ssh_from_anywhere"],
  ["A19.3", "alicloud_db_instance.db"],
  ["A19.4", "(stack)"],
  ["A20.1", "alicloud_log_store.access_log"],
  ["A20.2", "(stack)"],
  ["A20.3", "alicloud_db_instance.db"],
  ["A20.4", "alicloud_cdn_domain_new.cdn"],
  ["A20.4", "alicloud_oss_bucket.website"],
  ["A20.8", "alicloud_vpc.vpc"],
  ["A21.1", "alicloud_db_instance.db"],
  ["A21.1", "alicloud_log_project.logs"],
  ["A21.1", "alicloud_oss_bucket.website"],
  ["A21.2", "alicloud_db_instance.db"],
  ["A21.2", "alicloud_log_store.access_log"],
  ["A21.2", "alicloud_oss_bucket.website"],
  ["A22.1", "alicloud_oss_bucket.website"],
  ["A23.1", "alicloud"],
  ["A24.1", "alicloud"],
  ["A26.2", "alicloud_oss_bucket.website"],
  ["A26.3", "alicloud_db_instance.db"],
  ["A26.5", "alicloud_db_instance.db"],
  ["A26.5", "alicloud_oss_bucket.website"],
  ["A28.1", "alicloud_cdn_domain_new.cdn"],
  ["A28.2", "alicloud_cdn_domain_new.cdn"],
  ["A29.1", "alicloud_cdn_domain_new.cdn"],
  ["A29.2", "alicloud_cdn_domain_new.cdn"],
  ["A29.3", "alicloud_cdn_domain_new.cdn"],
  ["A29.4", "alicloud_cdn_domain_new.cdn"],
  ["A29.6", "alicloud_oss_bucket.website"],
  ["A29.7", "alicloud_db_instance.db"],
  ["A30.1", "(stack)"],
  ["A30.2", "alicloud_ram_login_profile.webmaster_console"],
  ["A36.1", "(stack)"],
  ["A5.1", "alicloud_cdn_domain_new.cdn"],
];

describe("portal", () => {
  test("has no finding under the full bundle, in wasm and under opa eval", () => {
    const stack = new PortalStack(Testing.app(), "portal");
    const json = JSON.parse(Testing.synth(stack, true)) as object;
    expect(bundlePairs(json)).toEqual([]);
    expect(pairs(opaEvalReport(json, projectConfig).findings)).toEqual([]);
    // The pieces the issue asks for are all there.
    const types = Object.keys((json as { resource: Record<string, unknown> }).resource);
    for (const type of [
      "alicloud_cdn_domain_new",
      "alicloud_oss_bucket_replication",
      "alicloud_bastionhost_instance",
      "alicloud_instance",
      "alicloud_db_instance",
      "alicloud_rds_instance_cross_backup_policy",
      "alicloud_actiontrail_trail",
      "alicloud_oss_bucket_worm",
      "alicloud_ram_password_policy",
      "alicloud_ram_security_preference",
      "alicloud_cms_alarm",
      "alicloud_vpc_flow_log",
    ]) {
      expect(types).toContain(type);
    }
  });

  test("synthesizes with its synth-time check on, and `govguard check` on its output exits 0 with no finding", () => {
    const outdir = tempDir();
    try {
      const app = new App({ outdir });
      new PortalStack(app, "portal");
      app.synth();
      const stackDir = path.join(outdir, "stacks", "portal");
      const text = runCli(["check", stackDir], { env: { NO_COLOR: "1" } });
      expect(text.status).toBe(0);
      expect(text.stdout).toContain("Result: PASSED, 1 input(s), no findings");
      const json = runCli(["check", "--format", "json", stackDir]);
      expect(JSON.parse(json.stdout).findings).toEqual([]);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test("stays compliant under other configurations: SM cryptography, a longer retention, a public institution", () => {
    const configs: [GovguardConfig, string][] = [
      [{ crypto: { require_sm: true } }, "www.example-province.gov.cn"],
      [{ logs: { min_retention_days: 730 }, dr: { min_backup_days: 30 } }, "www.example-province.gov.cn"],
      // A public institution may not use .gov.cn (A5.1), but .cn.
      [{ org: { type: "public_institution" }, admin: { allowed_cidrs: ["10.0.0.0/8"] } }, "www.example-museum.cn"],
    ];
    for (const [settings, domainName] of configs) {
      const config = { ...projectConfig, ...settings };
      const stack = new PortalStack(Testing.app(), "portal", { config, domainName });
      expect(bundlePairs(JSON.parse(Testing.synth(stack, true)) as object, config)).toEqual([]);
    }
  });

  test("without the project's assessment reference, A24.1 reports the stack, in the bundle and through the CLI", () => {
    const json = JSON.parse(Testing.synth(new PortalStack(Testing.app(), "portal", { config: projectConfig }), true)) as object;
    expect(bundlePairs(json, {})).toEqual([["A24.1", "(stack)"]]);
    const outdir = tempDir();
    try {
      const app = new App({ outdir });
      new PortalStack(app, "portal", { config: projectConfig });
      app.synth();
      // Another working directory: no govguard.yaml there.
      const cli = runCli(["check", "--format", "json", path.join(outdir, "stacks", "portal")], { cwd: outdir });
      expect(cli.status).toBe(1);
      expect(pairs((JSON.parse(cli.stdout) as { findings: { control: string; resource: string }[] }).findings)).toEqual([["A24.1", "(stack)"]]);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test("a mistake added to the portal fails its synth", () => {
    const stack = new PortalStack(Testing.app(), "portal");
    new OssBucket(stack, "uploads", { bucket: "example-province-portal-uploads", acl: "public-read-write" });
    expect(() => Testing.synth(stack, true)).toThrow(/✗ A22\.1 \[严重 critical\] alicloud_oss_bucket\.uploads/);
  });
});

describe("what not to do", () => {
  test("synthesizes (its check is off) and breaks at least ten controls, exactly as recorded", () => {
    const stack = new WhatNotToDoStack(Testing.app(), "what-not-to-do");
    const json = JSON.parse(Testing.synth(stack, true)) as object;
    const found = bundlePairs(json);
    expect(found).toEqual(pairs(WHAT_NOT_TO_DO.map(([control, resource]) => ({ control, resource }))));
    expect(new Set(found.map(([control]) => control)).size).toBeGreaterThanOrEqual(10);
  });

  test("the CLI fails it with the same findings", () => {
    const outdir = tempDir();
    try {
      const app = new App({ outdir });
      new WhatNotToDoStack(app, "what-not-to-do");
      app.synth();
      const cli = runCli(["check", "--format", "json", path.join(outdir, "stacks", "what-not-to-do")]);
      expect(cli.status).toBe(1);
      const findings = (JSON.parse(cli.stdout) as { findings: { control: string; resource: string }[] }).findings;
      expect(pairs(findings)).toEqual(pairs(WHAT_NOT_TO_DO.map(([control, resource]) => ({ control, resource }))));
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});

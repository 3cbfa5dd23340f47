// govguard in the policy engines organisations run (integrations/): HCP Terraform / Terraform
// Enterprise OPA policy sets, Atlantis (conftest) and Spacelift plan policies. Each is run the way
// the engine runs it — `opa eval` on the assembled policy set with an input document built to
// HashiCorp's reference, the real conftest on the plan as Atlantis calls it, `opa eval` of the
// self-contained Spacelift policy on an input built to Spacelift's documented shape — and must
// give the same findings as `govguard check` on the same plan.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { repo, tempDir, tool } from "./helpers";
import { assemble, CliFinding, cliFindings, corpusPlans, findingKey, findingLine, PlanCase, sorted } from "./integration-corpus";

const today = "2026-11-21";
let scratch: string;
beforeAll(() => {
  scratch = tempDir("govguard-engines-");
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
}

/** One `opa eval` whose query binds `id` and `result` once per document (the iteration is the
 * query's own, as in test/corpus.test.ts). */
function opaRows(args: string[], query: string): Map<string, unknown> {
  const out = execFileSync(tool("opa"), ["eval", "--format", "json", ...args, query], { encoding: "utf8", maxBuffer: 1 << 30 });
  const rows = (JSON.parse(out) as { result?: { bindings: { id: string; result: unknown } }[] }).result ?? [];
  return new Map(rows.map((r) => [r.bindings.id, r.bindings.result]));
}

function opaValue(args: string[], query: string): unknown {
  const out = execFileSync(tool("opa"), ["eval", "--format", "json", ...args, query], { encoding: "utf8", maxBuffer: 1 << 28 });
  return (JSON.parse(out) as { result: { expressions: { value: unknown }[] }[] }).result[0].expressions[0].value;
}

function todayInBeijing(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

// ---------------------------------------------------------------------------------------------
// HCP Terraform / Terraform Enterprise
// ---------------------------------------------------------------------------------------------

/** The OPA input document HCP Terraform builds ("OPA input": the plan under `plan`, the run under `run`). */
function hcpInput(plan: unknown): object {
  return {
    plan,
    run: {
      id: "run-CZcmD7eagjhyXavN",
      created_at: "2026-11-21T02:00:00Z",
      created_by: "platform-bot",
      message: "Queued manually via the Terraform Enterprise API",
      commit_sha: "0f3c2a1",
      is_destroy: false,
      refresh: true,
      refresh_only: false,
      speculative: false,
      variables: {},
      project: { id: "prj-1", name: "gov-portal" },
      organization: { name: "hangzhou-gov" },
      workspace: { id: "ws-1", name: "portal-prod", auto_apply: false, tags: ["prod"], execution_mode: "remote", working_directory: null, description: null, vcs_repo: null },
    },
  };
}

interface HcpResult {
  deny_input: string[];
  deny_critical: string[];
  deny_high: string[];
  deny_medium: string[];
  deny_low: string[];
  waived: string[];
}

/** What the policy set must say, from the CLI's findings of the same plan. */
function expectedHcp(findings: CliFinding[]): HcpResult {
  const unwaived = findings.filter((f) => f.waiver?.status !== "active");
  const bySeverity = (s: string): string[] => sorted(new Set(unwaived.filter((f) => f.severity === s).map(findingLine)));
  return {
    deny_input: [],
    deny_critical: bySeverity("critical"),
    deny_high: bySeverity("high"),
    deny_medium: bySeverity("medium"),
    deny_low: bySeverity("low"),
    waived: sorted(new Set(findings.filter((f) => f.waiver?.status === "active").map((f) => `${findingLine(f)} — waived / 已豁免: ${f.waiver?.reason ?? ""}`))),
  };
}

function normalHcp(value: unknown): HcpResult {
  const v = value as Record<string, string[] | undefined>;
  const pick = (k: string): string[] => sorted(v[k] ?? []);
  return { deny_input: pick("deny_input"), deny_critical: pick("deny_critical"), deny_high: pick("deny_high"), deny_medium: pick("deny_medium"), deny_low: pick("deny_low"), waived: pick("waived") };
}

describe("HCP Terraform / Terraform Enterprise OPA policy set", () => {
  let policySet: string;
  beforeAll(() => {
    policySet = path.join(scratch, "hcp-policy-set");
    assemble("hcp-terraform", policySet);
  });

  test("policies.hcl: one mandatory query for inputs and for critical and high findings, advisory for medium, low and waived", () => {
    const hcl = fs.readFileSync(path.join(repo, "integrations", "hcp-terraform", "policies.hcl"), "utf8");
    const policies = [...hcl.matchAll(/policy\s+"([^"]+)"\s*\{([^}]*)\}/g)].map((m) => ({
      name: m[1],
      query: /query\s*=\s*"([^"]+)"/.exec(m[2])?.[1],
      level: /enforcement_level\s*=\s*"([^"]+)"/.exec(m[2])?.[1],
    }));
    expect(policies).toEqual([
      { name: "govguard-input", query: "data.terraform.govguard.deny_input", level: "mandatory" },
      { name: "govguard-critical", query: "data.terraform.govguard.deny_critical", level: "mandatory" },
      { name: "govguard-high", query: "data.terraform.govguard.deny_high", level: "mandatory" },
      { name: "govguard-medium", query: "data.terraform.govguard.deny_medium", level: "advisory" },
      { name: "govguard-low", query: "data.terraform.govguard.deny_low", level: "advisory" },
      { name: "govguard-waived", query: "data.terraform.govguard.waived", level: "advisory" },
    ]);
    // Every query names a rule the entry defines, and each evaluates to an array (HCP's contract).
    const value = opaValue(["--bundle", policySet, "--input", path.join(repo, "policies", "govguard", "controls", "a21_2", "cases", "unencrypted", "plan.json")], "data.terraform.govguard") as Record<string, unknown>;
    for (const p of policies) expect(Array.isArray(value[(p.query ?? "").split(".").pop() ?? ""])).toBe(true);
  });

  test("every corpus plan: the same findings as govguard check, split by severity", () => {
    const cases = corpusPlans();
    const cli = cliFindings(cases, { today });
    const docs = Object.fromEntries(cases.map((c, i) => [String(i), { input: hcpInput(readJson(c.plan)), config: c.config ?? {} }]));
    // Loaded as part of the bundle (a bundle without a manifest owns all of data, so a separate
    // --data file would be hidden): data.hcp_cases.
    const casesDir = path.join(policySet, "hcp_cases");
    fs.mkdirSync(casesDir);
    fs.writeFileSync(path.join(casesDir, "data.json"), JSON.stringify(docs));
    const rows = opaRows(
      ["--bundle", policySet],
      `some id; doc := data.hcp_cases[id]; result := data.terraform.govguard with input as doc.input with data.govguard_config as doc.config with data.govguard_today as "${today}"`,
    );
    fs.rmSync(casesDir, { recursive: true });
    expect(rows.size).toBe(cases.length);
    let withFindings = 0;
    cases.forEach((c, i) => {
      const expected = expectedHcp(cli.get(c.plan) ?? []);
      if (expected.deny_high.length + expected.deny_critical.length > 0) withFindings++;
      expect({ case: c.name, ...normalHcp(rows.get(String(i))) }).toEqual({ case: c.name, ...expected });
    });
    expect(withFindings).toBeGreaterThan(100);
  });

  test("the policy set's data.json carries settings and waivers, and without govguard_today waivers expire by the clock in Beijing", () => {
    const dir = path.join(scratch, "hcp-with-data");
    assemble("hcp-terraform", dir);
    const plan = path.join(repo, "policies", "govguard", "controls", "a21_2", "cases", "unencrypted", "plan.json");
    const waivers = [
      { control: "A21.2", resource: "alicloud_ecs_disk.scans", reason: "disk replaced in GOV-77", owner: "platform", expires: "2999-12-31" },
      { control: "A29.7", resource: "alicloud_db_instance.*", reason: "expired on purpose", owner: "platform", expires: "2001-01-01" },
    ];
    const config = { cloud: { assessment_reference: "CSSA-2025-0117" } };
    fs.writeFileSync(path.join(dir, "data.json"), JSON.stringify({ govguard_config: config, govguard_waivers: waivers }));
    const input = path.join(scratch, "hcp-input.json");
    fs.writeFileSync(input, JSON.stringify(hcpInput(readJson(plan))));
    // As HCP Terraform runs it: opa eval with the policy set as a bundle, one query per policy.
    const got = normalHcp(opaValue(["--bundle", dir, "--input", input], "data.terraform.govguard"));
    const c: PlanCase = { name: "a21_2-unencrypted", plan, config };
    const cli = cliFindings([c], { today: todayInBeijing(), waivers }).get(plan) ?? [];
    expect(cli.find((f) => f.resource === "alicloud_ecs_disk.scans" && f.control === "A21.2")?.waiver?.status).toBe("active");
    expect(cli.find((f) => f.control === "A29.7")?.waiver?.status).toBe("expired");
    expect(cli.some((f) => f.control === "A24.1")).toBe(false); // the setting applied
    expect(got).toEqual(expectedHcp(cli));
    expect(got.waived).toHaveLength(1);
  });

  test("a run document without a plan, or a plan of the wrong shape, fails the mandatory input policy", () => {
    for (const doc of [{}, { run: { organization: { name: "x" } } }, { plan: "not a plan" }, { plan: { format_version: "1.2", resource_changes: [] } }]) {
      const input = path.join(scratch, "hcp-bad.json");
      fs.writeFileSync(input, JSON.stringify(doc));
      const got = normalHcp(opaValue(["--bundle", policySet, "--input", input], "data.terraform.govguard"));
      expect(got.deny_input.length).toBeGreaterThan(0);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Atlantis (policy_check runs conftest)
// ---------------------------------------------------------------------------------------------

interface AtlantisConfig {
  workflows: Record<string, { policy_check: { steps: (string | { policy_check?: { extra_args: string[] } })[] } }>;
  repos: { workflow: string; policy_check: boolean }[];
  policies: { policy_sets: { name: string; path: string; source: string }[] };
}

describe("Atlantis policy_check (conftest)", () => {
  let policyDir: string;
  let config: AtlantisConfig;
  beforeAll(() => {
    policyDir = path.join(scratch, "atlantis-policy");
    assemble("atlantis", policyDir);
    config = parse(fs.readFileSync(path.join(repo, "integrations", "atlantis", "repos.yaml"), "utf8")) as AtlantisConfig;
  });

  /** conftest as Atlantis calls it: `conftest test -p <policy set path> <showfile> --no-color <extra_args>`. */
  function conftestAsAtlantis(plans: string[], dataFile: string): { status: number; byFile: Map<string, { failures: string[]; warnings: string[] }> } {
    const steps = config.workflows[config.repos[0].workflow].policy_check.steps;
    const step = steps.find((s): s is { policy_check: { extra_args: string[] } } => typeof s === "object" && s.policy_check !== undefined);
    const extra = (step?.policy_check.extra_args ?? []).map((a) => (a.endsWith("govguard-data.yaml") ? dataFile : a));
    const r = spawnSync(tool("conftest"), ["test", "-p", policyDir, ...plans, "--no-color", ...extra, "--output", "json"], { encoding: "utf8", maxBuffer: 1 << 28 });
    const results = JSON.parse(r.stdout) as { filename: string; failures?: { msg: string; metadata?: { finding?: CliFinding } }[]; warnings?: { msg: string; metadata?: { finding?: CliFinding } }[] }[];
    const keyOf = (x: { msg: string; metadata?: { finding?: CliFinding } }): string => (x.metadata?.finding ? findingKey(x.metadata.finding) : `error\t${x.msg}`);
    return {
      status: r.status ?? -1,
      byFile: new Map(results.map((x) => [path.resolve(x.filename), { failures: sorted((x.failures ?? []).map(keyOf)), warnings: sorted((x.warnings ?? []).map(keyOf)) }])),
    };
  }

  test("repos.yaml: policy checks on, a govguard policy set, conftest given the data file", () => {
    expect(config.repos[0].policy_check).toBe(true);
    expect(config.policies.policy_sets).toEqual([expect.objectContaining({ name: "govguard", source: "local" })]);
    expect(JSON.stringify(config.workflows)).toContain("--data");
  });

  test("corpus plans: conftest fails exactly the findings govguard check fails, warns the waived ones", () => {
    const cases = corpusPlans(2);
    const waivers = [{ control: "A21.2", resource: "*", reason: "encryption migration GOV-9", owner: "platform", expires: "2027-06-30" }];
    const cli = cliFindings(cases, { today, waivers });
    const byConfig = new Map<string, PlanCase[]>();
    for (const c of cases) byConfig.set(JSON.stringify(c.config), [...(byConfig.get(JSON.stringify(c.config)) ?? []), c]);
    let failing = 0;
    let waived = 0;
    for (const [key, group] of byConfig) {
      const dataFile = path.join(scratch, "govguard-data.yaml");
      fs.writeFileSync(dataFile, JSON.stringify({ govguard_config: JSON.parse(key) ?? {}, govguard_waivers: waivers, govguard_today: today }));
      const r = conftestAsAtlantis(group.map((c) => c.plan), dataFile);
      expect(r.status).toBe(1);
      for (const c of group) {
        const findings = cli.get(c.plan) ?? [];
        const expected = {
          failures: sorted(findings.filter((f) => f.failing).map(findingKey)),
          warnings: sorted(findings.filter((f) => f.waiver?.status === "active").map(findingKey)),
        };
        failing += expected.failures.length;
        waived += expected.warnings.length;
        expect({ case: c.name, ...r.byFile.get(path.resolve(c.plan)) }).toEqual({ case: c.name, ...expected });
      }
    }
    expect(failing).toBeGreaterThan(500);
    expect(waived).toBeGreaterThan(10);
  });

  test("a setting conftest's data gets wrong fails the check with the setting's path", () => {
    const dataFile = path.join(scratch, "bad-data.yaml");
    fs.writeFileSync(dataFile, "govguard_config:\n  regions:\n    allowed: cn-hangzhou\n");
    const plan = path.join(repo, "policies", "govguard", "controls", "a21_2", "cases", "encrypted", "plan.json");
    const r = conftestAsAtlantis([plan], dataFile);
    expect(r.status).toBe(1);
    expect(r.byFile.get(plan)?.failures).toContainEqual(expect.stringMatching(/^error\tinput invalid_config setting regions\.allowed/));
  });
});

// ---------------------------------------------------------------------------------------------
// Spacelift plan policy
// ---------------------------------------------------------------------------------------------

const spaceliftPolicy = path.join(repo, "integrations", "spacelift", "govguard_plan_policy.rego");

/** The plan policy input Spacelift documents ("Plan policy", data input): run metadata under
 * `spacelift`, the plan's resource_changes under `terraform`, and custom inputs. */
function spaceliftInput(plan: { resource_changes?: { address: string; type: string; name: string; provider_name: string; change: { actions: string[]; before: unknown; after: unknown } }[]; terraform_version?: string }, custom: Record<string, unknown>): object {
  return {
    spacelift: {
      request: { timestamp_ns: 1795233600000000000 },
      run: { id: "01JRUN", type: "PROPOSED", branch: "feature/portal", state: "PLANNING", drift_detection: false, flags: [], changes: [], commit: { author: "dev", branch: "feature/portal", hash: "abc", message: "portal" } },
      stack: { name: "portal-prod", branch: "main", labels: ["prod"], autodeploy: false, administrative: false, repository: "portal", state: "PLANNING" },
    },
    terraform: {
      resource_changes: (plan.resource_changes ?? []).map((r) => ({ address: r.address, type: r.type, name: r.name, provider_name: r.provider_name, change: { actions: r.change.actions, before: r.change.before, after: r.change.after } })),
      terraform_version: plan.terraform_version ?? "1.9.8",
    },
    third_party_metadata: { custom },
  };
}

/** The after_plan hook of integrations/spacelift/spacelift.tf, run by bash in a project root:
 * `terraform show -json spacelift.plan` gives the corpus plan, `npx --yes govguard@0.1.0` is the
 * local CLI. Returns what it left in govguard.custom.spacelift.json. */
function hookReport(plan: string, waivers?: unknown[], leftover?: unknown): unknown {
  const tf = fs.readFileSync(path.join(repo, "integrations", "spacelift", "spacelift.tf"), "utf8");
  const hook = /after_plan = \[\n([\s\S]*?)\n\s*\]/.exec(tf)?.[1];
  if (!hook) throw new Error("spacelift.tf has no after_plan hook");
  const commands = [...hook.matchAll(/^\s*"((?:[^"\\]|\\.)*)",?$/gm)].map((m) => JSON.parse(`"${m[1]}"`) as string);
  expect(commands).toHaveLength(3);
  const cwd = tempDir("govguard-spacelift-hook-");
  // The hook writes the plan beside its working directory, as it writes /tmp/govguard-plan.json.
  const planFile = path.join(cwd, "..", `${path.basename(cwd)}-plan.json`);
  try {
    if (waivers) fs.writeFileSync(path.join(cwd, "waivers.yaml"), JSON.stringify({ waivers }));
    if (leftover !== undefined) fs.writeFileSync(path.join(cwd, "govguard.custom.spacelift.json"), JSON.stringify(leftover));
    const script = [
      "set -e",
      `terraform() { cat ${JSON.stringify(plan)}; }`,
      `npx() { shift 2; GOVGUARD_TODAY=${today} ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(repo, "bin", "govguard.js"))} "$@"; }`,
      ...commands.map((c) => c.split("/tmp/govguard-plan.json").join(planFile)),
    ].join("\n");
    const r = spawnSync("bash", ["-c", script], { cwd, encoding: "utf8" });
    return { status: r.status, report: fs.existsSync(path.join(cwd, "govguard.custom.spacelift.json")) ? readJson(path.join(cwd, "govguard.custom.spacelift.json")) : undefined };
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
    fs.rmSync(planFile, { force: true });
  }
}

function hookOk(plan: string, waivers?: unknown[]): unknown {
  const r = hookReport(plan, waivers) as { status: number; report: unknown };
  expect(r.status).toBe(0);
  return r.report;
}

function spacelift(input: object): { deny: string[]; warn: string[] } {
  const file = path.join(scratch, "spacelift-input.json");
  fs.writeFileSync(file, JSON.stringify(input));
  // The policy alone: Spacelift evaluates one self-contained body.
  const v = opaValue(["--data", spaceliftPolicy, "--input", file], "data.spacelift") as { deny?: string[]; warn?: string[] };
  return { deny: sorted(v.deny ?? []), warn: sorted(v.warn ?? []) };
}

describe("Spacelift plan policy", () => {
  // "<control>/<case>": a control's own corpus case (policies/govguard/controls/<control>/cases/).
  const planOf = (c: string): string => {
    const [control, name] = c.split("/");
    return path.join(repo, "policies", "govguard", "controls", control, "cases", name, "plan.json");
  };
  const sample = ["a21_2/unencrypted", "a22_1/public-acl", "a29_1/certificate-off", "a21_2/encrypted"];

  test.each(sample)("%s: deny is the CLI's failing findings, warn the rest", (c) => {
    const waivers = [{ control: "A21.2", resource: "alicloud_ecs_disk.*", reason: "disk replaced in GOV-77", owner: "platform", expires: "2027-06-30" }];
    const report = hookOk(planOf(c), waivers) as { findings: CliFinding[] };
    const got = spacelift(spaceliftInput(readJson(planOf(c)) as never, { govguard: report }));
    expect(got.deny).toEqual(sorted(new Set(report.findings.filter((f) => f.failing).map(findingLine))));
    expect(got.warn).toEqual(sorted(new Set(report.findings.filter((f) => !f.failing).map(findingLine))));
  });

  test("without the hook's report, with a report of another plan, or a report that fails without findings, the run is denied", () => {
    const plan = readJson(planOf("a21_2/unencrypted")) as never;
    expect(spacelift(spaceliftInput(plan, {})).deny).toEqual([expect.stringContaining("no usable report")]);
    expect(spacelift(spaceliftInput(plan, { govguard: { findings: "none" } })).deny).toEqual([expect.stringContaining("no usable report")]);
    const other = hookOk(planOf("a22_1/public-acl"));
    expect(spacelift(spaceliftInput(plan, { govguard: other })).deny).toContainEqual(expect.stringContaining("which is not in this run's plan"));
    const forged = { ...(hookOk(planOf("a21_2/unencrypted")) as { summary: object }), findings: [] };
    expect(spacelift(spaceliftInput(plan, { govguard: forged })).deny).toEqual(["govguard: 报告判定不通过 / the report's verdict is fail"]);
  });

  test("the hook: a report left in the repository is deleted first; a plan govguard cannot read fails the run and leaves no report", () => {
    const clean = { findings: [], summary: { passed: true }, inputs: [{ kind: "plan" }] };
    const bad = path.join(scratch, "state-not-plan.json");
    fs.writeFileSync(bad, JSON.stringify({ format_version: "1.0", values: { root_module: {} } }));
    const r = hookReport(bad, undefined, clean) as { status: number; report: unknown };
    expect(r.status).not.toBe(0);
    expect(r.report).toBeUndefined();
    const ok = hookReport(planOf("a21_2/unencrypted"), undefined, clean) as { status: number; report: { findings: unknown[] } };
    expect(ok.status).toBe(0);
    expect(ok.report.findings.length).toBeGreaterThan(5);
  });

  test("a plan with nothing to check passes", () => {
    const plan = path.join(scratch, "no-alicloud.json");
    const doc = { format_version: "1.2", terraform_version: "1.9.8", planned_values: { root_module: {} }, resource_changes: [], configuration: { root_module: {} } };
    fs.writeFileSync(plan, JSON.stringify(doc));
    expect(spacelift(spaceliftInput(doc, { govguard: hookOk(plan) }))).toEqual({ deny: [], warn: [] });
  });
});

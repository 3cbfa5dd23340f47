// The corpus plans and what the CLI says about them, for the integration tests
// (test/integration-*.test.ts): each engine's answer is compared with `govguard check --format json`
// run for real on the same plan, with the same settings, waivers and date.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { listCases } from "./corpus/corpus";
import { repo, runCli, tempDir } from "./helpers";

export interface PlanCase {
  /** "<family>/<case>" */
  name: string;
  /** Absolute path of the case's plan.json. */
  plan: string;
  config: Record<string, unknown> | null;
}

export interface CliFinding {
  control: string;
  severity: string;
  resource: string;
  attribute?: string;
  message: { zh: string; en: string };
  file: string;
  failing: boolean;
  waiver?: { status: string; reason: string };
}

/** Every corpus case with a real plan, with its settings. `configGroups` limits how many distinct
 * non-default settings are included (each costs one CLI run). */
export function corpusPlans(configGroups = Infinity): PlanCase[] {
  const out: PlanCase[] = [];
  const groups = new Set<string>();
  for (const c of listCases()) {
    const plan = path.join(c.dir, "plan.json");
    if (!fs.existsSync(plan)) continue;
    const config = c.expected.config ?? null;
    if (config !== null) {
      const key = JSON.stringify(config);
      if (!groups.has(key) && groups.size >= configGroups) continue;
      groups.add(key);
    }
    out.push({ name: c.name, plan, config });
  }
  return out;
}

export interface CliOptions {
  today: string;
  waivers?: unknown[];
  failOn?: string;
}

/** `govguard check --format json` over the cases, one run per distinct setting, from an empty
 * folder (so no govguard.yaml or waivers.yaml of the repository applies); findings by plan. */
export function cliFindings(cases: PlanCase[], o: CliOptions): Map<string, CliFinding[]> {
  const byConfig = new Map<string, PlanCase[]>();
  for (const c of cases) {
    const key = JSON.stringify(c.config);
    byConfig.set(key, [...(byConfig.get(key) ?? []), c]);
  }
  const out = new Map<string, CliFinding[]>(cases.map((c) => [c.plan, []]));
  const cwd = tempDir("govguard-integration-cli-");
  try {
    for (const [key, group] of byConfig) {
      const args = ["check", "--format", "json"];
      const config = JSON.parse(key) as Record<string, unknown> | null;
      if (config !== null) {
        fs.writeFileSync(path.join(cwd, "settings.yaml"), JSON.stringify(config));
        args.push("--config", "settings.yaml");
      }
      if (o.waivers) {
        fs.writeFileSync(path.join(cwd, "exemptions.yaml"), JSON.stringify({ waivers: o.waivers }));
        args.push("--waivers", "exemptions.yaml");
      }
      if (o.failOn) args.push("--fail-on", o.failOn);
      const r = runCli([...args, ...group.map((c) => c.plan)], { cwd, env: { GOVGUARD_TODAY: o.today } });
      if (r.status !== 0 && r.status !== 1) throw new Error(`govguard check exit ${r.status}: ${r.stderr}`);
      const report = JSON.parse(r.stdout) as { findings: CliFinding[] };
      for (const f of report.findings) {
        const plan = path.resolve(cwd, f.file);
        const list = out.get(plan);
        if (!list) throw new Error(`the CLI reported a file it was not given: ${f.file}`);
        list.push(f);
      }
    }
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
  return out;
}

/** One comparable key per finding (control, resource, attribute, both messages), as bench/findings.ts. */
export function findingKey(f: { control: string; resource: string; attribute?: string; message: { zh: string; en: string } }): string {
  return [f.control, f.resource, f.attribute ?? "", f.message.en, f.message.zh].join("\t");
}

/** The line the HCP Terraform and Spacelift entries write for a finding (their `line` rule). */
export function findingLine(f: CliFinding): string {
  const attribute = f.attribute ? ` (${f.attribute})` : "";
  return `${f.control} [${f.severity}] ${f.resource}${attribute}: ${f.message.zh} / ${f.message.en}`;
}

export function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

/** Copies govguard's Rego and an integration's entry into `out` with the integration's own script. */
export function assemble(integration: "hcp-terraform" | "atlantis", out: string): void {
  execFileSync(path.join(repo, "integrations", integration, "assemble.sh"), [out], { stdio: "pipe" });
}

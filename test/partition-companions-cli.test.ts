// End to end, with no setting: a plan past the one-pass size is cut into parts by default, and a
// finding that needs every resource of a type beside a hub must survive it. A red team's case
// (2026-12-05): the account's MFA setting known only after apply, the one login profile that does
// not bind MFA deep in a later module; A30.2 reports the preference. Cut into parts holding only the
// first login profile, the plan lost that finding and passed its baseline with exit 0.
import * as fs from "node:fs";
import * as path from "node:path";
import { generatePlan } from "../bench/generate-plan";
import { runCli, tempDir } from "./helpers";

type Change = { address: string; type: string; change: { after: Record<string, unknown>; after_unknown: Record<string, unknown> } };
type Module = { resources?: { type: string; expressions: Record<string, unknown> }[]; module_calls?: Record<string, { module: Module }> };

let dir: string;

beforeAll(() => {
  dir = tempDir("govguard-companions-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function withUnverifiableMfa(plan: Record<string, unknown>): string {
  const changes = plan.resource_changes as Change[];
  const profiles = changes.filter((c) => c.type === "alicloud_ram_login_profile");
  for (const c of changes) {
    if (c.type !== "alicloud_ram_security_preference") continue;
    delete c.change.after.mfa_operation_for_login;
    c.change.after_unknown.mfa_operation_for_login = true;
  }
  profiles[profiles.length - 1].change.after.mfa_bind_required = false;
  const configure = (m: Module): void => {
    for (const r of m.resources ?? []) if (r.type === "alicloud_ram_security_preference") r.expressions.mfa_operation_for_login = { references: ["var.mfa_mode"] };
    for (const call of Object.values(m.module_calls ?? {})) configure(call.module);
  };
  configure((plan.configuration as { root_module: Module }).root_module);
  delete plan.planned_values;
  return profiles[profiles.length - 1].address;
}

test("a 13,000-resource plan with a baseline: the preference's new finding fails the gate (exit 1)", () => {
  const env = { GOVGUARD_TODAY: "2026-12-05" };
  const plan = path.join(dir, "plan.json");
  const generated = generatePlan({ resources: 13000, seed: 3 });
  fs.writeFileSync(plan, JSON.stringify(generated));
  const baseline = path.join(dir, "baseline.json");
  const made = runCli(["baseline", plan, "-o", baseline], { env });
  expect([made.status, made.stderr]).toEqual([0, ""]);

  const profile = withUnverifiableMfa(generated);
  expect(profile).toMatch(/^module\./);
  fs.writeFileSync(plan, JSON.stringify(generated));
  const r = runCli(["check", "--format", "json", "--baseline", baseline, plan], { env });
  expect(r.stderr).toBe("");
  const report = JSON.parse(r.stdout) as { findings: { control: string; resource: string; failing: boolean }[] };
  expect(report.findings.filter((f) => f.control === "A30.2" && f.failing).map((f) => f.resource)).toEqual(["alicloud_ram_security_preference.account"]);
  expect(r.status).toBe(1);
});

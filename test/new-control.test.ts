// `npm run new-control -- A31.1` end to end, in a scratch copy of the repository (its dist, policies
// and provider schema; node_modules and the tools linked): the scaffold, the regenerated bundle and
// docs, and that the fresh scaffold fails gen:check and opa test until someone fills it in.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { readTarGz } from "../src/engine/tar";
import { synthesizeCase } from "./corpus/corpus";
import { controlCases } from "../scripts/corpus-cases";
import { repo, tempDir, tool } from "./helpers";

let copy: string;

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(copy, "dist", "scripts", "new-control.js"), ...args], { cwd: copy, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under dir with its bytes, to tell that nothing changed. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else out.set(path.relative(dir, f), fs.readFileSync(f).toString("base64"));
    }
  };
  walk(dir);
  return out;
}

beforeAll(() => {
  if (!fs.existsSync(path.join(repo, "dist", "scripts", "new-control.js"))) throw new Error("run npm run build first: dist/scripts/new-control.js is missing");
  copy = tempDir("govguard-new-control-");
  for (const part of ["dist", "policies", "provider", "package.json", "bundle", "docs"]) {
    fs.cpSync(path.join(repo, part), path.join(copy, part), { recursive: true });
  }
  // constructs/cdk: the bindings load the CDK library through it.
  for (const link of ["node_modules", ".tools", "constructs"]) fs.symlinkSync(path.join(repo, link), path.join(copy, link));
  // The bindings the case skeletons' stack.ts import; generated into the copy by npm run gen too.
  fs.cpSync(path.join(repo, ".gen"), path.join(copy, ".gen"), { recursive: true });
}, 120_000);

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

describe("refusals: exit 2, one line, nothing written", () => {
  test.each([
    ["", /usage: npm run new-control -- A<article>\.<n>/],
    ["a31.1", /"a31\.1" is not a control ID/],
    ["A31", /"A31" is not a control ID/],
    ["A031.1", /"A031\.1" is not a control ID/],
    ["A31.1; rm -rf /", /is not a control ID/],
    ["A45.1", /the regulation has no article 45/],
    ["A0.1", /is not a control ID/],
    ["A21.2", /A21\.2 already exists \(policies\/govguard\/controls\/a21_2\)/],
  ])("%j", (arg, message) => {
    const before = snapshot(path.join(copy, "policies"));
    const r = run(arg === "" ? [] : [arg]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(path.join(copy, "policies"))).toEqual(before);
  });
});

describe("A31.1 scaffolded", () => {
  const folder = (): string => path.join(copy, "policies", "govguard", "controls", "a31_1");
  let scaffolded: ReturnType<typeof run>;

  beforeAll(() => {
    scaffolded = run(["A31.1"]);
  }, 120_000);

  test("writes the rule, its tests and case skeletons in every shape, then regenerates", () => {
    expect(scaffolded.stderr).toBe("");
    expect(scaffolded.status).toBe(0);
    for (const f of ["a31_1.rego", "a31_1_test.rego", ...["compliant", "non-compliant"].flatMap((c) => ["main.tf", "stack.ts", "expected.json"].map((n) => `cases/${c}/${n}`))]) {
      expect([f, fs.existsSync(path.join(folder(), f))]).toEqual([f, true]);
    }
    const rule = fs.readFileSync(path.join(folder(), "a31_1.rego"), "utf8");
    expect(rule).toContain("package govguard.controls.a31_1\n");
    expect(rule).toContain('"id": "A31.1",');
    expect(rule).toContain('"article": 31,');
    expect(rule).toMatch(/"title": \{"zh": "TODO\(new-control\)[^"]*", "en": "TODO\(new-control\)[^"]*"\}/);
    // The regenerated bundle and docs carry the new control.
    const bundle = readTarGz(fs.readFileSync(path.join(copy, "bundle", "govguard-rego.tar.gz")));
    expect([...bundle.keys()].filter((n) => n.includes("a31_1"))).toEqual(["policies/govguard/controls/a31_1/a31_1.rego"]);
    expect(fs.readFileSync(path.join(copy, "docs", "controls.md"), "utf8")).toContain("A31.1");
    // A second run refuses, and leaves the scaffold as it is.
    const again = run(["A31.1"]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/A31\.1 already exists/);
  });

  test("the case skeletons are corpus cases, and their stacks synthesize", () => {
    const cases = controlCases(copy, "a31_1");
    expect(cases.map((c) => [c.name, c.shapes])).toEqual([
      ["a31_1/compliant", ["tf", "plan", "cdktf"]],
      ["a31_1/non-compliant", ["tf", "plan", "cdktf"]],
    ]);
    for (const c of cases) {
      const out = synthesizeCase(c, path.join(copy, "synth", c.name));
      const synthesized = JSON.parse(fs.readFileSync(out, "utf8")) as { provider?: { alicloud?: unknown } };
      expect(synthesized.provider?.alicloud).toBeDefined();
    }
  });

  test("fails gen:check, naming the control and what is missing, until it is filled in", () => {
    const r = spawnSync(process.execPath, [path.join(copy, "dist", "scripts", "generate.js"), "--check"], { cwd: copy, encoding: "utf8" });
    expect(r.status).toBe(1);
    const lines = r.stderr.split("\n").filter((l) => l.includes("A31.1 (policies/govguard/controls/a31_1)"));
    expect(lines.join("\n")).toMatch(/metadata\.title\.zh is still the scaffold's placeholder/);
    expect(lines.join("\n")).toMatch(/metadata\.decisions\[0\]\.en is still the scaffold's placeholder/);
    expect(lines.join("\n")).toMatch(/case cases\/compliant has main\.tf but no plan\.json/);
    expect(lines.join("\n")).toMatch(/case cases\/non-compliant: expected\.json's description is empty or still the scaffold's placeholder/);
  });

  test("fails opa test until the rule and its tests are written", () => {
    const r = spawnSync(tool("opa"), ["test", path.join(copy, "policies"), "--ignore", "capabilities.json", "--ignore", "cases", "--run", "a31_1_test"], { encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/data\.govguard\.controls\.a31_1_test\.test_compliant_passes: FAIL/);
  });
});

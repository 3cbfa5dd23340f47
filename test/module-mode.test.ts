// Reusable-module mode (`govguard check --module`, govguard.yaml `input: {kind: module}`): the
// stack-wide and provider-region questions become one note naming what the calling root must
// provide, resource findings stay as they are, and the mode is never inferred silently.
import * as fs from "node:fs";
import * as path from "node:path";
import { check } from "../src/engine";
import { fixtures, runCli, tempDir } from "./helpers";

const modules = path.join(fixtures, "module-mode");
const reusable = path.join(modules, "reusable");
const plan = path.join(fixtures, "cli", "provider_only", "plan.json");
const env = { GOVGUARD_TODAY: "2026-12-04" };

interface JsonFinding {
  control: string;
  resource: string;
  message: { zh: string; en: string };
}
interface JsonReport {
  findings: JsonFinding[];
  notes: { zh: string; en: string }[];
  inputs: { file: string; notes: { zh: string; en: string }[] }[];
}

// The stack-wide findings a reusable module gets as a root: what module mode sets aside.
const STACK_WIDE = [
  ["A20.2", "(stack)"],
  ["A23.1", "alicloud"],
  ["A24.1", "(stack)"],
  ["A24.1", "alicloud"],
  ["A36.1", "(stack)"],
];

let cwd: string;

beforeAll(() => {
  // A folder of its own, so that the repository's govguard.yaml is not read.
  cwd = tempDir("govguard-module-");
});
afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

function run(args: string[], dir = cwd): { status: number; report: JsonReport; stderr: string } {
  const r = runCli(["check", ...args, "--format", "json"], { cwd: dir, env });
  return { status: r.status, report: r.stdout === "" ? ({ findings: [], notes: [], inputs: [] } as JsonReport) : (JSON.parse(r.stdout) as JsonReport), stderr: r.stderr };
}

/** What a run found and said, without where its settings came from. */
function verdict(report: JsonReport): Pick<JsonReport, "findings" | "notes" | "inputs"> {
  return { findings: report.findings, notes: report.notes, inputs: report.inputs };
}

function pairsOf(report: JsonReport): string[][] {
  return report.findings.map((f) => [f.control, f.resource]);
}

function isStackWide(f: JsonFinding): boolean {
  return STACK_WIDE.some(([c, r]) => c === f.control && r === f.resource);
}

function configDir(yaml: string): string {
  const dir = fs.mkdtempSync(path.join(cwd, "config-"));
  fs.writeFileSync(path.join(dir, "govguard.yaml"), yaml);
  return dir;
}

const MODULE_NOTE = /--module/;

describe("a reusable module without provider, trail or alarm", () => {
  test("as a root: the stack-wide findings, and a note suggesting --module on the folder", () => {
    const { status, report } = run([reusable]);
    expect(status).toBe(1);
    for (const pair of STACK_WIDE) expect(pairsOf(report)).toContainEqual(pair);
    const folderNotes = report.inputs[0].notes;
    expect(folderNotes.filter((n) => MODULE_NOTE.test(n.en) && MODULE_NOTE.test(n.zh))).toHaveLength(1);
    expect(folderNotes.find((n) => MODULE_NOTE.test(n.en))?.en).toMatch(/no provider block/);
    expect(report.notes.filter((n) => /calling root/.test(n.en))).toEqual([]);
  });

  test("with --module: none of them, and one note naming what the calling root must provide", () => {
    const { status, report } = run(["--module", reusable]);
    expect(status).toBe(1);
    for (const control of ["A20.2", "A23.1", "A24.1", "A36.1"]) expect(report.findings.filter((f) => f.control === control)).toEqual([]);
    const notes = report.notes.filter((n) => /calling root/.test(n.en));
    expect(notes).toHaveLength(1);
    const [note] = notes;
    for (const control of ["A20.2", "A23.1", "A24.1", "A36.1"]) {
      expect(note.en).toContain(control);
      expect(note.zh).toContain(control);
    }
    expect(note.en).toMatch(/region/);
    expect(note.en).toMatch(/trail/);
    expect(note.en).toMatch(/alarm/);
    expect(note.en).toMatch(/assessment_reference/);
    expect(note.zh).toMatch(/根模块/);
    // No suggestion to use the mode already in use.
    expect(report.inputs[0].notes.filter((n) => MODULE_NOTE.test(n.en))).toEqual([]);
  });

  test("resource findings are the same in both modes", () => {
    const root = run([reusable]).report.findings.filter((f) => !isStackWide(f));
    const module = run(["--module", reusable]).report.findings;
    expect(module.length).toBeGreaterThan(0);
    expect(module).toEqual(root);
  });

  test("input.kind: module in govguard.yaml works as --module does", () => {
    const dir = configDir("input:\n  kind: module\n");
    const configured = run([reusable], dir);
    expect(configured.status).toBe(1);
    expect(pairsOf(configured.report)).not.toContainEqual(["A20.2", "(stack)"]);
    expect(verdict(configured.report)).toEqual(verdict(run(["--module", reusable]).report));
    const explicitRoot = configDir("input:\n  kind: root\n");
    expect(verdict(run([reusable], explicitRoot).report)).toEqual(verdict(run([reusable]).report));
  });

  test("--module wins over input.kind: root in govguard.yaml", () => {
    const dir = configDir("input:\n  kind: root\n");
    const flagged = run(["--module", reusable], dir);
    expect(flagged.status).toBe(1);
    expect(pairsOf(flagged.report)).not.toContainEqual(["A20.2", "(stack)"]);
    expect(verdict(flagged.report)).toEqual(verdict(run(["--module", reusable]).report));
  });

  test("the library reports the mode it ran in", async () => {
    expect((await check([reusable], { today: "2026-12-04" })).mode).toBe("root");
    expect((await check([reusable], { today: "2026-12-04", module: true })).mode).toBe("module");
    expect((await check([reusable], { today: "2026-12-04", config: { input: { kind: "module" } } })).mode).toBe("module");
    expect((await check([reusable], { today: "2026-12-04", config: { input: { kind: "root" } }, module: true })).mode).toBe("module");
  });
});

describe("module mode keeps what the module itself writes", () => {
  test("an alarm that notifies nobody is still a finding on the alarm", () => {
    const { report } = run(["--module", path.join(modules, "alarm")]);
    expect(pairsOf(report)).toEqual([["A36.1", "alicloud_cms_alarm.cpu"]]);
  });

  test("a provider block of the module's own, outside the mainland, is still a finding", () => {
    const { report } = run(["--module", path.join(modules, "own-provider")]);
    expect(pairsOf(report)).toContainEqual(["A23.1", "alicloud"]);
    expect(pairsOf(report)).toContainEqual(["A24.1", "alicloud"]);
    expect(pairsOf(report)).not.toContainEqual(["A20.2", "(stack)"]);
    expect(pairsOf(report)).not.toContainEqual(["A36.1", "(stack)"]);
  });

  test("a folder with a provider block gets no --module suggestion", () => {
    const { report } = run([path.join(modules, "own-provider")]);
    expect(report.inputs[0].notes.filter((n) => MODULE_NOTE.test(n.en))).toEqual([]);
  });
});

describe("refusals", () => {
  function expectOneLine(r: { status: number; stdout?: string; stderr: string }, file: string, pattern: RegExp): void {
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(pattern);
  }

  test("input.kind other than root or module is exit 2 naming the file, line and key", () => {
    const dir = configDir("logs:\n  min_retention_days: 400\ninput:\n  kind: library\n");
    const r = runCli(["check", reusable], { cwd: dir, env });
    expect(r.stdout).toBe("");
    expectOneLine(r, "govguard.yaml:4", /input\.kind.*(module|root)/);
  });

  test("input that is not a mapping, and unknown keys under it, are exit 2", () => {
    expectOneLine(runCli(["check", reusable], { cwd: configDir("input: module\n"), env }), "govguard.yaml:1", /input/);
    expectOneLine(runCli(["check", reusable], { cwd: configDir("input:\n  mode: module\n"), env }), "govguard.yaml:2", /input\.mode/);
  });

  test("--module does not hide a bad input.kind", () => {
    const dir = configDir("input:\n  kind: Module\n");
    expectOneLine(runCli(["check", "--module", reusable], { cwd: dir, env }), "govguard.yaml:2", /input\.kind/);
  });

  test("a plan is always a root module: --module on plan JSON is exit 2 naming the plan", () => {
    expectOneLine(runCli(["check", "--module", plan], { cwd, env }), plan, /root module/);
    const dir = configDir("input:\n  kind: module\n");
    expectOneLine(runCli(["check", plan], { cwd: dir, env }), plan, /root module/);
  });

  test("a plan in root mode is unaffected", () => {
    const dir = configDir('cloud:\n  assessment_reference: "CSA-2021-003"\ninput:\n  kind: root\n');
    expect(runCli(["check", plan], { cwd: dir, env }).status).toBe(0);
  });
});

describe("documentation", () => {
  test("--help names --module in both languages", () => {
    const help = runCli(["--help"]).stdout;
    const line = help.split("\n").findIndex((l) => l.includes("--module"));
    expect(line).toBeGreaterThan(-1);
    expect(help.split("\n").slice(line, line + 4).join("\n")).toMatch(/模块/);
    expect(help.split("\n").slice(line, line + 4).join("\n")).toMatch(/reusable module/);
  });

  test("govguard init documents input.kind, and the starter loads as root mode", () => {
    const dir = fs.mkdtempSync(path.join(cwd, "init-"));
    expect(runCli(["init"], { cwd: dir }).status).toBe(0);
    const text = fs.readFileSync(path.join(dir, "govguard.yaml"), "utf8");
    expect(text).toMatch(/^input:\n(  #.*\n)+  kind: root$/m);
    expect(text).toMatch(/--module/);
    expect(run([reusable], dir).report.findings.map((f) => f.control)).toContain("A20.2");
  });
});

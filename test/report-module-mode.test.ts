// Every report format says how the run judged its inputs (root or reusable module) and, in module
// mode, carries the one note naming what the calling root must provide. A control module mode
// leaves to the caller was not judged: no format may show it as "judged, compliant".
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { check } from "../src/engine";
import { Text } from "../src/model";
import { xmlText } from "../src/report/escape-xml";
import { inline, Lang } from "../src/report/lang";
import { fixtures, repo, runCli, tempDir } from "./helpers";

const reusable = path.join(fixtures, "module-mode", "reusable");
const env = { GOVGUARD_TODAY: "2026-12-04", NO_COLOR: "1" };
let cwd: string;
let moduleNote: Text;
let stackScoped: string[];

beforeAll(async () => {
  // A folder of its own, so that the repository's govguard.yaml is not read.
  cwd = tempDir("govguard-report-module-");
  const result = await check([reusable], { module: true, today: env.GOVGUARD_TODAY });
  stackScoped = result.controls.filter((c) => c.scope === "stack").map((c) => c.id);
  expect(stackScoped).toEqual(expect.arrayContaining(["A19.4", "A20.2", "A23.1", "A24.1", "A30.1", "A36.1"]));
  const notes = result.notes.filter((n) => n.en.includes("calling root module"));
  expect(notes).toHaveLength(1);
  moduleNote = notes[0];
});
afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

function run(args: string[]): string {
  const r = runCli(["check", ...args], { cwd, env });
  expect([r.status, r.stderr]).toEqual([1, ""]);
  return r.stdout;
}

function suiteOf(xml: string, id: string): { open: string; body: string } {
  const m = new RegExp(`(<testsuite name="${id.replace(".", "\\.")} [^"]*"[^>]*>)([\\s\\S]*?)</testsuite>`).exec(xml);
  if (m === null) throw new Error(`no suite for ${id}`);
  return { open: m[1], body: m[2] };
}

function attr(tag: string, name: string): number {
  const m = new RegExp(` ${name}="(\\d+)"`).exec(tag);
  if (m === null) throw new Error(`no ${name} in ${tag}`);
  return Number(m[1]);
}

describe("junit in module mode", () => {
  test.each<Lang>(["both", "en", "zh"])("every stack-scoped control is a skipped case carrying the module note (--lang %s)", (lang) => {
    const xml = run(["--module", "--format", "junit", "--lang", lang, reusable]);
    for (const id of stackScoped) {
      const { open, body } = suiteOf(xml, id);
      expect([id, /<testcase [^>]*\/>/.test(body)]).toEqual([id, false]);
      expect([id, body.includes(`<skipped message="${xmlText(inline(moduleNote, lang))}"/>`)]).toEqual([id, true]);
      // The counts say so too: a dashboard reading only the attributes must not count it as passed.
      expect([id, attr(open, "skipped")]).toEqual([id, (body.match(/<skipped /g) ?? []).length]);
      expect([id, attr(open, "tests")]).toEqual([id, (body.match(/<testcase /g) ?? []).length]);
    }
    const root = /<testsuites [^>]*>/.exec(xml)![0];
    expect(attr(root, "skipped")).toBe((xml.match(/<skipped /g) ?? []).length);
    expect(attr(root, "tests")).toBe((xml.match(/<testcase /g) ?? []).length);
    expect(xml).toContain('<property name="mode" value="module"/>');
  });

  test("controls module mode still judges keep their passing and failing cases", () => {
    const xml = run(["--module", "--format", "junit", reusable]);
    expect(suiteOf(xml, "A19.1").body).toContain("<failure ");
    expect(suiteOf(xml, "A19.1").body).not.toContain("<skipped ");
    expect(suiteOf(xml, "A5.1").body).toMatch(/<testcase [^>]*\/>/);
  });

  test("a stack-scoped control's finding on the module's own provider block stays a failure, beside the skipped part", () => {
    const own = path.join(cwd, "own");
    fs.mkdirSync(own, { recursive: true });
    fs.writeFileSync(path.join(own, "main.tf"), 'provider "alicloud" {\n  region = "ap-southeast-1"\n}\n\nresource "alicloud_security_group" "this" {\n  security_group_name = "x"\n}\n');
    const xml = run(["--module", "--format", "junit", "own"]);
    const { open, body } = suiteOf(xml, "A23.1");
    expect(body).toMatch(/<testcase classname="govguard\.A23\.1" name="alicloud"[^>]*>\s*<failure /);
    expect(body).toContain(`<skipped message="${xmlText(inline(moduleNote, "both"))}"/>`);
    expect([attr(open, "tests"), attr(open, "failures"), attr(open, "skipped")]).toEqual([2, 1, 1]);
  });

  test("in root mode the same controls are judged: findings fail, nothing is skipped for the mode", () => {
    const xml = run(["--format", "junit", reusable]);
    for (const id of ["A20.2", "A23.1", "A36.1"]) expect([id, suiteOf(xml, id).body.includes("<failure ")]).toEqual([id, true]);
    expect(xml).not.toContain("<skipped ");
    expect(xml).toContain('<property name="mode" value="root"/>');
  });
});

interface SarifNotification {
  level?: string;
  descriptor?: { id: string };
  message: { text: string };
}
interface SarifLog {
  runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }[]; properties: { mode?: string } }[];
}

function sarif(args: string[]): SarifLog {
  const file = path.join(cwd, "out.sarif");
  run(["--format", "sarif", "--output", file, ...args]);
  const multitool = path.join(repo, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
  const validation = path.join(cwd, "validation.sarif");
  fs.rmSync(validation, { force: true });
  const checked = spawnSync(multitool, ["validate", file, "--output", validation], { encoding: "utf8" });
  expect([checked.status, checked.stderr]).toEqual([0, ""]);
  const results = (JSON.parse(fs.readFileSync(validation, "utf8")) as { runs: { results?: { level: string }[] }[] }).runs[0].results ?? [];
  expect(results.filter((x) => x.level === "error")).toEqual([]);
  return JSON.parse(fs.readFileSync(file, "utf8")) as SarifLog;
}

describe("sarif carries the mode and the module note", () => {
  test("module mode: the note is a tool execution notification of the run, the mode a run property", () => {
    const log = sarif(["--module", reusable]);
    const invocation = log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications).toContainEqual({
      level: "note",
      descriptor: { id: "govguard/module-mode" },
      message: { text: inline(moduleNote, "both") },
    });
    expect(log.runs[0].properties.mode).toBe("module");
  });

  test("root mode: mode root, no module note", () => {
    const log = sarif([reusable]);
    const notified = log.runs[0].invocations[0].toolExecutionNotifications ?? [];
    expect(notified.filter((n) => n.descriptor?.id === "govguard/module-mode")).toEqual([]);
    expect(log.runs[0].properties.mode).toBe("root");
  });
});

/** Markdown as a reader sees it: CommonMark's backslash escapes of punctuation undone. */
function unescapeMarkdown(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

describe("the human-readable formats and JSON show the mode and the module note", () => {
  test("text", () => {
    const out = run(["--module", "--format", "text", reusable]);
    for (const line of [moduleNote.zh, moduleNote.en]) expect(out).toContain(line);
    expect(out).toMatch(/--module/);
  });

  test("markdown: the note in full, not cut at the length input is cut at", () => {
    const out = unescapeMarkdown(run(["--module", "--format", "markdown", reusable]));
    for (const line of [moduleNote.zh, moduleNote.en]) expect(out).toContain(line);
    expect(out).toMatch(/mode: module/);
  });

  test("html", () => {
    const out = run(["--module", "--format", "html", reusable]);
    for (const line of [moduleNote.zh, moduleNote.en]) expect(out).toContain(xmlText(line));
    expect(out).toMatch(/mode: module/);
  });

  test("json", () => {
    const report = JSON.parse(run(["--module", "--format", "json", reusable])) as { mode: string; notes: Text[] };
    expect(report.mode).toBe("module");
    expect(report.notes).toContainEqual(moduleNote);
  });

  test("root mode names its mode and carries no module note", () => {
    const text = run(["--format", "text", reusable]);
    expect(text).not.toContain(moduleNote.en);
    const md = unescapeMarkdown(run(["--format", "markdown", reusable]));
    expect(md).toMatch(/mode: root/);
    expect(md).not.toContain(moduleNote.en.slice(0, 40));
  });
});

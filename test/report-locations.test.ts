// Report locations are paths relative to the working directory, never the absolute paths of the
// machine that ran the check: below it as "stack/main.tf", outside it as "../stack/main.tf". And
// every format says how the inputs were judged (root or module mode).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { displayPath } from "../src/report/paths";
import { CliRun, repo, runCli, tempDir } from "./helpers";

const source = path.join(repo, "policies", "govguard", "controls", "a21_2", "cases", "unencrypted", "main.tf");
const env = { GOVGUARD_TODAY: "2026-11-21", NO_COLOR: "1" };
const FORMATS = ["text", "markdown", "html", "junit", "sarif"] as const;
let dir: string;

beforeAll(() => {
  dir = fs.realpathSync(tempDir("govguard-locations-"));
  fs.mkdirSync(path.join(dir, "stack"));
  fs.mkdirSync(path.join(dir, "work"));
  fs.copyFileSync(source, path.join(dir, "stack", "main.tf"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(cwd: string, args: string[]): CliRun {
  return runCli(args, { cwd, env });
}

/** A report without SARIF's %SRCROOT% (the one place the working directory itself is named). */
function withoutSrcRoot(format: string, out: string): string {
  if (format !== "sarif") return out;
  const log = JSON.parse(out) as { runs: { originalUriBaseIds?: unknown }[] };
  for (const r of log.runs) delete r.originalUriBaseIds;
  return JSON.stringify(log);
}

function sarifUris(out: string): { uri: string; uriBaseId?: string }[] {
  const log = JSON.parse(out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] };
  return log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation);
}

test("displayPath: relative below the working directory, ../ outside it, . for itself", () => {
  expect(displayPath("/a/b/c.tf", "/a")).toBe("b/c.tf");
  expect(displayPath("/x/c.tf", "/a/b")).toBe("../../x/c.tf");
  expect(displayPath("c.tf", "/a")).toBe("c.tf");
  expect(displayPath("/a", "/a")).toBe(".");
  expect(displayPath("/a/..b/c.tf", "/a")).toBe("..b/c.tf");
});

test("an input given by its absolute path below the working directory is shown relative in every format", () => {
  for (const format of FORMATS) {
    const r = run(dir, ["check", "--format", format, path.join(dir, "stack")]);
    expect([format, r.status]).toEqual([format, 1]);
    expect([format, withoutSrcRoot(format, r.stdout).includes(dir)]).toEqual([format, false]);
    expect([format, r.stdout.includes("stack/main.tf")]).toEqual([format, true]);
  }
  const record = run(dir, ["check", "--record", "record.json", path.join(dir, "stack")]);
  expect(record.status).toBe(1);
  expect(fs.readFileSync(path.join(dir, "record.json"), "utf8")).not.toContain(dir);
});

test("an input outside the working directory is shown as ../, never as an absolute path", () => {
  const cwd = path.join(dir, "work");
  for (const format of FORMATS) {
    const r = run(cwd, ["check", "--format", format, path.join(dir, "stack")]);
    expect([format, r.status]).toEqual([format, 1]);
    expect([format, withoutSrcRoot(format, r.stdout).includes(dir)]).toEqual([format, false]);
    expect([format, r.stdout.includes("../stack/main.tf")]).toEqual([format, true]);
  }
  const sarif = run(cwd, ["check", "--format", "sarif", "-o", "out.sarif", path.join(dir, "stack")]);
  expect(sarif.status).toBe(1);
  const uris = sarifUris(fs.readFileSync(path.join(cwd, "out.sarif"), "utf8"));
  expect(new Set(uris.map((u) => `${u.uriBaseId} ${u.uri}`))).toEqual(new Set(["%SRCROOT% ../stack/main.tf"]));
  const multitool = path.join(repo, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
  const checked = spawnSync(multitool, ["validate", path.join(cwd, "out.sarif"), "--output", path.join(cwd, "validation.sarif")], { encoding: "utf8" });
  expect(checked.status).toBe(0);
  const validation = JSON.parse(fs.readFileSync(path.join(cwd, "validation.sarif"), "utf8")) as { runs: { results?: { level: string }[] }[] };
  expect((validation.runs[0].results ?? []).filter((x) => x.level === "error")).toEqual([]);
});

describe("the mode is in every format and the record", () => {
  test("root mode: JSON, SARIF, JUnit, HTML, Markdown and the record say root", () => {
    const json = JSON.parse(run(dir, ["check", "--format", "json", "stack"]).stdout) as { mode: string };
    expect(json.mode).toBe("root");
    const sarif = JSON.parse(run(dir, ["check", "--format", "sarif", "stack"]).stdout) as { runs: { properties: { mode: string } }[] };
    expect(sarif.runs[0].properties.mode).toBe("root");
    expect(run(dir, ["check", "--format", "junit", "stack"]).stdout).toContain('<property name="mode" value="root"/>');
    expect(run(dir, ["check", "--format", "html", "--lang", "en", "stack"]).stdout).toContain("mode: root");
    expect(run(dir, ["check", "--format", "markdown", "--lang", "en", "stack"]).stdout).toMatch(/mode\\: root/);
    run(dir, ["check", "--record", "root-record.json", "stack"]);
    expect((JSON.parse(fs.readFileSync(path.join(dir, "root-record.json"), "utf8")) as { mode: string }).mode).toBe("root");
  });

  test("module mode (--module): every format says so", () => {
    const formats: Record<string, RegExp> = {
      text: /Module mode \(--module\)/,
      markdown: /Module mode \\\(\\-\\-module\\\)/,
      html: /Module mode \(--module\)/,
      junit: /<property name="mode" value="module"\/>/,
      sarif: /"mode": "module"/,
      json: /"mode": "module"/,
    };
    for (const [format, expected] of Object.entries(formats)) {
      const r = run(dir, ["check", "--module", "--format", format, "--lang", "en", "stack"]);
      expect([format, r.status === 0 || r.status === 1, expected.test(r.stdout)]).toEqual([format, true, true]);
    }
    run(dir, ["check", "--module", "--record", "module-record.json", "stack"]);
    expect((JSON.parse(fs.readFileSync(path.join(dir, "module-record.json"), "utf8")) as { mode: string }).mode).toBe("module");
  });
});

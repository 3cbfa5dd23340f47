// An empty or comment-only .tf file is valid Terraform (issue 15, item 7): nothing to check, exit 0,
// the file named in the report. What is not configuration stays exit 2 naming the file: an empty
// or malformed .tf.json, and a .tf that is not HCL.
import * as fs from "node:fs";
import * as path from "node:path";
import { CliRun, runCli, tempDir } from "./helpers";

let dir: string;
beforeEach(() => {
  dir = tempDir("govguard-empty-");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Report {
  findings: unknown[];
  inputs: { file: string; sources: string[]; findings: number; notes: { en: string }[] }[];
}

function passes(target: string): Report {
  const run = runCli(["check", target, "--format", "json"]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout) as Report;
  expect(report.findings).toEqual([]);
  return report;
}

function refused(run: CliRun, file: string): void {
  expect(run.status).toBe(2);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

const COMMENTS = "# nothing here yet\n// nor here\n/* a block\n   comment */\n\n   \n";

test.each([
  ["empty", ""],
  ["comment-only", COMMENTS],
  ["whitespace-only", "\n\n  \t\n"],
])("a folder whose only main.tf is %s passes, naming the file", (_, text) => {
  const file = path.join(dir, "main.tf");
  fs.writeFileSync(file, text);
  const report = passes(dir);
  expect(report.inputs).toHaveLength(1);
  expect(report.inputs[0].sources).toEqual([file]);
  expect(report.inputs[0].notes.map((n) => n.en).join(" ")).toMatch(/nothing to check/);
});

test("a folder of several empty and comment-only .tf files passes, naming each", () => {
  const files = ["main.tf", "variables.tf", "outputs.tf"].map((n) => path.join(dir, n));
  fs.writeFileSync(files[0], "");
  fs.writeFileSync(files[1], COMMENTS);
  fs.writeFileSync(files[2], "# outputs\n");
  expect(passes(dir).inputs[0].sources.sort()).toEqual(files.sort());
});

test("one empty .tf file given alone passes, named as the input", () => {
  const file = path.join(dir, "main.tf");
  fs.writeFileSync(file, COMMENTS);
  const report = passes(file);
  expect(report.inputs[0].file).toBe(file);
});

test("the text report names the empty file's folder and says there was nothing to check", () => {
  fs.writeFileSync(path.join(dir, "main.tf"), "");
  const run = runCli(["check", dir, "--lang", "en"]);
  expect(run.status).toBe(0);
  expect(run.stdout + run.stderr).toContain(dir);
  expect(run.stdout + run.stderr).toMatch(/nothing to check/);
});

test.each([
  ["an empty .tf.json", "x.tf.json", ""],
  ["a .tf.json that is not JSON", "x.tf.json", "resource {"],
  ["a .tf.json holding an array of numbers", "x.tf.json", "[1]"],
  ["a .tf that is not HCL", "main.tf", "\u0000\u0001binary{{{"],
  ["a .tf with a syntax error after a comment", "main.tf", "# fine\nresource \"alicloud_oss_bucket\" {\n"],
])("%s is refused with exit 2 naming the file", (_, name, text) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  refused(runCli(["check", file]), file);
});

test.each(["{}", "[]"])("a .tf.json that is %s, an empty body as Terraform reads it, passes", (text) => {
  const file = path.join(dir, "x.tf.json");
  fs.writeFileSync(file, text);
  expect(passes(file).inputs[0].file).toBe(file);
});

test("a folder with an empty main.tf beside an empty x.tf.json is refused, naming the .tf.json", () => {
  fs.writeFileSync(path.join(dir, "main.tf"), "");
  const json = path.join(dir, "x.tf.json");
  fs.writeFileSync(json, "");
  refused(runCli(["check", dir]), json);
});

// docs/baseline.schema.json says what govguard's baseline reader accepts: a file `govguard baseline`
// writes is valid, and an entry the reader refuses (no input, an empty input) is invalid too, so a
// reviewer or a CI step validating the file against the schema sees what the gate will do.
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { repo, runCli, tempDir } from "./helpers";

const source = path.join(repo, "policies", "govguard", "controls", "a21_2", "cases", "unencrypted", "main.tf");
const env = { GOVGUARD_TODAY: "2026-11-21", NO_COLOR: "1" };

interface Schema {
  properties: { entries: { items: { required: string[]; properties: Record<string, { description?: string }> } } };
}
interface Baseline {
  entries: Record<string, unknown>[];
}

let dir: string;
let recorded: Baseline;
const schema = JSON.parse(fs.readFileSync(path.join(repo, "docs", "baseline.schema.json"), "utf8")) as Schema;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

beforeAll(() => {
  dir = tempDir("govguard-baseline-schema-");
  fs.mkdirSync(path.join(dir, "legacy"));
  fs.copyFileSync(source, path.join(dir, "legacy", "main.tf"));
  const made = runCli(["baseline", "legacy", "-o", "b.json"], { cwd: dir, env });
  expect([made.status, made.stderr]).toEqual([0, ""]);
  recorded = JSON.parse(fs.readFileSync(path.join(dir, "b.json"), "utf8")) as Baseline;
  expect(recorded.entries.length).toBeGreaterThan(1);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function gate(doc: Baseline): number {
  fs.writeFileSync(path.join(dir, "edited.json"), JSON.stringify(doc, null, 2));
  return runCli(["check", "--baseline", "edited.json", "legacy"], { cwd: dir, env }).status;
}

test("the baseline govguard writes is valid against the schema, every entry naming its input", () => {
  expect([validate(recorded), validate.errors]).toEqual([true, null]);
  for (const entry of recorded.entries) expect(entry.input).toBe("legacy");
});

test("the schema requires input, and says the entry matches only findings of that input", () => {
  const entry = schema.properties.entries.items;
  expect(entry.required).toContain("input");
  expect(entry.properties.input.description).toMatch(/^Required\./);
  expect(entry.properties.input.description).toMatch(/only a finding of that same input/);
});

test.each(["control", "resource", "input", "message", "fingerprint"])("an entry without %s: invalid against the schema, and refused by the gate", (key) => {
  const doc = { ...recorded, entries: recorded.entries.map((e, i) => (i === 0 ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)) : e)) };
  expect(validate(doc)).toBe(false);
  expect(gate(doc)).toBe(2);
});

test("an entry whose input is empty: invalid against the schema, and refused by the gate", () => {
  const doc = { ...recorded, entries: recorded.entries.map((e, i) => (i === 0 ? { ...e, input: "" } : e)) };
  expect(validate(doc)).toBe(false);
  expect(gate(doc)).toBe(2);
});

test("an entry of another input is valid, and the gate reads it without letting it cover this input", () => {
  const doc = { ...recorded, entries: recorded.entries.map((e) => ({ ...e, input: "elsewhere" })) };
  expect([validate(doc), validate.errors]).toEqual([true, null]);
  expect(gate(doc)).toBe(1);
  const report = JSON.parse(runCli(["check", "--format", "json", "--baseline", "edited.json", "legacy"], { cwd: dir, env }).stdout) as { baseline: { suppressed: number; stale: unknown[] } };
  expect(report.baseline).toMatchObject({ suppressed: 0, stale: expect.arrayContaining([]) as unknown });
  expect(report.baseline.stale).toHaveLength(recorded.entries.length);
});

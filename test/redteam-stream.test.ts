// Red team on the streaming plan reader (issue 12): a plan read element by element must be read
// as JSON.parse reads it, or refused with one line naming the file; never read another way. Each
// input in test/fixtures/redteam-partition/stream is the plan of cases/c01 written the ways an
// author can write JSON: duplicate members at every level (JSON.parse keeps the last), member
// names inside strings and as nested keys, escaped quotes, backslashes and \u-escaped names, lone
// surrogates and invalid UTF-8, a byte-order mark, CRLF and CR line endings, trailing or missing
// bytes, nesting beyond the cap, members of the wrong shape, __proto__ keys; the plan of cases/c16
// with a module call named twice or escaped; members that make a file a state file, govguard's own
// document or configuration.
//
// stream-expected.json is what the committed whole-file reader said about each (record.mjs, run on
// a build of the commit before the streaming reader). Every run here, whole or streamed
// (GOVGUARD_INDEX_PLANS_OVER=0), with and without tiny parts (GOVGUARD_PART_RESOURCES=1), must say
// the same: the same report, or, where the committed reader refused the file, a refusal (exit 2,
// one line naming the file). Where findings point is compared on its own.
//
// Three locations in stream-expected.json were corrected by hand after recording, where the
// committed reader pointed at the wrong line and both readers now agree on the right one:
// - s02-dup-configuration-overseas-last: the provider findings (A23.1, A24.1 on "alicloud") point
//   at line 540, the provider_config of the LAST configuration, not 260 (the first). JSON.parse
//   keeps the last of duplicate members, so the last configuration is the one evaluated and the
//   one the finding is about.
// - s06-escaped-address-key: A22.1 on module.b.alicloud_oss_bucket_acl.open points at line 170,
//   its element's "addr\u0065ss" member (which JSON.parse reads as "address"), not line 1 (the
//   committed reader matched only the literal text "address").
//
// One outcome was replaced by hand: s14-huge-exponent was recorded as a report (exit 1), since the
// committed reader read the number 1e400 as Infinity, which JSON.stringify writes as null. A number
// no double holds is refused now, in plans as in configuration (test/plan-number-range.test.ts):
// read as unset, it hid a finding.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CliRun, fixtures, runCli } from "./helpers";

const root = path.join(fixtures, "redteam-partition");
const streamDir = path.join(root, "stream");
const env = { GOVGUARD_TODAY: "2026-12-05", NO_COLOR: "1" };

interface Outcome {
  status: number;
  stderr?: string;
  findings?: unknown[];
}
const expected = JSON.parse(fs.readFileSync(path.join(root, "stream-expected.json"), "utf8")) as Record<string, Outcome>;

// Inputs whose JSON.parse reading a reader may refuse instead (duplicate members, escaped member
// names, __proto__ keys: nothing terraform writes). Every other input must be read exactly as today.
const mayRefuse = /^s0[1236]-|^s1[26]-|^s17-state-lineage-/;

/** Kept in step with outcome() in record.mjs. */
function outcome(r: CliRun): Outcome {
  if (r.status !== 0 && r.status !== 1) return { status: r.status, stderr: r.stderr.trimEnd() };
  const report = JSON.parse(r.stdout) as { findings: Record<string, unknown>[]; waivers: unknown; notes: unknown; summary: unknown };
  return {
    status: r.status,
    findings: report.findings
      .map((f) => ({ control: f.control, resource: f.resource, attribute: f.attribute, failing: f.failing, message: f.message, location: f.location, ...(f.waiver ? { waiver: f.waiver } : {}) }))
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
    waivers: report.waivers,
    notes: report.notes,
    summary: report.summary,
  } as Outcome;
}

function expectRefusal(r: CliRun, file: string): void {
  expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: "" });
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0].startsWith(`govguard: ${file}:`)).toBe(true);
  expect(lines[0]).not.toMatch(/^\s+at |Error:|TypeError|RangeError/);
}

/** The outcome without where findings point (compared on its own: a wrong line misleads, a wrong finding misjudges). */
function withoutLocations(o: Outcome): Outcome {
  return o.findings ? { ...o, findings: o.findings.map((f) => ({ ...(f as Record<string, unknown>), location: undefined })) } : o;
}

function expectAsToday(r: CliRun, file: string, today: Outcome): void {
  if (today.status === 2) {
    expectRefusal(r, file);
    return;
  }
  if (mayRefuse.test(file) && r.status === 2) {
    expectRefusal(r, file);
    return;
  }
  expect(withoutLocations(outcome(r))).toEqual(withoutLocations(today));
}

const files = Object.keys(expected).sort();

// GOVGUARD_INDEX_PLANS_OVER=0 reads every plan with the streaming reader (src/inputs/plan-index.ts),
// which by default only reads plans of several MB.
const streamed = { GOVGUARD_INDEX_PLANS_OVER: "0" };
const runs: [string, Record<string, string>][] = [
  ["the default run", {}],
  ["tiny parts (GOVGUARD_PART_RESOURCES=1)", { GOVGUARD_PART_RESOURCES: "1" }],
  ["streamed (GOVGUARD_INDEX_PLANS_OVER=0)", streamed],
  ["streamed in tiny parts", { ...streamed, GOVGUARD_PART_RESOURCES: "1" }],
];

describe.each(runs)("%s", (_label, extra) => {
  const cache = new Map<string, CliRun>();
  const run = (file: string): CliRun => {
    let r = cache.get(file);
    if (!r) {
      r = runCli(["check", file, "--format", "json"], { cwd: streamDir, env: { ...env, ...extra } });
      cache.set(file, r);
    }
    return r;
  };
  test.each(files)("%s reads as the committed reader read it", (file) => {
    expectAsToday(run(file), file, expected[file]);
  });
  test.each(files.filter((f) => expected[f].status !== 2))("%s: findings point at the lines the committed reader pointed at", (file) => {
    const r = run(file);
    if (mayRefuse.test(file) && r.status === 2) return;
    expect(outcome(r)).toEqual(expected[file]);
  });
});

// The committed reader refuses these; a reader that skips what it does not need must refuse them too.
test.each(files.filter((f) => expected[f].status === 2))("%s stays refused when streamed", (file) => {
  expect(expected[file].status).toBe(2);
  const r = runCli(["check", file, "--format", "json"], { cwd: streamDir, env: { ...env, ...streamed, GOVGUARD_PART_RESOURCES: "1" } });
  expectRefusal(r, file);
});

// A string of 8 MiB inside an element (on a line of its own element, so no line moves): the same
// report as the plan without it.
test("a very long string inside a resource is read like any other", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govguard-rt-long-"));
  try {
    const base = fs.readFileSync(path.join(streamDir, "s00-baseline.json"), "utf8");
    const at = base.lastIndexOf('"data-classification": "internal"');
    expect(at).toBeGreaterThan(0);
    const long = `${base.slice(0, at)}"note": "${"x\\\"".repeat(1024 * 1024)}${"y".repeat(6 * 1024 * 1024)}", ${base.slice(at)}`;
    fs.writeFileSync(path.join(dir, "s00-baseline.json"), long);
    for (const extra of [{}, { GOVGUARD_PART_RESOURCES: "1" }, streamed, { ...streamed, GOVGUARD_PART_RESOURCES: "1" }]) {
      const r = runCli(["check", "s00-baseline.json", "--format", "json"], { cwd: dir, env: { ...env, ...extra } });
      expect(outcome(r)).toEqual(expected["s00-baseline.json"]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// The same plan whatever the line endings: findings point at the same lines.
test.each(["s08-crlf.json", "s08-cr-only.json", "s08-bom.json", "s00-minified.json"])("%s: same findings as the LF plan, lines as the committed reader counted them", (file) => {
  const lf = expected["s00-baseline.json"];
  const other = expected[file];
  const strip = (o: Outcome): unknown => (o.findings ?? []).map((f) => ({ ...(f as Record<string, unknown>), location: undefined }));
  expect(strip(other)).toEqual(strip(lf));
  for (const extra of [{ GOVGUARD_PART_RESOURCES: "1" }, streamed, { ...streamed, GOVGUARD_PART_RESOURCES: "1" }]) {
    const r = runCli(["check", file, "--format", "json"], { cwd: streamDir, env: { ...env, ...extra } });
    expect(outcome(r)).toEqual(other);
  }
});

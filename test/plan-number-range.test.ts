// A number in plan JSON that a 64-bit float cannot hold is refused, as it is in configuration
// (reading-caps.ts). JSON.parse reads 1e400 as Infinity, and JSON.stringify writes Infinity as
// null: the policy would see the attribute as unset. On an archive bucket's lifecycle expiration
// (`days: -1e400`) that hid A20.5's finding. A non-zero number a double rounds to 0 (1e-400) is
// refused too: govguard would judge a value other than the one written.
import * as fs from "node:fs";
import * as path from "node:path";
import { generatePlan } from "../bench/generate-plan";
import { findJsonLimitProblem } from "../src/inputs/json-limits";
import { MAX_JSON_DEPTH } from "../src/inputs/read-file";
import { runCli, tempDir } from "./helpers";

const dir = tempDir("govguard-number-range-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Literals JSON.parse accepts but a double does not hold: beyond its range, or non-zero read as 0. */
const UNREADABLE: [string, string][] = [
  ["1e400", "1e400"],
  ["-1e400", "-1e400"],
  ["1E+309", "1E+309"],
  ["just past the largest double", "1.7976931348623159e308"],
  ["1e-400", "1e-400"],
  ["-2.5e-330", "-2.5e-330"],
  ["400 nines", "9".repeat(400)],
  ["0.(400 zeros)1 without an exponent", `-0.${"0".repeat(400)}1`],
  ["1e1000 written with 5,000 zeros and e-4000", `1${"0".repeat(5000)}e-4000`],
];

/** Literals at the edges that a double holds (or that are zero as written). */
const READABLE: [string, string][] = [
  ["1e308", "1e308"],
  ["the largest double", "-1.7976931348623157e308"],
  ["the smallest double", "5e-324"],
  ["1e-323", "1e-323"],
  ["-0", "-0"],
  ["0e-999", "0e-999"],
  ["0.000e+99999", "0.000e+99999"],
  ["23 digits", "12345678901234567890123"],
  ["300 nines", "9".repeat(300)],
  ["1e300 written with 5,000 zeros and e-4700", `1${"0".repeat(5000)}e-4700`],
];

describe("the whole-file scan (findJsonLimitProblem)", () => {
  test.each(UNREADABLE)("refuses %s, naming where it starts", (_, literal) => {
    const text = `{"a": [true, ${literal}]}`;
    const problem = { en: expect.stringMatching(/64-bit float/), zh: expect.stringMatching(/64 位浮点数/) };
    expect(findJsonLimitProblem(Buffer.from(text), MAX_JSON_DEPTH)).toEqual({ kind: "number", offset: text.indexOf(literal, 8), problem });
  });

  test.each(READABLE)("reads %s", (_, literal) => {
    expect(Number.isFinite(JSON.parse(literal))).toBe(true);
    expect(findJsonLimitProblem(Buffer.from(`{"a": [${literal}], "b": "1e400"}`), MAX_JSON_DEPTH)).toBeUndefined();
  });

  test("a number inside a string is text, and a problem before it is the one named", () => {
    expect(findJsonLimitProblem(Buffer.from(`{"1e400": "-1e400 \\" 1e400"}`), MAX_JSON_DEPTH)).toBeUndefined();
    const deep = `{"a": [[[1e400]]]}`;
    expect(findJsonLimitProblem(Buffer.from(deep), 2)).toEqual({ kind: "depth", offset: 7 });
  });
});

describe("a plan whose archive bucket expires objects after -1e400 days", () => {
  const plan = JSON.stringify(generatePlan({ resources: 300, seed: 3 }), null, 1);
  const days = /"days": 400/g;
  const withDays = (value: string): string => {
    const file = path.join(dir, `days-${value.length}-${value.replace(/[^0-9a-z]/gi, "_")}.json`);
    fs.writeFileSync(file, plan.replace(days, `"days": ${value}`));
    return file;
  };
  const a205OnAccessLogs = (stdout: string): number =>
    (JSON.parse(stdout) as { findings: { control: string; resource: string; failing: boolean }[] }).findings.filter(
      (f) => f.control === "A20.5" && f.resource === "alicloud_oss_bucket.access_logs" && f.failing,
    ).length;

  test("the plan sets days 400 on the access-log bucket, and 30 there is an A20.5 finding", () => {
    expect(plan.match(days)?.length).toBe(2);
    const r = runCli(["check", "--format", "json", withDays("30")]);
    expect(r.status).toBe(1);
    expect(a205OnAccessLogs(r.stdout)).toBe(1);
  });

  const streamed = { GOVGUARD_INDEX_PLANS_OVER: "0" };
  test.each([
    ["-1e400", "parsed whole", {}],
    ["-1e400", "streamed", streamed],
    ["1e-400", "parsed whole", {}],
    ["1e-400", "streamed", streamed],
  ])("days %s, %s: exit 2, one line naming the file and the number's line", (value, _, env) => {
    const file = withDays(value);
    const line = plan.replace(days, `"days": ${value}`).split("\n").findIndex((l) => l.includes(`"days": ${value}`)) + 1;
    expect(line).toBeGreaterThan(1);
    const r = runCli(["check", "--format", "json", "--jobs", "1", file], { env });
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: "" });
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`govguard: ${file}: `)).toBe(true);
    const [zh, en] = lines[0].slice(`govguard: ${file}: `.length).split(" / ");
    expect(zh).toMatch(new RegExp(`^数字字面量 ${value} .*64 位浮点数.*（第 ${line} 行`));
    expect(en).toMatch(new RegExp(`^the numeric literal ${value} .*64-bit float.* \\(line ${line}\\b`));
  });
});

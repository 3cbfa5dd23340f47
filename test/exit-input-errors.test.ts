// Every input govguard cannot read is ONE line `govguard: <file>: <zh> / <en>` and exit 2, never an
// "internal error": YAML alias bombs and oversized YAML, invalid UTF-8, lone surrogates, nesting
// beyond the documented depth cap.
import * as fs from "node:fs";
import * as path from "node:path";
import { findJsonLimitProblem } from "../src/inputs/json-limits";
import { MAX_JSON_DEPTH, MAX_YAML_BYTES, MAX_YAML_DEPTH } from "../src/inputs/read-file";
import { CliRun, fixtures, runCli, tempDir } from "./helpers";

const plan = path.join(fixtures, "cli", "provider_only", "plan.json");
let dir: string;
beforeAll(() => {
  dir = tempDir("govguard-input-errors-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** Exit 2, nothing on stdout, and one line `govguard: <file>…: <zh> / <en>` matching `problem`. */
function expectInputError(r: CliRun, file: string, problem: RegExp): void {
  expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: "" });
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0].startsWith(`govguard: ${file}`)).toBe(true);
  expect(lines[0]).toMatch(/^govguard: [^:]+(:\d+)?: [^/]*[\u4e00-\u9fff][^/]* \/ [ -~]+$/);
  expect(lines[0]).toMatch(problem);
  expect(lines[0]).not.toMatch(/internal error/);
}

/** A verdict was reached: exit 0 or 1 and the result line. */
function expectVerdict(r: CliRun): void {
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: expect.any(Number), stderr: "" });
  expect([0, 1]).toContain(r.status);
  expect(r.stdout).toMatch(/Result: (PASSED|FAILED)/);
}

const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
  "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
  "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
  "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
  "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
  "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]",
  "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]",
  "",
].join("\n");

function cdktf(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    "//": { metadata: { version: "0.21.0", stackName: "s", backend: "local" } },
    provider: { alicloud: [{ region: "cn-hangzhou" }] },
    resource: { alicloud_oss_bucket: { b: { bucket: "b" } } },
    ...extra,
  };
}

/** JSON text nested `depth` levels deep (alternating objects and arrays) under `key`. */
function deepJson(prefix: string, depth: number): string {
  return `${prefix}${"[".repeat(depth)}${"]".repeat(depth)}}`;
}

describe("YAML", () => {
  test.each(["waivers.yaml", "govguard.yaml"])("an alias bomb in %s names the file", (name) => {
    const file = write(`bomb/${name}`, BILLION_LAUGHS);
    const flag = name === "waivers.yaml" ? "--waivers" : "--config";
    expectInputError(runCli(["check", flag, file, plan]), file, /alias/);
  });

  test("a YAML file over the size cap is refused by its size", () => {
    const file = write("big/waivers.yaml", `# ${"x".repeat(MAX_YAML_BYTES)}\n[]\n`);
    expectInputError(runCli(["check", "--waivers", file, plan]), file, new RegExp(`${MAX_YAML_BYTES / 1024} KiB`));
  });

  test("YAML nested deeper than the cap, in flow and in block style", () => {
    const flow = write("deep/govguard.yaml", `logs:\n  x: ${"[".repeat(100000)}${"]".repeat(100000)}\n`);
    expectInputError(runCli(["check", "--config", flow, plan]), flow, /nest/);
    const block = write("deep/waivers.yaml", `${"- ".repeat(MAX_YAML_DEPTH + 1)}1\n`);
    expectInputError(runCli(["check", "--waivers", block, plan]), block, new RegExp(`${MAX_YAML_DEPTH}`));
  });

  test("invalid UTF-8 and a lone surrogate escape in waivers.yaml", () => {
    const bytes = write("utf8/waivers.yaml", Buffer.concat([Buffer.from("- control: A23.1\n  reason: "), Buffer.from([0xc3, 0x28]), Buffer.from("\n")]));
    expectInputError(runCli(["check", "--waivers", bytes, plan]), bytes, /UTF-8.*line 2/);
    const surrogate = write("surrogate/waivers.yaml", '- control: A23.1\n  resource: "*"\n  reason: "\\ud800"\n');
    expectInputError(runCli(["check", "--waivers", surrogate, plan]), surrogate, /surrogate/);
  });
});

test("a file name with line breaks and escape sequences is shown escaped, on one line", () => {
  const name = path.join(dir, "x\n::error title=govguard::all controls passed\u001b[2J\u202e.json");
  const r = runCli(["check", name]);
  expect(r.status).toBe(2);
  expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringContaining("x\\n::error title=govguard::all controls passed\\x1b[2J\\u202e.json: ")]);
  expect(r.stderr).not.toMatch(/[\u001b\u202e]/);
});

describe("JSON", () => {
  test("a lone surrogate in plan JSON", () => {
    const text = fs.readFileSync(plan, "utf8").replace('"cn-hangzhou"', '"cn-hangzhou\\udc00"');
    expect(text).toContain("\\udc00");
    const file = write("surrogate/plan.json", text);
    expectInputError(runCli(["check", file]), file, /surrogate.*line \d+/);
  });

  test("a lone high surrogate in cdk.tf.json, and one followed by a non-surrogate escape", () => {
    const file = write("surrogate/cdktf/cdk.tf.json", JSON.stringify(cdktf({ output: { o: { value: "x" } } })).replace('"x"', '"\\uD83D"'));
    expectInputError(runCli(["check", file]), file, /surrogate/);
    const second = write("surrogate/cdktf2/cdk.tf.json", JSON.stringify(cdktf({ output: { o: { value: "x" } } })).replace('"x"', '"\\ud83d\\u0041"'));
    expectInputError(runCli(["check", second]), second, /surrogate/);
  });

  test("a surrogate pair and escaped backslashes are not mistaken for lone surrogates", () => {
    const text = JSON.stringify({ ...JSON.parse(fs.readFileSync(plan, "utf8")), govguard_note: ["\ud83d\ude00", "\\ud800"] });
    expect(text).toContain("\\\\ud800");
    const file = write("pair/plan.json", text.replace("😀", "\\ud83d\\ude00"));
    expect(fs.readFileSync(file, "utf8")).toContain("\\ud83d\\ude00");
    expectVerdict(runCli(["check", file]));
  });

  test("a 100,000-deep plan names the file and the cap", () => {
    const text = fs.readFileSync(plan, "utf8").trimEnd();
    const file = write("deep/plan.json", deepJson(`${text.slice(0, -1)},"x":`, 100000));
    expectInputError(runCli(["check", file]), file, new RegExp(`deeper than ${MAX_JSON_DEPTH}`));
  });

  test("a 100,000-deep cdk.tf.json names the file and a cap", () => {
    const text = JSON.stringify(cdktf());
    const file = write("deep/cdktf/cdk.tf.json", `${text.slice(0, -1)},"locals":{"x":${"[".repeat(100000)}${"]".repeat(100000)}}}`);
    // Configuration JSON may be read by the configuration reader, with a cap of its own.
    expectInputError(runCli(["check", file]), file, /(deeper than|cap of) \d+/);
  });

  test("nesting at the cap is judged", () => {
    const text = fs.readFileSync(plan, "utf8").trimEnd();
    const file = write("at-cap/plan.json", deepJson(`${text.slice(0, -1)},"x":`, MAX_JSON_DEPTH - 1));
    expectVerdict(runCli(["check", file]));
  });

  test("invalid UTF-8 in plan JSON and in cdk.tf.json", () => {
    const text = fs.readFileSync(plan, "utf8");
    const at = text.indexOf("cn-hangzhou");
    const bad = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(text.slice(at))]);
    const file = write("utf8/plan.json", bad);
    expectInputError(runCli(["check", file]), file, /UTF-8/);
    const config = JSON.stringify(cdktf());
    const cdk = write("utf8/cdktf/cdk.tf.json", Buffer.concat([Buffer.from(config.slice(0, -1)), Buffer.from(',"x":"'), Buffer.from([0xff]), Buffer.from('"}')]));
    expectInputError(runCli(["check", cdk]), cdk, /UTF-8/);
  });
});

describe("the plan scan agrees with JSON.parse on random documents", () => {
  const CAP = 6;
  // String pieces as JSON text: plain, escapes that look like \u escapes but are not, pairs, lone halves.
  const PIECES = ["a", "é", "😀", "\\\\", '\\"', "\\n", "\\u0041", "\\ud83d\\ude00", "\\\\ud800", "\\ud800", "\\udfff", "\\uDBFF\\u0041", "\\uD83D\\uDE00", "[", "{", "}"];

  function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 4294967296;
    };
  }

  function string(rng: () => number): string {
    return `"${Array.from({ length: Math.floor(rng() * 4) }, () => PIECES[Math.floor(rng() * PIECES.length)]).join("")}"`;
  }

  function text(rng: () => number, depth: number): string {
    const r = rng();
    if (depth >= CAP + 2 || r < 0.25) return rng() < 0.8 ? string(rng) : String(Math.floor(rng() * 100));
    const n = 1 + Math.floor(rng() * 2);
    if (r < 0.6) return `[${Array.from({ length: n }, () => text(rng, depth + 1)).join(",")}]`;
    // Unique keys: JSON.parse keeps only the last of repeated ones, the scan reads them all.
    return `{${Array.from({ length: n }, (_, i) => `${string(rng).replace(/^"/, `"${i}`)}:${text(rng, depth + 1)}`).join(",")}}`;
  }

  function reference(value: unknown): { deep: boolean; lone: boolean } {
    let deep = false;
    let lone = false;
    const stack: [unknown, number][] = [[value, 0]];
    while (stack.length > 0) {
      const [v, d] = stack.pop() as [unknown, number];
      if (typeof v === "string") lone ||= /[\ud800-\udfff]/u.test(v);
      if (typeof v !== "object" || v === null) continue;
      if (d + 1 > CAP) deep = true;
      for (const [k, child] of Array.isArray(v) ? v.entries() : Object.entries(v)) {
        if (typeof k === "string") lone ||= /[\ud800-\udfff]/u.test(k);
        stack.push([child, d + 1]);
      }
    }
    return { deep, lone };
  }

  test("2000 documents", () => {
    const rng = random(20261121);
    let checked = 0;
    const seen = { deep: 0, lone: 0, clean: 0 };
    for (let i = 0; i < 2000; i++) {
      const doc = text(rng, 0);
      let value: unknown;
      try {
        value = JSON.parse(doc);
      } catch {
        continue;
      }
      checked++;
      const expected = reference(value);
      const found = findJsonLimitProblem(Buffer.from(doc), CAP);
      if (!expected.deep && !expected.lone) seen.clean++;
      if (expected.deep) seen.deep++;
      if (expected.lone) seen.lone++;
      const agrees =
        found === undefined ? !expected.deep && !expected.lone : found.kind === "depth" ? expected.deep : expected.lone;
      expect({ doc, found, expected, agrees }).toEqual({ doc, found, expected, agrees: true });
    }
    expect(checked).toBeGreaterThan(1500);
    expect(Math.min(seen.deep, seen.lone, seen.clean)).toBeGreaterThan(50);
  });
});

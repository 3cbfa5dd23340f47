// The plan index (src/inputs/plan-index.ts) reads a plan a part at a time. Whatever it reads must
// be what the whole-file reader reads: put back together, the index equals
// slimPlan(JSON.parse(file)); what the whole-file reader refuses, it refuses (exit 2, one line
// naming the file). Checked on every corpus plan, on generated bench plans, on hostile JSON, on
// every truncation and on random mutations, from bytes and from files cut into tiny chunks.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { generatePlan } from "../bench/generate-plan";
import { writeJsonFile } from "../bench/write-json";
import { readBundle } from "../src/engine/bundle";
import { InputError } from "../src/errors";
import { jsonDocument, readInputs } from "../src/inputs/discover";
import { childrenOf } from "../src/inputs/json-scan";
import { IndexedPlan, indexPlanBytes, indexPlanFile, readIndexedPlan, reassemblePlan, writeSlimmedPlan } from "../src/inputs/plan-index";
import { MAX_JSON_DEPTH, parseJson } from "../src/inputs/read-file";
import { listCases } from "./corpus/corpus";
import { tempDir } from "./helpers";

const attributes = readBundle().attributes;
const dir = tempDir("govguard-plan-index-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Reading = { plan: unknown } | { kind: string } | { error: InputError };

/** What the whole-file reader makes of `bytes`: the slimmed plan as evaluated, another kind, or a refusal. */
function wholeReading(file: string, bytes: Buffer): Reading {
  try {
    const { value } = parseJson(file, bytes);
    const doc = jsonDocument(file, value, bytes, { attributes });
    return doc.kind === "plan" ? { plan: JSON.parse(doc.content.toString("utf8")) as unknown } : { kind: doc.kind };
  } catch (e: unknown) {
    if (e instanceof InputError) return { error: e };
    throw e;
  }
}

function fromIndex(read: () => IndexedPlan | { kind: string }): Reading {
  try {
    const index = read();
    if ("kind" in index) return { kind: index.kind };
    // As evaluation sees it: JSON text.
    return { plan: JSON.parse(JSON.stringify(reassemblePlan(index))) as unknown };
  } catch (e: unknown) {
    if (e instanceof InputError) return { error: e };
    throw e;
  }
}

let written = 0;
function writeTemp(bytes: Buffer | string): string {
  const file = path.join(dir, `plan-${written++}.json`);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The index's readings of `bytes`: from the bytes, and from a file read in chunks of each size. */
function indexReadings(file: string, bytes: Buffer, chunks: number[] = [4 << 20, 1, 7]): Reading[] {
  const readings = [
    fromIndex(() => {
      const read = indexPlanBytesOrKind(file, bytes);
      return read;
    }),
  ];
  const onDisk = writeTemp(bytes);
  for (const chunkBytes of chunks) {
    readings.push(
      fromIndex(() => {
        const read = readIndexedPlan(onDisk, attributes, { chunkBytes });
        return "kind" in read ? read : read.plan;
      }),
    );
  }
  return readings;
}

function indexPlanBytesOrKind(file: string, bytes: Buffer): IndexedPlan | { kind: string } {
  try {
    return indexPlanBytes(file, bytes, attributes);
  } catch (e: unknown) {
    // indexPlanBytes refuses other JSON inputs; tell them apart as the file reader does.
    if (e instanceof InputError && /Terraform JSON configuration, not Terraform plan JSON/.test(e.problem.en)) {
      const value = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, "")) as Record<string, unknown>;
      return { kind: jsonDocument(file, value).kind };
    }
    throw e;
  }
}

/** The index reads `bytes` as the whole-file reader does (a refusal being any one-line InputError). */
function expectSameReading(bytes: Buffer | string, chunks?: number[]): Reading {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  const file = "plan.json";
  const whole = wholeReading(file, buffer);
  for (const reading of indexReadings(file, buffer, chunks)) {
    if ("error" in whole) {
      expect("error" in reading ? "refused" : reading).toBe("refused");
      if ("error" in reading) {
        expect(reading.error.message).not.toMatch(/\n/);
        expect(reading.error.file).toMatch(/plan(-\d+)?\.json$/);
      }
    } else {
      expect(reading).toEqual(whole);
    }
  }
  return whole;
}

const change = (address: string, after: object = {}, extra: object = {}): object => ({
  address,
  mode: "managed",
  type: address.split(".")[0],
  name: address.split(".")[1],
  provider_name: "registry.terraform.io/aliyun/alicloud",
  change: { actions: ["create"], before: null, after: { bucket: "b", acl: "private", unread_xyz: 1, ...after }, after_unknown: {}, after_sensitive: {} },
  ...extra,
});

const small = {
  format_version: "1.2",
  terraform_version: "1.5.7",
  variables: { region: { value: "cn-hangzhou" } },
  planned_values: { root_module: { resources: [{ address: "alicloud_oss_bucket.a", mode: "managed", type: "alicloud_oss_bucket", name: "a" }], child_modules: [{ address: "module.m", resources: [] }] } },
  resource_changes: [change("alicloud_oss_bucket.a"), change("alicloud_oss_bucket.b", { tags: { "x\"]}": "[{" } }, { module_address: "module.m" })],
  prior_state: { values: { root_module: {} } },
  configuration: {
    provider_config: { alicloud: { name: "alicloud", expressions: { region: { constant_value: "cn-hangzhou" } } } },
    root_module: {
      resources: [{ address: "alicloud_oss_bucket.a", mode: "managed", type: "alicloud_oss_bucket", name: "a", expressions: { bucket: { constant_value: "b" }, unread_xyz: {} } }],
      module_calls: {
        m: { source: "./m", module: { resources: [{ address: "alicloud_oss_bucket.b", type: "alicloud_oss_bucket", name: "b", expressions: { acl: {}, unread_xyz: {} } }] } },
        n: { source: "./n", module: {} },
      },
    },
  },
  relevant_attributes: [],
  timestamp: "2025-06-02T01:30:00Z",
};
const smallText = JSON.stringify(small, null, 2);

describe("the index of a plan equals the slimmed plan", () => {
  test("a small plan, pretty-printed and compact", () => {
    expect(expectSameReading(smallText)).toHaveProperty("plan");
    expect(expectSameReading(JSON.stringify(small))).toHaveProperty("plan");
  });

  test("every corpus plan", () => {
    const plans = listCases()
      .map((c) => path.join(c.dir, "plan.json"))
      .filter((f) => fs.existsSync(f));
    expect(plans.length).toBeGreaterThan(50);
    for (const file of plans) {
      const bytes = fs.readFileSync(file);
      const whole = wholeReading(file, bytes);
      expect(whole).toHaveProperty("plan");
      expect(fromIndex(() => indexPlanBytes(file, bytes, attributes))).toEqual(whole);
      expect(fromIndex(() => indexPlanFile(file, attributes))).toEqual(whole);
      const pieces: string[] = [];
      writeSlimmedPlan(indexPlanFile(file, attributes), (text) => pieces.push(text));
      expect({ plan: JSON.parse(pieces.join("")) as unknown }).toEqual(whole);
    }
  });

  test.each(["bench", "legacy"] as const)("generated %s plans", (estate) => {
    const file = path.join(dir, `bench-${estate}.json`);
    writeJsonFile(file, generatePlan({ resources: 1500, seed: 7, estate }));
    const bytes = fs.readFileSync(file);
    const whole = wholeReading(file, bytes);
    expect(whole).toHaveProperty("plan");
    expect(fromIndex(() => indexPlanFile(file, attributes))).toEqual(whole);
    expect(fromIndex(() => (readIndexedPlan(file, attributes, { chunkBytes: 4093 }) as { plan: IndexedPlan }).plan)).toEqual(whole);
  });

  test("without the bundle's vocabulary too", () => {
    const bytes = Buffer.from(smallText);
    const { value } = parseJson("plan.json", bytes);
    const whole = JSON.parse(jsonDocument("plan.json", value, bytes).content.toString("utf8")) as unknown;
    expect(JSON.parse(JSON.stringify(reassemblePlan(indexPlanBytes("plan.json", bytes))))).toEqual(whole);
  });
});

describe("what the index keeps of each change", () => {
  const index = indexPlanBytes("plan.json", Buffer.from(smallText), attributes);

  const lineOf = (needle: string, from: number): number => smallText.slice(0, smallText.indexOf(needle, from)).split("\n").length;

  test("names, lines and slimmed text", () => {
    expect(index.changeCount).toBe(2);
    expect(index.hasResourceChanges).toBe(true);
    expect(index.change(0)).toEqual({ address: "alicloud_oss_bucket.a", module: "", type: "alicloud_oss_bucket", mode: "managed", line: lineOf('"address": "alicloud_oss_bucket.a"', smallText.indexOf('"resource_changes"')) });
    expect(index.change(1).module).toBe("module.m");
    // Slimmed as the CLI evaluates it: provider_name is one of the members no rule reads.
    const { provider_name: _unread, ...read } = change("alicloud_oss_bucket.a") as Record<string, unknown>;
    expect(JSON.parse(index.changeText(0))).toEqual({ ...read, change: { actions: ["create"], after: { bucket: "b", acl: "private" }, after_unknown: {}, after_sensitive: {} } });
    expect(() => index.change(2)).toThrow(RangeError);
  });

  test("header, configuration base and module calls", () => {
    expect([...index.header.keys()]).toEqual(["format_version", "terraform_version", "variables"]);
    expect(index.moduleCalls).toEqual(["m", "n"]);
    const base = index.configurationBase() as { root_module: { module_calls: object; resources: { expressions: object }[] } };
    expect(base.root_module.module_calls).toEqual({});
    expect(base.root_module.resources[0].expressions).toEqual({ bucket: { constant_value: "b" } });
    expect(JSON.parse(index.moduleCallText("m"))).toEqual({ source: "./m", module: { resources: [{ address: "alicloud_oss_bucket.b", type: "alicloud_oss_bucket", name: "b", expressions: { acl: {} } }] } });
  });

  test("a file that changes after it was indexed is refused when read again", () => {
    const file = writeTemp(smallText);
    const plan = indexPlanFile(file, attributes);
    fs.writeFileSync(file, smallText.replace('"alicloud_oss_bucket.a"', '"alicloud_oss_bucket.z"'));
    expect(() => plan.forEachChange(() => undefined)).toThrow(/changed while govguard was reading it/);
  });
});

describe("reading inputs", () => {
  test("a plan over the threshold is indexed, with the digest of the bytes read", async () => {
    const file = writeTemp(smallText);
    const before = process.env.GOVGUARD_INDEX_PLANS_OVER;
    process.env.GOVGUARD_INDEX_PLANS_OVER = String(smallText.length - 1);
    try {
      const [doc] = await readInputs([file], { attributes });
      expect(doc.indexed).toBeDefined();
      expect(doc.content.length).toBe(0);
      expect(doc.digests).toEqual([{ file, sha256: createHash("sha256").update(smallText).digest("hex"), bytes: Buffer.byteLength(smallText) }]);
      process.env.GOVGUARD_INDEX_PLANS_OVER = String(smallText.length);
      const [whole] = await readInputs([file], { attributes });
      expect(whole.indexed).toBeUndefined();
      expect(JSON.parse(JSON.stringify(reassemblePlan(doc.indexed!)))).toEqual(JSON.parse(whole.content.toString("utf8")));
    } finally {
      if (before === undefined) delete process.env.GOVGUARD_INDEX_PLANS_OVER;
      else process.env.GOVGUARD_INDEX_PLANS_OVER = before;
    }
  });
});

describe("hostile JSON is read as JSON.parse reads it, or refused in one line", () => {
  const wrap = (changes: string, rest = ""): string => `{"format_version":"1.2"${rest},"resource_changes":${changes}}`;
  const one = JSON.stringify(change("alicloud_oss_bucket.a"));
  const two = JSON.stringify(change("alicloud_oss_bucket.b"));
  const cases: [string, string | Buffer][] = [
    ["an unterminated string", `{"resource_changes":[{"address":"a`],
    ["escaped quotes and backslashes", wrap(`[${JSON.stringify(change('alicloud_oss_bucket.q"\\\\"]}', { bucket: '\\"[{"' }))}]`)],
    ["brackets and escapes in keys", wrap(`[${one}]`, `,"x\\"]}{[":{"\\\\":"\\u005d"}`)],
    ["an escaped member name", `{"resource\\u005fchanges":[${one}]}`],
    ["duplicate top-level keys", `{"format_version":"1","resource_changes":[${one}],"format_version":"2","resource_changes":[${two}]}`],
    ["resource_changes twice, the last not an array", `{"resource_changes":[${one}],"resource_changes":{}}`],
    ["resource_changes twice, the first not an array", `{"resource_changes":null,"resource_changes":[${two}]}`],
    ["planned_values kept when resource_changes is gone", `{"planned_values":{"root_module":{"resources":[{"address":"a.b","type":"a","name":"b"}]}}}`],
    ["duplicate keys inside an element", wrap(`[{"address":"x.y","address":"alicloud_oss_bucket.a","type":"t","name":"n","change":{"after":{"bucket":1,"bucket":2}}}]`)],
    ["duplicate configuration sections", `{"resource_changes":[],"configuration":{"root_module":{"module_calls":{"a":{"module":{}}}}},"configuration":{"root_module":{"module_calls":{"b":{},"a":{"source":"x"},"b":{"source":"y"}}}}}`],
    ["module_calls named as numbers and __proto__", `{"resource_changes":[],"configuration":{"root_module":{"module_calls":{"z":{},"10":{},"2":{},"__proto__":{"source":"p"}}}}}`],
    ["a top-level __proto__", `{"__proto__":{"polluted":true},"resource_changes":[${one}]}`],
    ["a byte-order mark", `\uFEFF${wrap(`[${one}]`)}`],
    ["whitespace of every kind", `\r\n\t {\r\n"resource_changes"\t:\r\n[ ${one} ,\n${two} ] }\n\n`],
    ["trailing garbage", `${wrap(`[${one}]`)} x`],
    ["a second top-level value", `${wrap(`[${one}]`)}{}`],
    ["a missing comma", wrap(`[${one} ${two}]`)],
    ["a trailing comma", wrap(`[${one},]`)],
    ["a comma in an empty object", `{"resource_changes":[],"variables":{,}}`],
    ["a single-quoted string", `{'resource_changes':[]}`],
    ["a raw control character in a string", `{"resource_changes":[],"variables":{"a\u0001":1}}`],
    ["a raw newline in a string", `{"resource_changes":[],"prior_state":"a\nb"}`],
    ["a bad escape", `{"resource_changes":[],"prior_state":"\\x41"}`],
    ["a short unicode escape", `{"resource_changes":[],"prior_state":"\\u12"}`],
    ["a lone high surrogate", `{"resource_changes":[],"prior_state":"\\ud800"}`],
    ["a lone low surrogate", `{"resource_changes":[],"prior_state":"\\udc00x"}`],
    ["a high surrogate and a non-surrogate", `{"resource_changes":[],"prior_state":"\\ud800\\u0041"}`],
    ["a surrogate pair", `{"resource_changes":[],"variables":{"v":"\\ud83d\\ude00"}}`],
    ["numbers of every form", `{"resource_changes":[],"variables":{"a":[-0,0,1.5e+10,-2.25E-3,12345678901234567890123,1e308,5e-324,0e-999,0.1]}}`],
    ["a leading zero", `{"resource_changes":[],"variables":{"a":01}}`],
    ["a bare minus", `{"resource_changes":[],"variables":{"a":-}}`],
    ["a dot without digits", `{"resource_changes":[],"variables":{"a":1.}}`],
    ["an exponent without digits", `{"resource_changes":[],"variables":{"a":1e+}}`],
    ["a plus sign", `{"resource_changes":[],"variables":{"a":+1}}`],
    ["a misspelt literal", `{"resource_changes":[],"variables":{"a":nul}}`],
    ["literals", `{"resource_changes":[],"variables":{"a":[true,false,null]}}`],
    ["an empty file", ""],
    ["only whitespace", " \n\t\r\n "],
    ["a top-level array", `[${one}]`],
    ["a top-level string", `"resource_changes"`],
    ["a top-level number", `12`],
    ["a state file", `{"lineage":"x","serial":1,"resources":[]}`],
    ["Terraform JSON configuration", `{"resource":{"alicloud_oss_bucket":{"a":{"bucket":"b"}}}}`],
    ["a log stream", `{"@level":"info","@message":"x"}\n{"@level":"info"}`],
    ["a zip (binary plan)", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])],
    ["invalid UTF-8 in a dropped section", Buffer.concat([Buffer.from(`{"resource_changes":[],"prior_state":"`), Buffer.from([0xc3, 0x28]), Buffer.from(`"}`)])],
    ["an overlong UTF-8 encoding", Buffer.concat([Buffer.from(`{"resource_changes":[],"variables":{"v":"`), Buffer.from([0xe0, 0x80, 0xaf]), Buffer.from(`"}}`)])],
    ["multibyte UTF-8", `{"resource_changes":[${JSON.stringify(change("alicloud_oss_bucket.政务", { bucket: "日志🙂" }))}]}`],
    ["an element that is not an object", wrap(`[${one},7]`)],
    ["an address that is not a string", wrap(`[${one},{"address":1,"type":"t","name":"n","change":{}}]`)],
    ["a change without change", wrap(`[{"address":"a.b","type":"a","name":"b"}]`)],
    ["a planned resource without an address", wrap(`[${one}]`, `,"planned_values":{"root_module":{"resources":[{"type":"a","name":"b"}]}}`)],
    ["a child module without an address", wrap(`[${one}]`, `,"planned_values":{"root_module":{"child_modules":[{"resources":[]}]}}`)],
    ["a child module that is not an object", wrap(`[${one}]`, `,"planned_values":{"root_module":{"child_modules":[{"address":"module.a"},3]}}`)],
    ["planned resources that are not an array", wrap(`[${one}]`, `,"planned_values":{"root_module":{"resources":{}}}`)],
    ["planned_values twice", wrap(`[${one}]`, `,"planned_values":{"root_module":{"resources":{}}},"planned_values":{"root_module":{}}`)],
    ["a configured resource without a name", wrap(`[${one}]`, `,"configuration":{"root_module":{"resources":[{"address":"a.b","type":"a"}]}}`)],
    ["a module call that is not an object", wrap(`[${one}]`, `,"configuration":{"root_module":{"module_calls":{"a":{},"b":[]}}}`)],
    ["module calls that are not an object", wrap(`[${one}]`, `,"configuration":{"root_module":{"module_calls":[]}}`)],
    ["a nested module call with a bad resource", wrap(`[${one}]`, `,"configuration":{"root_module":{"module_calls":{"a":{"module":{"module_calls":{"b":{"module":{"resources":[{"address":1}]}}}}}}}}`)],
    ["provider_config that is not an object", wrap(`[${one}]`, `,"configuration":{"provider_config":[]}`)],
    ["configuration that is not an object", wrap(`[${one}]`, `,"configuration":"x"`)],
    ["root_module that is not an object, then one that is", wrap(`[${one}]`, `,"configuration":{"root_module":1,"root_module":{"resources":[]}}`)],
    ["variables that are not an object", wrap(`[${one}]`, `,"variables":[]`)],
    ["a govguard_input section", wrap(`[${one}]`, `,"govguard_input":{}`)],
  ];

  test.each(cases)("%s", (_, text) => {
    expectSameReading(text);
  });

  test("a number no double holds is refused wherever it is, also when a chunk cuts it", () => {
    const numbers = ["1e400", "-1e400", "1e-400", "9".repeat(400), `1${"0".repeat(5000)}e-4000`];
    for (const n of numbers) {
      const inVariables = `{"resource_changes":[],"variables":{"a":[1,${n}]}}`;
      const inChange = `{"resource_changes":[${one.replace('"after":{', `"after":{"days":${n},`)}]}`;
      const inDroppedSection = `{"resource_changes":[],"prior_state":{"x":${n}}}`;
      for (const text of [inVariables, inChange, inDroppedSection]) {
        expect(text).toContain(n);
        const reading = expectSameReading(text, [4 << 20, 1, 7, 4093]);
        expect(reading).toHaveProperty("error");
        expect((reading as { error: InputError }).error.problem.en).toContain("64-bit float");
      }
    }
  });

  test("nesting up to the cap is read, one level deeper is refused", () => {
    const nested = (depth: number): string => `{"resource_changes":[],"prior_state":${"[".repeat(depth - 1)}${"]".repeat(depth - 1)}}`;
    expect(expectSameReading(nested(MAX_JSON_DEPTH))).toHaveProperty("plan");
    expect(expectSameReading(nested(MAX_JSON_DEPTH + 1))).toHaveProperty("error");
    const inElement = `{"resource_changes":[{"address":"a.b","type":"a","name":"b","change":{"after":${"[".repeat(MAX_JSON_DEPTH)}${"]".repeat(MAX_JSON_DEPTH)}}}]}`;
    expect(expectSameReading(inElement)).toHaveProperty("error");
  });

  test("a part too long to read as one string is refused in one line, naming it", () => {
    const file = writeTemp(JSON.stringify({ ...small, variables: { v: { value: "x".repeat(3000) } } }));
    const read = (maxValueBytes: number): unknown => readIndexedPlan(file, attributes, { maxValueBytes, chunkBytes: 256 });
    expect(() => read(2048)).toThrow(/holds a single value longer than 1 MiB \(from byte \d+\)/);
    expect(read(1 << 20)).toHaveProperty("plan");
    const longChange = writeTemp(JSON.stringify({ resource_changes: [change("alicloud_oss_bucket.a", { bucket: "y".repeat(3000) })] }));
    expect(() => readIndexedPlan(longChange, attributes, { maxValueBytes: 2048 })).toThrow(/resource_changes\[0\] is 1 MiB long/);
    const plannedOnly = writeTemp(JSON.stringify({ planned_values: { root_module: { resources: [], padding: "z".repeat(3000) } } }));
    expect(() => readIndexedPlan(plannedOnly, attributes, { maxValueBytes: 2048 })).toThrow(/planned_values is 1 MiB long/);
  });

  test("every truncation of a plan", () => {
    const text = JSON.stringify(small);
    for (let end = 0; end < text.length; end++) expectSameReading(text.slice(0, end), [5]);
  });

  test("random mutations of a plan", () => {
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const base = Buffer.from(JSON.stringify(small));
    const alphabet = Buffer.from(`{}[]":,\\ \n0123456789-+.eEtrufalsnu\u0000\u00ff`, "latin1");
    for (let n = 0; n < 400; n++) {
      const bytes = Buffer.from(base);
      for (let k = 1 + random(3); k > 0; k--) bytes[random(bytes.length)] = alphabet[random(alphabet.length)];
      expectSameReading(bytes, [3]);
    }
  });
});

describe("the scanner on its own", () => {
  test("finds members and elements with their byte ranges and lines", () => {
    const text = Buffer.from(`{ "a" : [1, "x\\"]"],\n"b\\u0041":{"c":null} ,"a":true}`);
    const members = childrenOf("t.json", text, { maxDepth: 8 });
    expect(members.map((m) => [m.key, text.subarray(m.start, m.end).toString(), m.line, m.kind])).toEqual([
      ["a", `[1, "x\\"]"]`, 1, "array"],
      ["bA", `{"c":null}`, 2, "object"],
      ["a", "true", 2, "literal"],
    ]);
    const elements = childrenOf("t.json", Buffer.from(`[ 1 , -2.5e3,"s",{},[[]] ]`), { maxDepth: 8 });
    expect(elements.map((e) => e.key)).toEqual([0, 1, 2, 3, 4]);
  });

  test("names the file, the line and the byte of what is wrong", () => {
    expect(() => childrenOf("t.json", Buffer.from(`{"a":1,\n"b":2,\n"c" 3}`), { maxDepth: 8 })).toThrow(
      new InputError("t.json", { zh: "", en: "not valid JSON (line 3, byte 20): expected ':' after a member name, found '3'" }),
    );
  });
});

describe("re-reading resource changes one at a time", () => {
  // Parts of a large plan are built from changeText, in plan order: one read of the file per
  // change took 1.6 s of system calls at 100,000 resources.
  test("reads the file a block at a time, not once per change, and gives what a whole read gives", () => {
    const file = path.join(dir, "blocks.json");
    writeJsonFile(file, generatePlan({ resources: 600, seed: 3 }));
    const plan = indexPlanFile(file, attributes);
    // Read system calls of this process, as Linux counts them (/proc/self/io is read with one).
    const reads = (): number => Number(/^syscr: (\d+)$/m.exec(fs.readFileSync("/proc/self/io", "utf8"))?.[1]);
    const before = reads();
    const texts = Array.from({ length: plan.changeCount }, (_, i) => plan.changeText(i));
    expect(reads() - before).toBeLessThan(plan.changeCount / 20);
    const whole: string[] = [];
    plan.forEachChange((_, slimmed) => whole.push(JSON.stringify(slimmed)));
    expect(texts).toEqual(whole);
    // Out of order too (a hub read between two runs of a part's own changes).
    expect(plan.changeText(plan.changeCount - 1)).toBe(whole[whole.length - 1]);
    expect(plan.changeText(0)).toBe(whole[0]);
  });
});

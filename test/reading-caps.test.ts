// The reading caps (src/inputs/reading-caps.ts): what hcl2json is never given (hcl-prescan.ts),
// and the strict JSON reader (json-syntax.ts) that replaces JSON.parse for configuration.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseHcl } from "@cdktf/hcl2json";
import { InputError } from "../src/errors";
import { parseHclText } from "../src/inputs/hcl-config";
import { loadConfigTree } from "../src/inputs/config-tree";
import { prescanHcl } from "../src/inputs/hcl-prescan";
import { JsonNode, jsonValue, parseJsonSyntax, parseJsonText } from "../src/inputs/json-syntax";
import { MAX_HCL_FILE_BYTES, MAX_HCL_TOTAL_BYTES, MAX_NESTING_DEPTH, MAX_NUMBER_DIGITS, MAX_NUMBER_EXPONENT, numberProblem } from "../src/inputs/reading-caps";
import { repo, tempDir } from "./helpers";

function prescanProblem(text: string): string | undefined {
  try {
    prescanHcl("x.tf", text);
    return undefined;
  } catch (e: unknown) {
    if (!(e instanceof InputError)) throw e;
    expect(e.file).toBe("x.tf");
    return e.problem.en;
  }
}

const local = (expression: string): string => `locals {\n  n = ${expression}\n}\n`;
const DEEP = 100_000;

describe("numeric literals", () => {
  test.each([
    ["1e1000000", /exponent.*exceeds the cap of 400/],
    ["1e-1000000", /exponent.*exceeds the cap of 400/],
    ["2e308", /beyond the range of a 64-bit float/],
    ["1".repeat(MAX_NUMBER_DIGITS + 1), /has 101 digits \(the cap is 100\)/],
    ["1e-400", /too small for a 64-bit float and would read as 0/],
  ])("%s is refused, with the line and the cap", (literal, problem) => {
    expect(prescanProblem(`# line 1\n${local(literal)}`)).toMatch(new RegExp(`^line 3: .*${problem.source}`));
  });

  test.each(["0", "1.5e308", "0.000001", "12345678901234567890", "1e-300", "0e-300", `1${"0".repeat(MAX_NUMBER_DIGITS - 1)}`])("%s is read", (literal) => {
    expect(prescanProblem(local(literal))).toBeUndefined();
    expect(numberProblem(literal)).toBeUndefined();
  });

  test("the caps are the documented constants", () => {
    expect([MAX_NESTING_DEPTH, MAX_NUMBER_DIGITS, MAX_NUMBER_EXPONENT]).toEqual([256, 100, 400]);
  });
});

describe("nesting", () => {
  test.each([
    ["brackets", "[".repeat(DEEP) + "]".repeat(DEEP)],
    ["parentheses", "(".repeat(DEEP) + "1" + ")".repeat(DEEP)],
    ["objects", "{ a = ".repeat(DEEP) + "1" + " }".repeat(DEEP)],
    ["interpolations", '"${'.repeat(DEEP) + "1" + '}"'.repeat(DEEP)],
    ["an attribute chain", "a" + ".b".repeat(DEEP)],
    ["an index chain", "a" + "[0]".repeat(DEEP)],
    ["a splat chain", "a" + "[*]".repeat(DEEP)],
    ["conditionals", "true ? 1 : ".repeat(DEEP) + "2"],
    ["conditionals broken by operators", "true ? 1 : 0 + ".repeat(DEEP) + "2"],
    ["unary operators", "!".repeat(DEEP) + "true"],
    ["an attribute chain across lines in brackets", "[a" + "\n.b".repeat(DEEP) + "]"],
    ["heredoc interpolations", "<<EOT\n" + "${".repeat(DEEP) + "1" + "}".repeat(DEEP) + "\nEOT"],
  ])("%s 100k deep are refused quickly, with the line and the cap", (_, expression) => {
    expect(prescanProblem(`\n${local(expression)}`)).toMatch(/^line \d+: the expression nests .* deeper than the cap of 256$/);
  });

  test.each([
    ["a long list", "[" + "a.b.c.d, ".repeat(DEEP) + "1]"],
    ["a long sum", "a.b.c + ".repeat(DEEP) + "1"],
    ["a long template", '"' + "${a.b} ".repeat(DEEP) + '"'],
    ["many attributes", "{\n" + "a = b.c.d\n".repeat(DEEP) + "}"],
  ])("%s is wide, not deep, and is read", (_, expression) => {
    expect(prescanProblem(local(expression))).toBeUndefined();
  });

  test("strings, heredocs and comments are text: brackets and numbers in them do not count", () => {
    const text = [
      "# [[[[ 1e1000000",
      "/* ((((( 1e1000000",
      "   */",
      "locals {",
      `  a = "[[[[ 1e1000000 \\" $\${ %%{ \${"}}}}"} ]]]]"`,
      "  b = <<-EOT",
      "    [[[[ 1e1000000 ${ [1] } }}}}",
      "    EOT",
      "  c = <<EOT",
      "EOTX ((((",
      "EOT",
      "  // ((((",
      "  d = identifier-1e1000000",
      "}",
    ].join("\n");
    expect(prescanProblem(text)).toBeUndefined();
    expect(prescanProblem(`${text}\nlocals {\n  e = 1e1000000\n}\n`)).toMatch(/^line 16: /);
  });

  test("every .tf file in the repository passes, and what passes at the cap parses with hcl2json", async () => {
    const files = execFileSync("git", ["ls-files", "*.tf"], { cwd: repo, encoding: "utf8" }).trim().split("\n").filter(Boolean);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(prescanProblem(fs.readFileSync(path.join(repo, file), "utf8"))).toBeUndefined();
    for (const expression of ["[".repeat(120) + "]".repeat(120), "a" + ".b".repeat(250), "true ? 1 : ".repeat(250) + "2", "!".repeat(250) + "true"]) {
      expect(prescanProblem(local(expression))).toBeUndefined();
      await expect(parseHcl("x.tf", local(expression))).resolves.toBeDefined();
    }
  });
});

describe("how much HCL hcl2json is given", () => {
  test("a .tf file over the cap is refused before hcl2json sees it, naming the file and the cap", async () => {
    const dir = tempDir("govguard-caps-");
    try {
      fs.writeFileSync(path.join(dir, "main.tf"), 'locals {\n  a = 1\n}\n');
      fs.writeFileSync(path.join(dir, "big.tf"), `# ${"x".repeat(MAX_HCL_FILE_BYTES)}\n`);
      await expect(loadConfigTree(dir)).rejects.toMatchObject({ file: path.join(dir, "big.tf"), problem: { en: expect.stringMatching(/too large for HCL parsing .*the cap is 2097152/) } });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("text beyond the configuration's total is refused at the file that crosses it", async () => {
    const budget = { used: MAX_HCL_TOTAL_BYTES - 10 };
    await expect(parseHclText("a.tf", "# 1234567\n", budget)).resolves.toBeDefined();
    await expect(parseHclText("b.tf", "# 1\n", budget)).rejects.toMatchObject({ file: "b.tf", problem: { en: expect.stringMatching(/together exceed the HCL parsing cap of 8388608/) } });
  });
});

describe("the strict JSON reader", () => {
  /** A random JSON value with unusual keys and strings. */
  function randomValue(seed: number, depth = 0): unknown {
    let s = seed;
    const next = (): number => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const strings = ["", "a", "__proto__", "constructor", '"q"', "\\", "\u2028", "\ud83d\ude00", "é", "${x}", "\n\t\u0000"];
    const make = (d: number): unknown => {
      const r = next();
      if (d > 5 || r < 0.3) return [null, true, false, 0, -1.5e-7, 12345678, strings[Math.floor(next() * strings.length)]][Math.floor(next() * 7)];
      if (r < 0.6) return Array.from({ length: Math.floor(next() * 4) }, () => make(d + 1));
      const o = Object.create(null) as Record<string, unknown>;
      for (let i = Math.floor(next() * 4); i > 0; i--) o[strings[Math.floor(next() * strings.length)] + String(i)] = make(d + 1);
      return o;
    };
    return make(depth);
  }

  test("reads what JSON.parse reads, as null-prototype objects", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const text = JSON.stringify(randomValue(seed), null, seed % 2 === 0 ? 2 : undefined);
      expect(JSON.stringify(jsonValue("f.json", parseJsonText("f.json", text)))).toBe(JSON.stringify(JSON.parse(text)));
    }
  });

  test("keeps every property in order, repeated names included, with the line of each", () => {
    const root = parseJsonText("f.json", '{\n  "a": 1,\n  "a": {"__proto__": 2},\n  "b": [3]\n}') as Extract<JsonNode, { kind: "object" }>;
    expect(root.members.map((m) => [m.key, m.line])).toEqual([
      ["a", 2],
      ["a", 3],
      ["b", 4],
    ]);
    expect(() => jsonValue("f.json", root)).toThrow(/"a" is repeated in one object \(line 3\)/);
  });

  test("a byte-order mark is skipped; escapes and surrogate pairs decode", () => {
    const node = parseJsonSyntax("f.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('"\\ud83d\\ude00\\u00e9\\n\\/"')]));
    expect(jsonValue("f.json", node)).toBe("\ud83d\ude00é\n/");
  });

  test.each([
    ["a trailing comma", '{"a":1,}', /line 1 column 8\): expected a property name/],
    ["a missing comma", "[1 2]", /expected ',' or ']'/],
    ["a lone high surrogate", '"\\ud800"', /lone UTF-16 surrogate/],
    ["surrogates in the wrong order", '"\\udc00\\ud800"', /lone UTF-16 surrogate/],
    ["an invalid escape", '"\\x"', /invalid escape/],
    ["a raw tab in a string", '"a\tb"', /unescaped control character/],
    ["a leading zero", "01", /extra data after the JSON value/],
    ["nothing", "", /file is empty/],
    ["an early end", '{"a": [1,', /truncated/],
    ["a million open brackets", "[".repeat(1_000_000), /nest deeper than the cap of 256/],
  ])("%s is refused with where and why", (_, text, problem) => {
    expect(() => parseJsonText("f.json", text)).toThrow(problem);
  });
});

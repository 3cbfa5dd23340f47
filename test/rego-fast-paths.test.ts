// Rules that read a text without a regular expression where they can (OPA's wasm compiles a
// pattern afresh in every evaluation) must read it as the pattern does, on any text an author
// can write: compared here by opa itself on generated hostile texts.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { regoBundle, tool } from "./helpers";

/** mulberry32: the same texts on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function opaEval<T>(query: string, input: unknown): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govguard-fast-paths-"));
  try {
    const inputFile = path.join(dir, "input.json");
    fs.writeFileSync(inputFile, JSON.stringify(input));
    const out = execFileSync(tool("opa"), ["eval", "--format", "json", "--bundle", regoBundle, "--input", inputFile, query], { encoding: "utf8", maxBuffer: 1 << 28 });
    return (JSON.parse(out) as { result: { expressions: { value: T }[] }[] }).result[0].expressions[0].value;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Module addresses: token soup, and module.<name> steps with every kind of tail after the name. */
function moduleAddresses(count: number): string[] {
  const random = prng(7);
  const tokens = ["module", ".", "module.", "[", "0", "]", "a", "b_1", "xmodule", "modul", "e", '"', "\\", "[0]", '["k"]', '["a.b"]', "[x]", "module[", "-", "é", "moduleX", ""];
  const names = ["a", "app_1", "xmodule", "m", "module"];
  const tails = ["", "[0]", "[12]", "[x]", "[0]module", "[module", "[0", "]", "[0]x", '["q"]'];
  const out = new Set<string>();
  while (out.size < count) {
    let soup = "";
    for (let i = 1 + Math.floor(random() * 8); i > 0; i--) soup += pick(random, tokens);
    out.add(soup);
    const steps: string[] = [];
    for (let i = 1 + Math.floor(random() * 3); i > 0; i--) steps.push(`module.${pick(random, names)}${pick(random, tails)}`);
    out.add(steps.join("."));
  }
  return [...out];
}

/** Texts near YYYY-MM-DD: digits, dashes and a few others at each of 8 to 12 places. */
function dateLikeTexts(count: number): string[] {
  const random = prng(11);
  const characters = ["0", "1", "2", "3", "9", "-", "-", "/", "+", "e", " ", "１", "\n"];
  const out = new Set<string>();
  while (out.size < count) {
    const month = String(Math.floor(random() * 15)).padStart(2, "0");
    const day = String(Math.floor(random() * 34)).padStart(2, "0");
    out.add(`${String(Math.floor(random() * 10000)).padStart(4, "0")}-${month}-${day}`);
    let text = "";
    for (let i = 8 + Math.floor(random() * 5); i > 0; i--) text += pick(random, characters);
    out.add(text);
  }
  return [...out];
}

/** Texts near addresses and ranges: IPv4 and IPv6 pieces, prefixes, separators and look-alikes. */
function addressLikeTexts(count: number): string[] {
  const random = prng(13);
  const pieces = ["0", "1", "10", "255", "999", "0000", ".", ".", ":", "::", "/", "/0", "/8", "/32", "/128", "/1289", "a", "F", "ffff", "g", ",", ";", " ", "\n", "１", "+", "-", "%", "x"];
  const out = new Set<string>();
  while (out.size < count) {
    const octets = [0, 0, 0, 0].map(() => String(Math.floor(random() * 1200)));
    out.add(`${octets.slice(0, 2 + Math.floor(random() * 4)).join(".")}${random() < 0.6 ? `/${Math.floor(random() * 200)}` : ""}`);
    let text = "";
    for (let i = 1 + Math.floor(random() * 10); i > 0; i--) text += pick(random, pieces);
    out.add(text);
  }
  return [...out];
}

describe("rules that read without a pattern read as the pattern does", () => {
  test("lib/plan module_path, on 20,000 module addresses", () => {
    const addresses = moduleAddresses(20000);
    const result = opaEval<{ differ: string[][]; plain: number }>(
      `{"differ": [[a, x, y] | some a in input; x := data.govguard.lib.plan.module_path(a); y := data.govguard.lib.plan.module_path_by_pattern(a); x != y],
        "plain": count([a | some a in input; not contains(a, "\\""); data.govguard.lib.plan.plain_steps(split(a, "."))])}`,
      addresses,
    );
    expect(result.differ).toEqual([]);
    // Both ways are exercised: the split reading is taken for thousands of the addresses.
    expect(result.plain).toBeGreaterThan(2000);
    expect(result.plain).toBeLessThan(addresses.length - 2000);
  });

  test("lib/waivers dated, on 20,000 texts near YYYY-MM-DD", () => {
    const texts = dateLikeTexts(20000);
    const result = opaEval<{ differ: string[]; dated: number }>(
      `{"differ": [t | some t in input; d := {true | data.govguard.lib.waivers.dated(t)}; p := {true | regex.match(data.govguard.lib.waivers.date_pattern, t)}; d != p],
        "dated": count([t | some t in input; data.govguard.lib.waivers.dated(t)])}`,
      texts,
    );
    expect(result.differ).toEqual([]);
    expect(result.dated).toBeGreaterThan(1000);
  });

  test("lib/network well_formed, on 20,000 texts near addresses and ranges", () => {
    const texts = addressLikeTexts(20000);
    // The two patterns well_formed replaced (one IPv4, one IPv6 address or range).
    const ipv4 = String.raw`^[0-9]{1,3}(\.[0-9]{1,3}){3}(/[0-9]{1,2})?$`;
    const ipv6 = String.raw`^[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*(/[0-9]{1,3})?$`;
    const result = opaEval<{ differ: string[]; formed: number }>(
      `{"differ": [t | some t in input; w := {true | data.govguard.lib.network.well_formed(t)}; p := {true | regex.match(\`${ipv4}\`, t)} | {true | regex.match(\`${ipv6}\`, t)}; w != p],
        "formed": count([t | some t in input; data.govguard.lib.network.well_formed(t)])}`,
      texts,
    );
    expect(result.differ).toEqual([]);
    expect(result.formed).toBeGreaterThan(1000);
    expect(result.formed).toBeLessThan(texts.length - 1000);
  });
});

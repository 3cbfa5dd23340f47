// Fuzz: thousands of mutated copies of real plans go through the same path a plan file takes
// (classification, slimming, wasm evaluation, completion of findings). Each must give a result or
// an InputError, the one-line error the CLI prints with exit 2; anything else is a crash.
import * as fs from "node:fs";
import * as path from "node:path";
import { evaluateDocuments } from "../src/check";
import { PolicyEvaluator } from "../src/engine/policy";
import { InputError } from "../src/errors";
import { InputDocument, jsonDocument } from "../src/inputs/discover";
import { loadHclModule } from "../src/inputs/hcl-module";
import { repo } from "./helpers";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const CASES = Number(process.env.GOVGUARD_FUZZ_CASES ?? 3000);

/** mulberry32: a small deterministic PRNG, so a failing case can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Slot {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
}

/** Every place in the document a value sits, so a mutation can hit any depth. */
function slots(value: Json, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push({ parent: value, key: i });
      slots(v, out);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push({ parent: value, key: k });
      slots(v, out);
    }
  }
  return out;
}

function deep(levels: number): Json {
  let v: Json = "bottom";
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { nested: v };
  return v;
}

const REPLACEMENTS: ((random: () => number, doc: Json) => Json)[] = [
  () => null,
  () => true,
  () => 0,
  () => -1,
  () => 1e308,
  () => 3.5,
  () => "",
  () => "政务 \u0000 \ud83d\ude00 ${var.x}",
  () => "x".repeat(5000),
  () => "0.0.0.0/0",
  () => "cn-hongkong",
  () => [],
  () => ({}),
  () => deep(60),
  (random, doc) => {
    const all = slots(doc);
    if (all.length === 0) return null;
    const s = all[Math.floor(random() * all.length)];
    return structuredClone((s.parent as Record<string | number, Json>)[s.key]);
  },
];

function mutate(doc: Json, random: () => number): Json {
  const copy = structuredClone(doc);
  const times = 1 + Math.floor(random() * 4);
  for (let i = 0; i < times; i++) {
    const all = slots(copy);
    if (all.length === 0) break;
    const { parent, key } = all[Math.floor(random() * all.length)];
    const op = random();
    if (op < 0.25) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (op < 0.35 && Array.isArray(parent)) {
      parent.push(structuredClone(parent[key as number]));
    } else {
      const replacement = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)](random, copy);
      (parent as Record<string | number, Json>)[key] = replacement;
    }
  }
  return copy;
}

interface Seed {
  name: string;
  document: Json;
  size: number;
}

/** The smallest few cases of each corpus family, read by `read` (plan or .tf), as seeds. */
async function seeds(read: (caseDir: string) => Promise<Json | undefined>): Promise<Seed[]> {
  const corpus = path.join(repo, "test", "corpus");
  const all: Seed[] = [];
  for (const family of fs.readdirSync(corpus).filter((f) => fs.statSync(path.join(corpus, f)).isDirectory())) {
    for (const c of fs.readdirSync(path.join(corpus, family))) {
      const dir = path.join(corpus, family, c);
      if (!fs.existsSync(path.join(dir, "plan.json"))) continue;
      const document = await read(dir);
      if (document !== undefined) all.push({ name: `${family}/${c}`, document, size: JSON.stringify(document).length });
    }
  }
  const byFamily = new Map<string, Seed[]>();
  for (const seed of all.sort((a, b) => a.size - b.size)) {
    const family = seed.name.split("/")[0];
    const list = byFamily.get(family) ?? [];
    if (list.length < 4) list.push(seed);
    byFamily.set(family, list);
  }
  return [...byFamily.values()].flat();
}

const planSeed = async (dir: string): Promise<Json> => JSON.parse(fs.readFileSync(path.join(dir, "plan.json"), "utf8")) as Json;

const hclSeed = async (dir: string): Promise<Json | undefined> =>
  fs.existsSync(path.join(dir, "main.tf")) ? ((await loadHclModule(dir)).document as Json) : undefined;

function fuzz(seedList: Seed[], cases: number, toDocument: (name: string, mutated: Json) => InputDocument): void {
  const evaluator = PolicyEvaluator.load();
  expect(seedList.length).toBeGreaterThanOrEqual(12);
  const outcomes = { evaluated: 0, refused: 0 };
  const crashes: string[] = [];
  for (let i = 0; i < cases; i++) {
    const random = prng(i + 1);
    const seed = seedList[i % seedList.length];
    const mutated = mutate(seed.document, random);
    try {
      const result = evaluateDocuments(evaluator, [toDocument(`fuzz-${i}.json`, mutated)], { settings: { today: "2026-01-01" } });
      expect(result.summary.findings).toBe(result.findings.length);
      for (const f of result.findings) expect(typeof f.resource).toBe("string");
      outcomes.evaluated++;
    } catch (e: unknown) {
      if (e instanceof InputError && !e.message.includes("\n")) outcomes.refused++;
      else crashes.push(`case ${i} (${seed.name}, seed ${i + 1}): ${e instanceof Error ? e.message : String(e)}`.slice(0, 400));
    }
  }
  expect(crashes).toEqual([]);
  // A fuzzer whose every mutant is refused at the door would prove nothing about the engine.
  expect(outcomes.evaluated).toBeGreaterThan(cases / 2);
}

test(`${CASES} mutated plans: every one gives a result or an InputError`, async () => {
  fuzz(await seeds(planSeed), CASES, (name, mutated) => jsonDocument(name, mutated));
});

test(`${Math.round(CASES / 2)} mutated documents read from .tf: every one gives a result or an InputError`, async () => {
  fuzz(await seeds(hclSeed), Math.round(CASES / 2), (name, mutated) => ({
    file: name,
    kind: "hcl",
    content: Buffer.from(JSON.stringify(mutated)),
    sources: [name],
    notes: [],
  }));
});

// Fuzz: mutated copies of the corpus go through the path the CLI reads them by. Plans: thousands
// of mutated plan.json documents (classification, slimming, wasm evaluation, completion of
// findings). Configuration: the corpus's .tf modules, mutated as Terraform JSON (their hcl2json
// form written as *.tf.json, with Terraform-aware mutations: meta-arguments, expressions, dynamic
// blocks, module calls, hostile names) and as .tf text, written to a folder and read with
// readInputs (loadConfigTree, planFromConfig, slimming), then judged. Each case must give a
// result or an InputError, the one-line error the CLI prints with exit 2; anything else is a crash.
// A failing case names its seed; GOVGUARD_FUZZ_CASES scales the counts.
import { parse as parseHcl } from "@cdktf/hcl2json";
import * as fs from "node:fs";
import * as path from "node:path";
import { evaluateDocuments } from "../src/engine";
import { readBundle } from "../src/engine/bundle";
import { PolicyEvaluator } from "../src/engine/policy";
import { InputError } from "../src/errors";
import { jsonDocument, readInputs } from "../src/inputs/discover";
import { INTERNAL_NAMES } from "./fuzz-stacks";
import { prng, tempDir } from "./helpers";
import { listCases } from "./corpus/corpus";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const CASES = Number(process.env.GOVGUARD_FUZZ_CASES ?? 3000);
/** Configuration cases: each is written to disk and read, so fewer than plans. */
const JSON_CASES = Math.round(CASES / 6);
const TEXT_CASES = Math.round(CASES / 20);


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

/** The smallest few cases of each corpus group (a control's own cases, or a family under
 * test/corpus), read by `read` (plan or .tf), as seeds. */
async function seeds(read: (caseDir: string) => Promise<Json | undefined>): Promise<Seed[]> {
  const all: Seed[] = [];
  for (const c of listCases()) {
    if (!fs.existsSync(path.join(c.dir, "plan.json"))) continue;
    const document = await read(c.dir);
    if (document !== undefined) all.push({ name: c.name, document, size: JSON.stringify(document).length });
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

test(`${CASES} mutated plans: every one gives a result or an InputError`, async () => {
  const seedList = await seeds(planSeed);
  expect(seedList.length).toBeGreaterThanOrEqual(12);
  const evaluator = PolicyEvaluator.load();
  const outcomes = { evaluated: 0, refused: 0 };
  const crashes: string[] = [];
  for (let i = 0; i < CASES; i++) {
    const random = prng(i + 1);
    const seed = seedList[i % seedList.length];
    const mutated = mutate(seed.document, random);
    try {
      const result = evaluateDocuments(evaluator, [jsonDocument(`fuzz-${i}.json`, mutated)], { settings: { today: "2026-01-01" } });
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
  expect(outcomes.evaluated).toBeGreaterThan(CASES / 2);
});

// ---------------------------------------------------------------------------------------------
// Configuration

/** A corpus case's configuration: its files (path relative to the case folder -> text). */
interface ConfigSeed {
  name: string;
  files: Map<string, string>;
  /** hcl2json's form of each .tf file: Terraform JSON syntax (expressions as "${...}"). */
  json: Map<string, Json>;
  size: number;
}

function filesUnder(dir: string, rel = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const name = path.join(rel, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(dir, name));
    else if (entry.name.endsWith(".tf") || entry.name.endsWith(".tfvars")) out.push(name);
  }
  return out;
}

async function configSeeds(): Promise<ConfigSeed[]> {
  const found = await seeds(async (dir) => (fs.existsSync(path.join(dir, "main.tf")) ? (dir as Json) : undefined));
  const out: ConfigSeed[] = [];
  for (const seed of found) {
    const dir = seed.document as string;
    const files = new Map(filesUnder(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]));
    const json = new Map<string, Json>();
    for (const [name, text] of files) if (name.endsWith(".tf")) json.set(name, (await parseHcl(name, text)) as Json);
    out.push({ name: seed.name, files, json, size: [...files.values()].reduce((n, t) => n + t.length, 0) });
  }
  return out;
}

const HOSTILE_NAMES = [...INTERNAL_NAMES, "", "a.b", "${x}", "%{y}", "$${z}", "line\nbreak", "\u2028", "\u202e", "😀", "e\u0301", "\ufeffbom", '"', "\\", "-", "0", "x".repeat(3000)];

/** Expressions as Terraform JSON writes them: what a mutation may put wherever a value is. */
const EXPRESSIONS: Json[] = [
  "${var.nope}",
  "${local.nope}",
  "${each.key}",
  "${each.value}",
  "${count.index}",
  "${self.id}",
  "${module.nope.x}",
  "${data.alicloud_nope.x.id}",
  "${path.module}",
  "${terraform.workspace}",
  "${[for i in range(3) : i]}",
  '${{ for k in ["__proto__", "constructor"] : k => k }}',
  "${jsonencode({ a = 1 })}",
  '${jsondecode("{\\"__proto__\\": 1}")}',
  "${tomap({ constructor = 1, toString = 2 })}",
  "${1e308 * 10}",
  "${-0}",
  "${1 / 0}",
  '${"a" + 1}',
  "${range(100000000)}",
  '${lookup({}, "x")}',
  '${toset(["a", "a", "e\u0301", "\u00e9"])}',
  "%{ for x in [1, 2] }${x}%{ endfor }",
  "$${x}",
  "${",
  "}",
  "${nope_function(1)}",
  "${try(local.nope, 1)}",
  "${can(local.nope)}",
  "${length(null)}",
  "${null}",
  '${true ? 1 : "a"}',
  "${local.__proto__}",
  "${var.constructor}",
  "\ufeffpublic-read",
  "${alicloud_oss_bucket.nope[0].bucket}",
  '${merge({ "__proto__" = { polluted = true } }, {})}',
  "${flatten([[[]]])}",
  '${regex("(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")}',
  '${format("%999999999d", 1)}',
  '${cidrsubnet("0.0.0.0/0", 200, 1)}',
];

/** Values for count and for_each, and whole module calls and dynamic blocks. */
const META_VALUES: Json[] = [0, 1, 3, -1, 1.5, 100000, null, true, "2", "${2}", ["a", "b"], { __proto__: "x", constructor: "y" }, "${toset([\"a\", \"b\"])}", "${range(3)}", "${{}}", "${var.nope}", "${local.nope}"];
const MODULE_SOURCES = ["./", "../", "./nope", "/", "/etc", "./modules/../modules", "git::https://example.com/x.git", "registry/x/y", ".\\modules", "./${x}", ""];

type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Every object in a document, so a mutation can pick one at any depth. */
function objects(value: Json, out: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) value.forEach((v) => objects(v, out));
  else if (isObject(value)) {
    out.push(value);
    for (const v of Object.values(value)) objects(v, out);
  }
  return out;
}

/** The block bodies of a configuration in hcl2json's shape: resource/data bodies, module calls,
 * locals and providers, with the objects holding their names (for renaming). */
function blocksOf(doc: Json): { bodies: JsonObject[]; named: JsonObject[] } {
  const bodies: JsonObject[] = [];
  const named: JsonObject[] = [];
  if (!isObject(doc)) return { bodies, named };
  for (const kind of ["resource", "data"]) {
    const types = doc[kind];
    if (!isObject(types)) continue;
    for (const names of Object.values(types)) {
      if (!isObject(names)) continue;
      named.push(names);
      for (const list of Object.values(names)) if (Array.isArray(list)) bodies.push(...list.filter(isObject));
    }
  }
  for (const kind of ["module", "variable", "provider"]) {
    const names = doc[kind];
    if (!isObject(names)) continue;
    named.push(names);
    for (const list of Object.values(names)) if (Array.isArray(list)) bodies.push(...list.filter(isObject));
  }
  if (Array.isArray(doc.locals)) for (const b of doc.locals) if (isObject(b)) (bodies.push(b), named.push(b));
  return { bodies, named };
}

function rename(target: JsonObject, key: string, name: string): void {
  const value = target[key];
  delete target[key];
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

/** Terraform-aware mutations of a configuration's JSON form, sometimes on top of generic ones
 * (which mostly break its structure, so the reader refuses it: that path needs fewer cases). */
function mutateConfig(doc: Json, random: () => number): Json {
  const copy = random() < 0.25 ? mutate(doc, random) : structuredClone(doc);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const times = 1 + Math.floor(random() * 3);
  for (let i = 0; i < times; i++) {
    const { bodies, named } = blocksOf(copy);
    const op = random();
    if (op < 0.1 && named.length > 0) {
      // Rename a resource, module, variable, provider or local.
      const target = pick(named);
      const keys = Object.keys(target);
      if (keys.length > 0) rename(target, pick(keys), pick(HOSTILE_NAMES));
    } else if (op < 0.2 && isObject(copy)) {
      copy.module = { [pick(["m", "__proto__", "constructor"])]: [{ source: pick(MODULE_SOURCES), for_each: pick(META_VALUES) }] };
    } else if (op < 0.25 && isObject(copy)) {
      copy.locals = [{ [pick(INTERNAL_NAMES)]: pick(EXPRESSIONS) }, ...(Array.isArray(copy.locals) ? copy.locals : [])];
    } else if (bodies.length > 0) {
      // Inside a block body, or anywhere below it.
      const body = pick(bodies);
      const inner = random() < 0.6 ? body : pick(objects(body));
      const keys = Object.keys(inner);
      const what = random();
      if (what < 0.35 && keys.length > 0) inner[pick(keys)] = pick(EXPRESSIONS);
      else if (what < 0.6) body[pick(["count", "for_each"])] = pick(META_VALUES);
      else if (what < 0.75) body.dynamic = { [pick(["security_ip_groups", "rule", "__proto__"])]: [{ for_each: pick(META_VALUES), content: [{ x: pick(EXPRESSIONS) }] }] };
      else if (what < 0.9 && keys.length > 0) rename(inner, pick(keys), pick(HOSTILE_NAMES));
      else inner[pick(INTERNAL_NAMES)] = pick(EXPRESSIONS);
    }
  }
  return copy;
}

/** Text mutations of a .tf file: what a hand-edited file can hold. */
const TEXT_SNIPPETS = [
  "  count = 3\n",
  "  count = 1e400\n",
  '  for_each = toset(["a", "__proto__", "e\\u0301"])\n',
  '  for_each = { for k, v in { "constructor" = 1 } : k => v }\n',
  '  dynamic "security_ip_groups" {\n    for_each = [1, 2]\n    content {\n      security_ip_list = "0.0.0.0/0"\n    }\n  }\n',
  'module "__proto__" {\n  source = "./"\n}\n',
  'locals {\n  __proto__ = { toString = 1 }\n}\n',
  'variable "constructor" {\n  default = "public-read"\n}\n',
  "  acl = var.constructor\n",
  '  name = "${"$"}{x}"\n',
  '  name = <<EOT\n  ${local.nope}\n  EOT\n',
  "}\n",
  "{\n",
  '"\n',
  "${\n",
  "  x = [for i in range(5) : { (tostring(i)) = i }]\n",
  "  x = " + "[".repeat(300) + "\n",
  "\ufeff",
  "\u0000",
];

function mutateText(text: string, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  let lines = text.split("\n");
  const times = 1 + Math.floor(random() * 3);
  for (let i = 0; i < times; i++) {
    const at = Math.floor(random() * (lines.length + 1));
    const op = random();
    if (op < 0.35) lines.splice(at, 0, ...pick(TEXT_SNIPPETS).split("\n"));
    else if (op < 0.5) lines.splice(at, 1);
    else if (op < 0.6) lines.splice(at, 0, lines[Math.floor(random() * lines.length)] ?? "");
    else if (op < 0.8) {
      // A label or string literal becomes a hostile one.
      const line = lines[at] ?? "";
      const name = pick(HOSTILE_NAMES).replace(/[\\"\n]/g, "_");
      lines[at] = line.replace(/"[^"]*"/, JSON.stringify(name));
    } else {
      const line = lines[at] ?? "";
      lines[at] = line.replace(/\b\d+(\.\d+)?\b/, pick(["1e308", "-0", "1e-320", "1e400", "99999999999999999999", "0x10"]));
    }
    if (lines.length > 400) lines = lines.slice(0, 400);
  }
  return lines.join("\n");
}

/** Writes a seed's files into `dir`: .tf as given, or their JSON form as .tf.json, with `mutated`
 * replacing one of them. */
function writeConfig(dir: string, seed: ConfigSeed, asJson: boolean, target: string, mutated: Json | string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of seed.files) {
    const json = asJson && name.endsWith(".tf");
    const out = path.join(dir, json ? `${name}.json` : name);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const content = name === target ? mutated : json ? (seed.json.get(name) as Json) : text;
    fs.writeFileSync(out, typeof content === "string" && !json ? content : JSON.stringify(content));
  }
}

/** Terraform's own file rules (configs/parser_config_dir.go), written out here rather than taken
 * from src so the expectation does not share the reader's mistakes: names starting with "." or
 * ending in "~" (and #...#) are not read at all; override.tf and *_override.tf only merge into
 * blocks the other files declare. */
function ignoredByTerraform(name: string): boolean {
  const base = path.basename(name);
  return base.startsWith(".") || base.endsWith("~") || (base.startsWith("#") && base.endsWith("#"));
}

function isOverride(name: string): boolean {
  const base = path.basename(name).replace(/\.tf(\.json)?$/, "");
  return base === "override" || base.endsWith("_override");
}

/** Each resource body of a document, by address. */
function resourceBodies(doc: Json | undefined): [string, Json[]][] {
  if (!isObject(doc) || !isObject(doc.resource)) return [];
  const out: [string, Json[]][] = [];
  for (const [type, names] of Object.entries(doc.resource)) {
    if (!isObject(names)) continue;
    for (const [resource, bodies] of Object.entries(names)) out.push([`${type}.${resource}`, Array.isArray(bodies) ? bodies : [bodies]]);
  }
  return out;
}

const hasMeta = (body: Json): boolean => isObject(body) && (Object.hasOwn(body, "count") || Object.hasOwn(body, "for_each"));

/** The root module's resources that must be in the document: those declared in a root file
 * Terraform reads (not an override file, which declares nothing) without count or for_each (which
 * may rightly make no instance), and given neither by an override file either. */
function declaredOnce(seed: ConfigSeed, target: string, mutated: Json): string[] {
  const out: string[] = [];
  const metaByOverride = new Set<string>();
  for (const [name, original] of seed.json) {
    if (name.includes("/") || ignoredByTerraform(name) || !isOverride(name)) continue;
    for (const [address, list] of resourceBodies(name === target ? mutated : original)) if (list.some(hasMeta)) metaByOverride.add(address);
  }
  for (const [name, original] of seed.json) {
    if (name.includes("/") || ignoredByTerraform(name) || isOverride(name)) continue;
    for (const [address, list] of resourceBodies(name === target ? mutated : original)) {
      // One body (an empty list declares nothing; two are refused) without count or for_each.
      if (list.length === 1 && isObject(list[0]) && !hasMeta(list[0]) && !metaByOverride.has(address)) out.push(address);
    }
  }
  return out;
}

interface Mutant {
  asJson: boolean;
  target: string;
  mutated: Json | string;
  /** Addresses the document must hold when the case is read at all. */
  declared: string[];
}

function fuzzConfig(label: string, cases: number, first: number, make: (seed: ConfigSeed, random: () => number) => Mutant) {
  test(`${cases} ${label}: every one gives a result or an InputError${label.includes("JSON") ? ", and keeps every resource" : ""}`, async () => {
    const seedList = await configSeeds();
    expect(seedList.length).toBeGreaterThanOrEqual(12);
    const bundle = readBundle();
    const evaluator = PolicyEvaluator.load();
    const root = tempDir("govguard-fuzz-config-");
    const outcomes = { evaluated: 0, refused: 0 };
    const crashes: string[] = [];
    try {
      for (let i = 0; i < cases; i++) {
        const seedNumber = first + i;
        const random = prng(seedNumber);
        const seed = seedList[i % seedList.length];
        const { asJson, target, mutated, declared } = make(seed, random);
        const dir = path.join(root, `case-${seedNumber}`);
        writeConfig(dir, seed, asJson, target, mutated);
        try {
          const documents = await readInputs([dir], { attributes: bundle.attributes });
          // No resource present in the input is missing from the evaluated document.
          const addresses = new Set(documents.flatMap((d) => ((JSON.parse(d.content.toString("utf8")) as { resource_changes?: { address: string }[] }).resource_changes ?? []).map((r) => r.address)));
          const missing = declared.filter((a) => !addresses.has(a));
          if (missing.length > 0) crashes.push(`case ${i} (${seed.name}, seed ${seedNumber}, kept in ${dir}): missing from the document: ${JSON.stringify(missing)}`);
          const result = evaluateDocuments(evaluator, documents, { settings: { today: "2026-01-01" } });
          expect(result.summary.findings).toBe(result.findings.length);
          for (const f of result.findings) expect(typeof f.resource).toBe("string");
          outcomes.evaluated++;
          if (missing.length === 0) fs.rmSync(dir, { recursive: true, force: true });
        } catch (e: unknown) {
          if (e instanceof InputError && !e.message.includes("\n")) {
            outcomes.refused++;
            fs.rmSync(dir, { recursive: true, force: true });
          } else crashes.push(`case ${i} (${seed.name}, seed ${seedNumber}, kept in ${dir}): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`.slice(0, 800));
        }
      }
    } finally {
      if (crashes.length === 0) fs.rmSync(root, { recursive: true, force: true });
    }
    expect(crashes).toEqual([]);
    expect(outcomes.evaluated).toBeGreaterThan(cases / 3);
  });
}

// Terraform JSON: one file of the seed mutated in its hcl2json form; all written as *.tf.json, so
// the whole module goes through govguard's JSON reader and the evaluator. Every root resource
// written without count or for_each must be in the evaluated document.
fuzzConfig("mutated configurations written as Terraform JSON", JSON_CASES, 100_001, (seed, random) => {
  const names = [...seed.json.keys()];
  const target = names[Math.floor(random() * names.length)];
  const mutated = mutateConfig(seed.json.get(target) as Json, random);
  return { asJson: true, target, mutated, declared: declaredOnce(seed, target, mutated) };
});

// .tf text: main.tf mutated as text (hcl2json's caps, syntax errors, hostile labels and literals).
fuzzConfig("mutated .tf files", TEXT_CASES, 200_001, (seed, random) => ({ asJson: false, target: "main.tf", mutated: mutateText(seed.files.get("main.tf") as string, random), declared: [] }));

// Stacks for the hostile-name property test (fuzz-hostile-names.test.ts). A few non-compliant
// templates (a public-read OSS bucket in cn-hongkong, an SG rule opening 22 to 0.0.0.0/0, a log
// store keeping 30 days, a MongoDB allow-list group open to the world from a dynamic block) are
// placed at random in the root or in (expanded, nested) modules, expanded with count or for_each,
// their settings passed through variables, module arguments or variable files. One random shape
// is built twice: once with plain names and values ("n0", "k1", "v2"), once with hostile ones
// (JavaScript object internals, quotes, backslashes, "${", "%{", newlines, U+2028, bidi controls,
// emoji, decomposed Unicode, very long names, numbers such as 1e308, -0 and 1e-320, values spelled
// through functions and templates), and written as .tf, as .tf.json, mixed, or as a cdk.tf.json
// stack. Both builds list the instance addresses Terraform gives their resources, in the same
// order, so findings on one map onto the other. The addresses were checked against Terraform
// 1.5.7 itself for every hostile key, name and folder (with terraform_data resources).
import { prng } from "./helpers";
export { prng };


export type Random = () => number;

export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

// ---------------------------------------------------------------------------------------------
// Hostile names and values

/** Every name a plain JavaScript object, function or array treats specially. */
export const INTERNAL_NAMES: readonly string[] = [
  ...new Set([...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Function.prototype), "prototype", "length"]),
].sort();

const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u;

/** Names valid as Terraform identifiers (resources, modules, variables, locals). */
export const HOSTILE_IDENTIFIERS: readonly string[] = [
  ...INTERNAL_NAMES,
  "政务数据",
  "Δelta",
  "ǅemo",
  "ⅷ",
  "_",
  "__",
  "a-b--c",
  "_0",
  "resource",
  "module",
  "var",
  "local",
  "each",
  "self",
  "null",
  "true",
  "x".repeat(300),
  "_" + "长".repeat(200),
].filter((n) => IDENTIFIER.test(n));

/** Names for a dynamic block's iterator: identifiers that are neither keywords nor the roots
 * of Terraform's own references (which an iterator would shadow). */
const HOSTILE_ITERATORS: readonly string[] = HOSTILE_IDENTIFIERS.filter((n) => !["null", "true", "false", "var", "local", "each", "self", "module", "resource"].includes(n));

/** Variable names: Terraform reserves "_" (named_values.go). */
const HOSTILE_VARIABLES: readonly string[] = HOSTILE_IDENTIFIERS.filter((n) => n !== "_");

/** Folder names for module sources (at most 255 bytes, no "/" or NUL). */
export const HOSTILE_FOLDERS: readonly string[] = [...INTERNAL_NAMES, "政务 模块", "a'b", 'a"b', "${x}", "%{y}", "a b", "😀", "-dash", "#hash", "~tilde", ".dot", "x".repeat(200)];

/** Strings for for_each keys, map keys and tag keys (all distinct after NFC normalisation). */
export const HOSTILE_KEYS: readonly string[] = [
  ...INTERNAL_NAMES,
  "",
  " ",
  'say "portal"',
  '"',
  "'",
  "\\",
  "a\\b\\\\c",
  '\\"',
  "${var.x}",
  "${",
  "$${",
  "$",
  "a$",
  "%{ if true }x%{ endif }",
  "%{",
  "%%{",
  "}",
  "line\nbreak",
  "\r\n",
  "\ttab",
  "\u0000nul",
  "\u0007bell\u001b[31mred",
  "\u007f",
  "\u2028sep\u2029",
  "\u202eevil\u202c",
  "\u2066iso\u2069",
  "\u200bzero",
  // A leading byte order mark is dropped from JSON-syntax strings (see fuzz-hostile-names.test.ts):
  // keys carry one inside, values (which only tag) at the start too.
  "b\ufeffom",
  "😀",
  "🇨🇳",
  "👩\u200d💻",
  "政务 系统",
  "e\u0301",
  "Mu\u0308nchen",
  "\u00c5",
  "0",
  "-0",
  "1e308",
  "NaN",
  "[0]",
  '["a"]',
  "module.x",
  "alicloud_oss_bucket.x",
  "a.b",
  "*",
  "k".repeat(2000),
  "政".repeat(700),
];

/** String values for tags, descriptions and for_each map values. */
const HOSTILE_VALUES: readonly string[] = [...HOSTILE_KEYS, "\ufeffbom"];

/** Number values, as written. */
const HOSTILE_NUMBERS: readonly string[] = ["1e308", "-1e308", "-0", "0", "1e-320", "5e-324", "1.7976931348623157e308", "9007199254740993", "0.1", "123456789012345678901234567890"];

// ---------------------------------------------------------------------------------------------
// Expressions in either syntax

export type Expr =
  | { k: "str"; s: string }
  | { k: "num"; text: string }
  | { k: "bool"; b: boolean }
  /** HCL expression text: bare in .tf, "${...}" in JSON. */
  | { k: "hcl"; text: string }
  | { k: "obj"; items: [Expr, Expr][] }
  | { k: "list"; items: Expr[] };

export const str = (s: string): Expr => ({ k: "str", s });
export const num = (text: string): Expr => ({ k: "num", text });
export const hcl = (text: string): Expr => ({ k: "hcl", text });

/** The template whose value is `s`: "${" and "%{" doubled. */
function templateEscape(s: string): string {
  return s.split("${").join("$${").split("%{").join("%%{");
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}

/** A quoted HCL string literal whose value is `s`. `random` chooses between equivalent spellings. */
export function hclString(s: string, random: Random): string {
  let out = '"';
  for (const c of templateEscape(s)) {
    const code = c.codePointAt(0) as number;
    if (c === '"') out += '\\"';
    else if (c === "\\") out += "\\\\";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += random() < 0.5 ? "\\t" : "\\u0009";
    else if (code < 0x20 || code === 0x7f) out += `\\u${hex(code, 4)}`;
    else if (code > 0x7e && random() < 0.3) out += code > 0xffff ? `\\U${hex(code, 8)}` : `\\u${hex(code, 4)}`;
    else out += c;
  }
  return out + '"';
}

/** A JSON string literal whose value is `s`, non-ASCII sometimes as \u escapes. */
export function jsonString(s: string, random: Random): string {
  let out = '"';
  for (const c of s) {
    const code = c.codePointAt(0) as number;
    if (c === '"') out += '\\"';
    else if (c === "\\") out += "\\\\";
    else if (c === "\n") out += "\\n";
    else if (c === "/" && random() < 0.2) out += "\\/";
    else if (code < 0x20) out += `\\u${hex(code, 4)}`;
    else if (code > 0x7e && random() < 0.3) {
      if (code > 0xffff) {
        const v = code - 0x10000;
        out += `\\u${hex(0xd800 + (v >> 10), 4)}\\u${hex(0xdc00 + (v & 0x3ff), 4)}`;
      } else out += `\\u${hex(code, 4)}`;
    } else out += c;
  }
  return out + '"';
}

function toHcl(e: Expr, random: Random, indent: string): string {
  switch (e.k) {
    case "str":
      return hclString(e.s, random);
    case "num":
      return e.text;
    case "bool":
      return String(e.b);
    case "hcl":
      return e.text;
    case "list":
      return `[${e.items.map((i) => toHcl(i, random, indent)).join(", ")}]`;
    case "obj": {
      if (e.items.length === 0) return "{}";
      const inner = indent + "  ";
      const lines = e.items.map(([key, value]) => {
        let k: string;
        if (key.k === "str") k = IDENTIFIER.test(key.s) && !["null", "true", "false"].includes(key.s) && random() < 0.5 ? key.s : hclString(key.s, random);
        else k = `(${toHcl(key, random, inner)})`;
        return `${inner}${k} = ${toHcl(value, random, inner)}`;
      });
      return `{\n${lines.join(random() < 0.5 ? "\n" : ",\n")}\n${indent}}`;
    }
  }
}

/** `literal`: a value Terraform reads without evaluating it (a variable default, a module
 * source), whose strings and keys are not templates in JSON syntax. */
function toJson(e: Expr, random: Random, literal = false): string {
  const text = (s: string): string => jsonString(literal ? s : templateEscape(s), random);
  switch (e.k) {
    case "str":
      return text(e.s);
    case "num":
      return e.text;
    case "bool":
      return String(e.b);
    case "hcl":
      return jsonString(`\${${e.text}}`, random);
    case "list":
      return `[${e.items.map((i) => toJson(i, random, literal)).join(",")}]`;
    case "obj":
      return `{${e.items.map(([k, v]) => `${k.k === "str" ? text(k.s) : toJson(k, random, literal)}:${toJson(v, random, literal)}`).join(",")}}`;
  }
}

/** The HCL expression text of a value (for use inside a larger hcl() expression). */
function inline(e: Expr, random: Random): string {
  return toHcl(e, random, "").replace(/\n\s*/g, " ");
}

// ---------------------------------------------------------------------------------------------
// Modules in either syntax

/** A nested block (`dynamic "x" { ... }`, `content { ... }`). */
interface Nested {
  type: string;
  labels: string[];
  attrs: [string, Expr][];
  blocks: Nested[];
}

interface Block {
  labels: string[];
  attrs: [string, Expr][];
  blocks?: Nested[];
}

export interface ModuleText {
  /** Folder relative to the root ("" for the root). */
  dir: string;
  provider?: [string, Expr][];
  locals: [string, Expr][];
  variables: [string, Expr | undefined][];
  resources: Block[];
  modules: Block[];
  /** Root only: values set in variable files (literals). */
  tfvars: [string, Expr][];
}

/** Whether Terraform can read `e` without evaluating anything (variable defaults must be). */
function isLiteral(e: Expr): boolean {
  if (e.k === "hcl") return false;
  if (e.k === "obj") return e.items.every(([k, v]) => isLiteral(k) && isLiteral(v));
  if (e.k === "list") return e.items.every(isLiteral);
  return true;
}

/** A variable default: the spelled value when it is a literal, else the plain one. */
function defaultOf(spelled: Expr, plain: Expr): Expr {
  return isLiteral(spelled) ? spelled : plain;
}

function emptyModule(dir: string): ModuleText {
  return { dir, locals: [], variables: [], resources: [], modules: [], tfvars: [] };
}

export type Syntax = "tf" | "json" | "mixed" | "cdktf";

function hclBody(attrs: [string, Expr][], blocks: Nested[], random: Random, indent: string): string {
  const lines = attrs.map(([k, v]) => `${indent}${k} = ${toHcl(v, random, indent)}\n`);
  for (const b of blocks) {
    lines.push(`${indent}${[b.type, ...b.labels.map((l) => `"${l}"`)].join(" ")} {\n${hclBody(b.attrs, b.blocks, random, indent + "  ")}${indent}}\n`);
  }
  return lines.join("");
}

function hclBlock(kind: string, labels: string[], attrs: [string, Expr][], random: Random, blocks: Nested[] = []): string {
  const head = [kind, ...labels.map((l) => `"${l}"`)].join(" ");
  return `${head} {\n${hclBody(attrs, blocks, random, "  ")}}\n`;
}

/** The module's declarations split into 1-3 pieces, each one file's worth. */
function pieces(m: ModuleText, random: Random): ModuleText[] {
  const n = int(random, 1, 3);
  const out = Array.from({ length: n }, () => emptyModule(m.dir));
  const to = (): ModuleText => out[Math.floor(random() * n)];
  if (m.provider) to().provider = m.provider;
  for (const l of m.locals) to().locals.push(l);
  for (const v of m.variables) to().variables.push(v);
  for (const r of m.resources) to().resources.push(r);
  for (const c of m.modules) to().modules.push(c);
  return out.filter((p) => p.provider || p.locals.length + p.variables.length + p.resources.length + p.modules.length > 0);
}

function hclFile(m: ModuleText, random: Random): string {
  let text = "";
  if (m.provider) text += hclBlock("provider", ["alicloud"], m.provider, random);
  if (m.locals.length > 0) {
    // Locals in one block or several.
    const split = random() < 0.5 ? m.locals.length : 1;
    for (let i = 0; i < m.locals.length; i += split) text += hclBlock("locals", [], m.locals.slice(i, i + split), random);
  }
  for (const [name, def] of m.variables) text += hclBlock("variable", [name], def === undefined ? [] : [["default", def]], random);
  for (const r of m.resources) text += hclBlock("resource", r.labels, r.attrs, random, r.blocks);
  for (const c of m.modules) text += hclBlock("module", c.labels, c.attrs, random);
  return text;
}

const COMMENT = '"//": "a comment Terraform ignores"';

function jsonBody(attrs: [string, Expr][], random: Random, cdktf: boolean, path: string, literal: readonly string[] = [], blocks: Nested[] = []): string {
  const parts = attrs.map(([k, v]) => `${jsonString(k, random)}:${toJson(v, random, literal.includes(k))}`);
  for (const b of blocks) {
    // `iterator` names a variable: a keyword, not a template.
    let body = jsonBody(b.attrs, random, false, "", ["iterator"], b.blocks);
    if (random() < 0.4) body = `[${body}]`;
    for (const label of [...b.labels].reverse()) body = `{${jsonString(label, random)}:${body}}`;
    parts.push(`${jsonString(b.type, random)}:${body}`);
  }
  if (cdktf) parts.unshift(`"//":{"metadata":{"path":${jsonString(path, random)},"uniqueId":"u"}}`);
  else if (random() < 0.2) parts.unshift(COMMENT);
  return `{${parts.join(",")}}`;
}

/** One label level: `{"name": body}`, sometimes as `[{"name": body}]` or `{"name": [body]}`. */
function labelled(entries: [string, string][], random: Random): string {
  const member = ([name, body]: [string, string]): string => `${jsonString(name, random)}:${random() < 0.3 ? `[${body}]` : body}`;
  if (entries.length > 1 && random() < 0.3) return `[${entries.map((e) => `{${member(e)}}`).join(",")}]`;
  return `{${entries.map(member).join(",")}}`;
}

function jsonFile(m: ModuleText, random: Random, cdktf: boolean): string {
  const top: string[] = [];
  if (cdktf) top.push(`"//":{"metadata":{"backend":"local","stackName":"hostile","version":"0.20.0"},"outputs":{}}`);
  else if (random() < 0.3) top.push(COMMENT);
  if (m.provider) top.push(`"provider":{"alicloud":[${jsonBody(m.provider, random, false, "")}]}`);
  if (m.locals.length > 0) {
    const body = (ls: [string, Expr][]): string => jsonBody(ls, random, false, "");
    top.push(`"locals":${random() < 0.5 ? body(m.locals) : `[${m.locals.map((l) => body([l])).join(",")}]`}`);
  }
  if (m.variables.length > 0) {
    top.push(`"variable":${labelled(m.variables.map(([n, d]) => [n, jsonBody(d === undefined ? [] : [["default", d]], random, false, "", ["default"])]), random)}`);
  }
  if (m.resources.length > 0) {
    const byType = new Map<string, [string, string][]>();
    for (const r of m.resources) {
      const list = byType.get(r.labels[0]) ?? [];
      list.push([r.labels[1], jsonBody(r.attrs, random, cdktf, `hostile/${r.labels[1]}`, [], r.blocks)]);
      byType.set(r.labels[0], list);
    }
    const types: [string, string][] = [...byType].map(([t, list]) => [t, labelled(list, random)]);
    // "resource": {...} or "resource": [{...}, {...}] (one object per type).
    top.push(
      `"resource":${types.length > 1 && random() < 0.3 ? `[${types.map(([t, v]) => `{${jsonString(t, random)}:${v}}`).join(",")}]` : `{${types.map(([t, v]) => `${jsonString(t, random)}:${v}`).join(",")}}`}`,
    );
  }
  if (m.modules.length > 0) top.push(`"module":${labelled(m.modules.map((c) => [c.labels[0], jsonBody(c.attrs, random, false, "", ["source"])]), random)}`);
  return `{${top.join(",")}}\n`;
}

const FILE_NAMES = ["main", "variables", "__proto__", "constructor", "政务", "toString"];

/** The root's variable file: .tfvars (HCL, strings are templates) or .tfvars.json (literal). */
function tfvarsFile(values: [string, Expr][], syntax: Syntax, random: Random): [string, string] {
  const json = syntax === "json" || syntax === "cdktf" || (syntax === "mixed" && random() < 0.5);
  const name = pick(random, ["terraform", "__proto__.auto", "政务.auto"]);
  if (json) return [`${name}.tfvars.json`, `{${values.map(([k, v]) => `${jsonString(k, random)}:${toJson(v, random, true)}`).join(",")}}\n`];
  return [`${name}.tfvars`, values.map(([k, v]) => `${k} = ${toHcl(v, random, "")}\n`).join("")];
}

/** The files of a module, by path relative to the root folder. */
function moduleFiles(m: ModuleText, syntax: Syntax, random: Random): Map<string, string> {
  const files = new Map<string, string>();
  const prefix = m.dir === "" ? "" : `${m.dir}/`;
  if (m.tfvars.length > 0) {
    const [name, text] = tfvarsFile(m.tfvars, syntax, random);
    files.set(name, text);
  }
  if (syntax === "cdktf" && m.dir === "") {
    files.set("cdk.tf.json", jsonFile(m, random, true));
    return files;
  }
  const names = [...FILE_NAMES];
  for (const piece of pieces(m, random)) {
    const name = names.splice(Math.floor(random() * names.length), 1)[0];
    const json = syntax === "json" || syntax === "cdktf" || (syntax === "mixed" && random() < 0.5);
    files.set(`${prefix}${name}${json ? ".tf.json" : ".tf"}`, json ? jsonFile(piece, random, false) : hclFile(piece, random));
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// Names

type Space = "ident" | "variable" | "iterator" | "key" | "value" | "dir";

/** Gives each slot of a stack its name or value; the same slot always gets the same answer. */
export interface Namer {
  /** `scope` groups slots that must differ (one module's resources, one map's keys). */
  name(space: Space, scope: string, slot: string, nfcOnly?: boolean): string;
  value(slot: string): Expr;
  /** How a known value is spelled (hostile: through functions and templates; plain: as is). */
  spell(kind: "acl" | "region" | "cidr" | "ports" | "retention" | "count", plain: Expr, slot: string): Expr;
}

export function plainNamer(): Namer {
  const names = new Map<string, string>();
  const counters = new Map<string, number>();
  return {
    name(space, scope, slot) {
      const id = `${space}\u0000${scope}\u0000${slot}`;
      let n = names.get(id);
      if (n === undefined) {
        const prefix = { ident: "n", variable: "n", iterator: "i", key: "k", value: "v", dir: "d" }[space];
        const i = counters.get(prefix) ?? 0;
        counters.set(prefix, i + 1);
        n = `${prefix}${i}`;
        names.set(id, n);
      }
      return n;
    },
    value(slot) {
      return str(this.name("value", "", slot));
    },
    spell: (_kind, plain) => plain,
  };
}

const SPELLINGS: Record<"acl" | "region" | "cidr" | "ports" | "retention" | "count", ((plain: Expr, random: Random) => Expr)[]> = {
  acl: [
    (p) => p,
    () => hcl('lower("PUBLIC-READ")'),
    () => hcl('"public-${"read"}"'),
    () => hcl('join("-", ["public", "read"])'),
    () => hcl('format("%s-%s", "public", "read")'),
    () => hcl('trimspace("  public-read\\n")'),
    () => hcl('replace("public_read", "_", "-")'),
    () => hcl('jsondecode("\\"public-read\\"")'),
  ],
  region: [(p) => p, () => hcl('"cn-${"hongkong"}"'), () => hcl('lower("CN-HONGKONG")'), () => hcl('element(["cn-hongkong"], 0)')],
  cidr: [(p) => p, () => hcl('cidrsubnet("0.0.0.0/0", 0, 0)'), () => hcl('"0.0.0.0/${0}"'), () => hcl('one(["0.0.0.0/0"])')],
  ports: [(p) => p, () => hcl('"${22}/${22}"'), () => hcl('format("%d/%d", 22, 22)'), () => hcl('join("/", [22, 22])')],
  retention: [(p) => p, () => num("3e1"), () => num("30.0"), () => num("0.3e2"), () => num("300e-1"), () => hcl("15 * 2"), () => hcl("max(1, 30, -0)"), () => hcl('tonumber("30")'), () => str("30")],
  count: [(p) => p, (p) => hcl(`${p.k === "num" ? p.text : "1"} + 0`), (p) => hcl(`length(${"[" + Array.from({ length: p.k === "num" ? Number(p.text) : 1 }, () => "1e308").join(", ") + "]"})`)],
};

export function hostileNamer(random: Random): Namer {
  const names = new Map<string, string>();
  const used = new Map<string, Set<string>>();
  const values = new Map<string, Expr>();
  const spellings = new Map<string, Expr>();
  const pools: Record<Space, readonly string[]> = { ident: HOSTILE_IDENTIFIERS, variable: HOSTILE_VARIABLES, iterator: HOSTILE_ITERATORS, key: HOSTILE_KEYS, value: HOSTILE_KEYS, dir: HOSTILE_FOLDERS };
  return {
    name(space, scope, slot, nfcOnly = false) {
      const id = `${space}\u0000${scope}\u0000${slot}`;
      const known = names.get(id);
      if (known !== undefined) return known;
      const taken = used.get(`${space}\u0000${scope}`) ?? new Set<string>();
      used.set(`${space}\u0000${scope}`, taken);
      let n = "";
      for (let attempt = 0; ; attempt++) {
        n = pick(random, pools[space]);
        if (attempt > 20) n = `${n}${attempt}`;
        // Keys that Terraform would normalise to one (NFC) are one key; keep them apart.
        if (!taken.has(n.normalize("NFC")) && !(nfcOnly && n !== n.normalize("NFC"))) break;
      }
      taken.add(n.normalize("NFC"));
      names.set(id, n);
      return n;
    },
    value(slot) {
      let v = values.get(slot);
      if (v === undefined) {
        v = random() < 0.35 ? num(pick(random, HOSTILE_NUMBERS)) : str(pick(random, HOSTILE_VALUES));
        values.set(slot, v);
      }
      return v;
    },
    spell(kind, plain, slot) {
      let v = spellings.get(slot);
      if (v === undefined) {
        v = pick(random, SPELLINGS[kind])(plain, random);
        spellings.set(slot, v);
      }
      return v;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Shapes: what a stack holds, decided once and built with either namer

type Expansion =
  | { kind: "none" }
  | { kind: "count"; n: number; via: "literal" | "local" | "var" }
  | { kind: "map"; n: number; via: "local" | "for" | "var" | "inline" }
  | { kind: "set"; n: number; via: "inline" | "local" };

type Template = "oss" | "sg" | "log" | "mongo";

interface Placement {
  template: Template;
  /** Module calls from the root down to where the template sits (each gets its own folder). */
  calls: Expansion[];
  expansion: Expansion;
  /** oss: with a public access block linked to each bucket. */
  linked: boolean;
  /** Pass the variable through the module call rather than relying on its default. */
  passed: boolean;
  /** In the root: the default is compliant and a variable file sets the violation. */
  tfvars: boolean;
  /** mongo: allow-list groups from a dynamic block (with its own iterator name, or the default). */
  groups: number;
  iterator: boolean;
}

export interface Shape {
  seed: number;
  syntax: Syntax;
  placements: Placement[];
  /** Where the provider's region comes from. */
  regionVia: "literal" | "local" | "var" | "tfvars";
}

function expansion(random: Random, forModule: boolean): Expansion {
  const r = random();
  if (r < 0.2) return { kind: "none" };
  if (r < 0.4) return { kind: "count", n: int(random, forModule ? 1 : 0, 3), via: pick(random, ["literal", "local", "var"] as const) };
  if (r < 0.8) return { kind: "map", n: int(random, 1, 4), via: pick(random, ["local", "for", "var", "inline"] as const) };
  return { kind: "set", n: int(random, 1, 4), via: pick(random, ["inline", "local"] as const) };
}

export function randomShape(seed: number): Shape {
  const random = prng(seed);
  const placements: Placement[] = [];
  const n = int(random, 1, 3);
  for (let i = 0; i < n; i++) {
    const depth = random() < 0.5 ? 0 : random() < 0.75 ? 1 : 2;
    placements.push({
      template: pick(random, ["oss", "sg", "log", "mongo"] as const),
      calls: Array.from({ length: depth }, () => (random() < 0.4 ? { kind: "none" as const } : expansion(random, true))),
      expansion: expansion(random, false),
      linked: random() < 0.6,
      passed: random() < 0.5,
      tfvars: random() < 0.4,
      groups: int(random, 1, 3),
      iterator: random() < 0.6,
    });
  }
  return { seed, syntax: pick(random, ["tf", "tf", "json", "mixed", "cdktf"] as const), placements, regionVia: pick(random, ["literal", "local", "var", "tfvars"] as const) };
}

// ---------------------------------------------------------------------------------------------
// Building a shape

export interface Built {
  /** File path (relative to the stack folder) -> text. */
  files: Map<string, string>;
  /** Every resource instance address Terraform would plan, in a fixed order. */
  instances: string[];
  /** [control, address] findings that must be among the run's: the templates' violations. */
  violations: [string, string][];
}

/** Terraform's addrs.StringKey.String(): toHCLQuotedString of the NFC-normalised key. */
export function terraformKey(key: string): string {
  let out = '"';
  const chars = [...key.normalize("NFC")];
  chars.forEach((c, i) => {
    const code = c.codePointAt(0) as number;
    if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if (c === '"') out += '\\"';
    else if (c === "\\") out += "\\\\";
    else if ((c === "$" || c === "%") && chars[i + 1] === "{") out += c + c;
    // Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
    else if (c === " " || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(c)) out += c;
    else out += code < 0x10000 ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
  });
  return `${out}"`;
}

interface Expanded {
  /** The attribute(s) that expand the block. */
  attrs: [string, Expr][];
  /** Instance key suffixes, in order. */
  keys: string[];
  /** The expression for "this instance's key" and "this instance's value" inside the block. */
  key: string | undefined;
  value: string | undefined;
}

class Builder {
  readonly modules = new Map<string, ModuleText>();
  private folders = 0;

  constructor(
    private readonly namer: Namer,
    private readonly random: Random,
  ) {}

  module(dir: string): ModuleText {
    let m = this.modules.get(dir);
    if (!m) {
      m = emptyModule(dir);
      this.modules.set(dir, m);
    }
    return m;
  }

  newFolder(): string {
    return this.namer.name("dir", "", `folder${this.folders++}`);
  }

  /** count / for_each for a block in module `m`, its slots named under `slot`. */
  expand(e: Expansion, m: ModuleText, slot: string): Expanded {
    const nm = this.namer;
    const r = this.random;
    switch (e.kind) {
      case "none":
        return { attrs: [], keys: [""], key: undefined, value: undefined };
      case "count": {
        const n = num(String(e.n));
        let expr: Expr = nm.spell("count", n, `${slot}.count`);
        if (e.via === "local") {
          const l = nm.name("ident", `${m.dir}.local`, `${slot}.count`);
          m.locals.push([l, expr]);
          expr = hcl(`local.${l}`);
        } else if (e.via === "var") {
          const v = nm.name("variable", `${m.dir}.var`, `${slot}.count`);
          m.variables.push([v, defaultOf(expr, n)]);
          expr = hcl(`var.${v}`);
        }
        return { attrs: [["count", expr]], keys: Array.from({ length: e.n }, (_, i) => `[${i}]`), key: "count.index", value: "count.index" };
      }
      case "map": {
        const entries: [Expr, Expr][] = [];
        const keys: string[] = [];
        for (let i = 0; i < e.n; i++) {
          // A JSON variable default is not evaluated, so Terraform leaves its keys as written.
          const k = nm.name("key", `${m.dir}.${slot}`, `${slot}.key${i}`, e.via === "var");
          entries.push([str(k), nm.value(`${slot}.value${i}`)]);
          keys.push(`[${terraformKey(k)}]`);
        }
        const map: Expr = { k: "obj", items: entries };
        let expr: Expr = map;
        if (e.via !== "inline") {
          const l = e.via === "var" ? nm.name("variable", `${m.dir}.var`, `${slot}.map`) : nm.name("ident", `${m.dir}.local`, `${slot}.map`);
          if (e.via === "var") m.variables.push([l, map]);
          else m.locals.push([l, map]);
          const ref = `${e.via === "var" ? "var" : "local"}.${l}`;
          expr = hcl(e.via === "for" ? `{ for k, v in ${ref} : k => v }` : ref);
        }
        return { attrs: [["for_each", expr]], keys, key: "each.key", value: "each.value" };
      }
      case "set": {
        const items: Expr[] = [];
        const keys: string[] = [];
        for (let i = 0; i < e.n; i++) {
          const k = nm.name("key", `${m.dir}.${slot}`, `${slot}.key${i}`);
          items.push(str(k));
          keys.push(`[${terraformKey(k)}]`);
        }
        let expr: Expr = hcl(`toset(${inline({ k: "list", items }, r)})`);
        if (e.via === "local") {
          const l = nm.name("ident", `${m.dir}.local`, `${slot}.set`);
          m.locals.push([l, { k: "list", items }]);
          expr = hcl(`toset(local.${l})`);
        }
        return { attrs: [["for_each", expr]], keys, key: "each.key", value: "each.value" };
      }
    }
  }
}

/** The module folders (and address prefixes) a placement's calls lead to, creating the calls. */
function placeModules(b: Builder, p: Placement, index: number, namer: Namer): { dir: string; prefixes: string[]; passVar: (name: string, value: Expr) => void } {
  let dir = "";
  let prefixes = [""];
  let lastCall: Block | undefined;
  p.calls.forEach((call, depth) => {
    const parent = b.module(dir);
    const folder = b.newFolder();
    const name = namer.name("ident", `${dir}.module`, `p${index}.call${depth}`);
    const ex = b.expand(call, parent, `p${index}.call${depth}`);
    const source = dir === "" ? `./${folder}` : `../${folder}`;
    lastCall = { labels: [name], attrs: [["source", str(source)], ...ex.attrs] };
    parent.modules.push(lastCall);
    prefixes = prefixes.flatMap((prefix) => ex.keys.map((k) => `${prefix}module.${name}${k}.`));
    dir = folder;
    b.module(dir);
  });
  return {
    dir,
    prefixes,
    passVar: (name, value) => {
      lastCall?.attrs.push([name, value]);
    },
  };
}

function buildPlacement(b: Builder, p: Placement, index: number, namer: Namer, instances: string[], violations: [string, string][]): void {
  const { dir, prefixes, passVar } = placeModules(b, p, index, namer);
  const m = b.module(dir);
  const res = (slot: string): string => namer.name("ident", `${dir}.resource`, `p${index}.${slot}`);
  const add = (type: string, name: string, keys: string[], violation?: string): void => {
    for (const prefix of prefixes) {
      for (const k of keys) {
        instances.push(`${prefix}${type}.${name}${k}`);
        if (violation) violations.push([violation, `${prefix}${type}.${name}${k}`]);
      }
    }
  };
  const ex = b.expand(p.expansion, m, `p${index}.main`);
  // In the scope of the instance keys: `tags` holds both, and an object's keys must differ.
  const tagKey = namer.name("key", `${dir}.p${index}.main`, `p${index}.tagkey`);
  const valueExpr = (slot: string): Expr => (ex.value ? hcl(ex.value) : namer.value(slot));
  const tags: Expr = {
    k: "obj",
    items: [[str(tagKey), valueExpr(`p${index}.tag`)], ...(ex.key ? ([[hcl(ex.key), namer.value(`p${index}.keyed`)]] as [Expr, Expr][]) : [])],
  };
  const suffix = ex.key ? `-\${${ex.key}}` : "";
  // A variable carries the setting that makes each template non-compliant.
  const variable = (kind: "acl" | "retention", plain: Expr, compliant: Expr): Expr => {
    const v = namer.name("variable", `${dir}.var`, `p${index}.${kind}`);
    const value = namer.spell(kind, plain, `p${index}.${kind}`);
    if (p.passed && p.calls.length > 0) {
      m.variables.push([v, undefined]);
      passVar(v, value);
    } else if (p.tfvars && p.calls.length === 0) {
      m.variables.push([v, compliant]);
      m.tfvars.push([v, defaultOf(value, plain)]);
    } else m.variables.push([v, defaultOf(value, plain)]);
    return hcl(`var.${v}`);
  };
  if (p.template === "oss") {
    const bucket = res("bucket");
    m.resources.push({
      labels: ["alicloud_oss_bucket", bucket],
      attrs: [...ex.attrs, ["bucket", hcl(`"gov-${index}${suffix}"`)], ["acl", variable("acl", str("public-read"), str("private"))], ["tags", tags]],
    });
    add("alicloud_oss_bucket", bucket, ex.keys, "A22.1");
    if (p.linked) {
      const block = res("block");
      const link: [string, Expr][] =
        p.expansion.kind === "map" || p.expansion.kind === "set"
          ? [
              ["for_each", hcl(`alicloud_oss_bucket.${bucket}`)],
              ["bucket", hcl("each.value.bucket")],
            ]
          : p.expansion.kind === "count"
            ? [
                ["count", hcl(`length(alicloud_oss_bucket.${bucket})`)],
                ["bucket", hcl(`alicloud_oss_bucket.${bucket}[count.index].bucket`)],
              ]
            : [["bucket", hcl(`alicloud_oss_bucket.${bucket}.bucket`)]];
      m.resources.push({ labels: ["alicloud_oss_bucket_public_access_block", block], attrs: [...link, ["block_public_access", { k: "bool", b: true }]] });
      add("alicloud_oss_bucket_public_access_block", block, ex.keys);
    }
  } else if (p.template === "sg") {
    const group = res("group");
    const rule = res("rule");
    const cidr = namer.name("ident", `${dir}.local`, `p${index}.cidr`);
    m.locals.push([cidr, namer.spell("cidr", str("0.0.0.0/0"), `p${index}.cidrspelling`)]);
    m.resources.push({ labels: ["alicloud_security_group", group], attrs: [["security_group_name", namer.value(`p${index}.groupname`)], ["vpc_id", str("vpc-1")]] });
    add("alicloud_security_group", group, [""]);
    m.resources.push({
      labels: ["alicloud_security_group_rule", rule],
      attrs: [
        ...ex.attrs,
        ["type", str("ingress")],
        ["ip_protocol", str("tcp")],
        ["port_range", namer.spell("ports", str("22/22"), `p${index}.ports`)],
        ["cidr_ip", hcl(`local.${cidr}`)],
        ["security_group_id", hcl(`alicloud_security_group.${group}.id`)],
        ["description", valueExpr(`p${index}.description`)],
      ],
    });
    add("alicloud_security_group_rule", rule, ex.keys, "A19.2");
  } else if (p.template === "mongo") {
    const db = res("mongo");
    const groups = namer.name("ident", `${dir}.local`, `p${index}.groups`);
    const entries: [Expr, Expr][] = [];
    for (let i = 0; i < p.groups; i++) {
      const key = namer.name("key", `${dir}.p${index}.groups`, `p${index}.group${i}`);
      entries.push([str(key), i === 0 ? namer.spell("cidr", str("0.0.0.0/0"), `p${index}.groupcidr`) : str("10.20.0.0/16")]);
    }
    m.locals.push([groups, { k: "obj", items: entries }]);
    const it = p.iterator ? namer.name("iterator", `${dir}.p${index}.iterator`, `p${index}.iterator`) : "security_ip_groups";
    m.resources.push({
      labels: ["alicloud_mongodb_instance", db],
      attrs: [
        ...ex.attrs,
        ["engine_version", str("6.0")],
        ["db_instance_class", str("mdb.shard.2x.xlarge.d")],
        ["db_instance_storage", num("20")],
        ["vswitch_id", str("vsw-1")],
        ["name", hcl(`"db${suffix}"`)],
        ["security_ip_list", { k: "list", items: [str("10.20.0.0/16")] }],
        ["ssl_action", str("Open")],
        ["tags", tags],
      ],
      blocks: [
        {
          type: "dynamic",
          labels: ["security_ip_groups"],
          attrs: [["for_each", hcl(`local.${groups}`)], ...(p.iterator ? ([["iterator", hcl(it)]] as [string, Expr][]) : [])],
          blocks: [
            {
              type: "content",
              labels: [],
              attrs: [
                ["security_ip_group_name", hcl(`${it}.key`)],
                ["security_ip_list", hcl(`${it}.value`)],
              ],
              blocks: [],
            },
          ],
        },
      ],
    });
    add("alicloud_mongodb_instance", db, ex.keys, "A19.3");
  } else {
    const project = res("project");
    const store = res("store");
    m.resources.push({ labels: ["alicloud_log_project", project], attrs: [["project_name", str(`gov-p${index}`)], ["tags", { k: "obj", items: [[str(tagKey), namer.value(`p${index}.ptag`)]] }]] });
    add("alicloud_log_project", project, [""]);
    m.resources.push({
      labels: ["alicloud_log_store", store],
      attrs: [
        ...ex.attrs,
        ["project_name", hcl(`alicloud_log_project.${project}.project_name`)],
        ["logstore_name", hcl(`"s${suffix}"`)],
        ["retention_period", variable("retention", num("30"), num("365"))],
      ],
    });
    add("alicloud_log_store", store, ex.keys, "A20.1");
  }
}

/** The stack of `shape` with the names `namer` gives; `random` picks among equivalent spellings. */
export function buildStack(shape: Shape, namer: Namer, random: Random): Built {
  const b = new Builder(namer, random);
  const root = b.module("");
  const instances: string[] = [];
  const violations: [string, string][] = [["A23.1", "alicloud"]];
  const region = namer.spell("region", str("cn-hongkong"), "region");
  if (shape.regionVia === "literal") root.provider = [["region", region]];
  else if (shape.regionVia === "tfvars") {
    const name = namer.name("variable", ".var", "region");
    root.variables.push([name, str("cn-hangzhou")]);
    root.tfvars.push([name, defaultOf(region, str("cn-hongkong"))]);
    root.provider = [["region", hcl(`var.${name}`)]];
  } else {
    const name = namer.name(shape.regionVia === "var" ? "variable" : "ident", shape.regionVia === "var" ? ".var" : ".local", "region");
    if (shape.regionVia === "var") root.variables.push([name, defaultOf(region, str("cn-hongkong"))]);
    else root.locals.push([name, region]);
    root.provider = [["region", hcl(`${shape.regionVia}.${name}`)]];
  }
  shape.placements.forEach((p, i) => buildPlacement(b, p, i, namer, instances, violations));
  const files = new Map<string, string>();
  for (const m of b.modules.values()) for (const [name, text] of moduleFiles(m, shape.syntax, random)) files.set(name, text);
  return { files, instances, violations };
}

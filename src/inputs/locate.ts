// Where a finding's resource is written, for reports that point at code (SARIF, HTML): the
// `resource "type" "name"` block in .tf files (in the module's own folder), the resource's entry in
// a cdk.tf.json, or its resource_changes entry in a plan. Best effort: what cannot be found points
// at the input's first line.
import * as fs from "node:fs";
import * as path from "node:path";
import { InputDocument } from "./discover";

import { Location } from "../model";

const STACK = "(stack)";

// A \u escape of a lowercase letter: only such an escape lets a key other than the text "address" read as it.
const LETTER_ESCAPE = /\\u00(?:6[1-9a-fA-F]|7[0-9aA])/;

/** Whether the text between a JSON string's quotes reads as `value` (false when it is no string). */
function decodesTo(raw: string, value: string): boolean {
  try {
    return JSON.parse(`"${raw}"`) === value;
  } catch {
    return false;
  }
}

/** Whether the character at `at` follows an odd run of backslashes: escaped, inside a string. */
function escapedAt(text: string, at: number): boolean {
  let slashes = 0;
  while (at - slashes - 1 >= 0 && text.charCodeAt(at - slashes - 1) === 92) slashes++;
  return slashes % 2 === 1;
}

/** A file's text with the offsets of its line starts, so a line number is a binary search. */
class IndexedText {
  private lineStarts?: number[];
  private addresses?: Map<string, number>;
  private blocks?: Map<string, number>;
  private readonly keysAfter = new Map<number, Map<string, number>>();
  private readonly offsets = new Map<string, number>();

  constructor(readonly text: string) {}

  lineAt(offset: number): number {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The offset of the first occurrence of `needle` at or after `from` (-1 when absent), found once. */
  find(needle: string, from = 0): number {
    const key = `${from}\u0000${needle}`;
    let at = this.offsets.get(key);
    if (at === undefined) {
      at = this.text.indexOf(needle, from);
      this.offsets.set(key, at);
    }
    return at;
  }

  /** As find, but 0 when absent: where a later search starts. */
  offsetOf(needle: string): number {
    return Math.max(0, this.find(needle));
  }

  /** The offset of the first `"address": "<address>"` after `from()`, indexed in one pass. The key
   * counts as JSON.parse reads it ("addr\u0065ss" is "address"), as the streaming index does. */
  addressAt(address: string, from: () => number): number | undefined {
    if (!this.addresses) {
      this.addresses = new Map();
      if (LETTER_ESCAPE.test(this.text)) this.indexEveryKey(from());
      else this.indexAddressKeys(from());
    }
    return this.addresses.get(address);
  }

  /** Every key matched and decoded: a key written with escapes may read as "address". */
  private indexEveryKey(from: number): void {
    const addresses = this.addresses as Map<string, number>;
    const pattern = /"(address|[^"\\]*\\(?:[^"\\]|\\.)*)"\s*:\s*("(?:[^"\\]|\\.)*")/g;
    pattern.lastIndex = from;
    for (let m = pattern.exec(this.text); m; m = pattern.exec(this.text)) {
      if (escapedAt(this.text, m.index)) {
        // An escaped quote is inside a string ("k\"address": is one key): look again from the next character.
        pattern.lastIndex = m.index + 1;
        continue;
      }
      if (m[1] !== "address" && !decodesTo(m[1], "address")) continue;
      const value = JSON.parse(m[2]) as string;
      if (!addresses.has(value)) addresses.set(value, m.index);
    }
  }

  /**
   * With no letter escaped anywhere, a key reads as "address" only written so: found by indexOf,
   * which is several times faster than matching every key (half a millisecond of a 100 KB plan).
   * A quote after an odd run of backslashes is inside a string ("k\"address": is one key), not a key's.
   */
  private indexAddressKeys(from: number): void {
    const addresses = this.addresses as Map<string, number>;
    const text = this.text;
    const value = /\s*:\s*("(?:[^"\\]|\\.)*")/y;
    for (let at = text.indexOf('"address"', from); at !== -1; at = text.indexOf('"address"', at + 1)) {
      if (escapedAt(text, at)) continue;
      value.lastIndex = at + '"address"'.length;
      const m = value.exec(text);
      if (m === null) continue;
      const decoded = JSON.parse(m[1]) as string;
      if (!addresses.has(decoded)) addresses.set(decoded, at);
    }
  }

  /** The offset of the first object key `"<key>": {` after `from`, indexed in one pass per `from`. */
  objectKeyAt(key: string, from: number): number | undefined {
    let keys = this.keysAfter.get(from);
    if (!keys) {
      keys = new Map();
      const pattern = /("(?:[^"\\]|\\.)*")\s*:\s*[{[]/g;
      pattern.lastIndex = from;
      for (let m = pattern.exec(this.text); m; m = pattern.exec(this.text)) {
        const value = JSON.parse(m[1]) as string;
        if (!keys.has(value)) keys.set(value, m.index);
      }
      this.keysAfter.set(from, keys);
    }
    return keys.get(key);
  }

  /** The offset of `resource "<type>" "<name>"` (or `data "<type>" "<name>"`, `module "<name>"`)
   * in a .tf file, indexed in one pass. */
  blockAt(block: string, type: string, name: string): number | undefined {
    if (!this.blocks) {
      this.blocks = new Map();
      for (const m of this.text.matchAll(/^[ \t]*(resource|data)\s+"([^"]+)"\s+"([^"]+)"|^[ \t]*(module)\s+"([^"]+)"/gm)) {
        const key = m[1] !== undefined ? `${m[1]}\u0000${m[2]}\u0000${m[3]}` : `module\u0000\u0000${m[5]}`;
        if (!this.blocks.has(key)) this.blocks.set(key, (m.index ?? 0) + (m[0].length - m[0].trimStart().length));
      }
    }
    return this.blocks.get(`${block}\u0000${type}\u0000${name}`);
  }
}

// An instance key as Terraform prints it: [0] or ["any \"quoted\" text, even ] or ."].
const KEY = String.raw`\[(?:"(?:[^"\\]|\\.)*"|[0-9]+)\]`;
const NAME = String.raw`[^.[\]"]+`;
const MODULE_STEP = new RegExp(String.raw`module\.(${NAME})(?:${KEY})?\.`, "g");
const ADDRESS = new RegExp(String.raw`^((?:module\.${NAME}(?:${KEY})?\.)*)(?:(data)\.)?(${NAME})\.(${NAME})(?:${KEY})?$`);
const MODULE_ADDRESS = new RegExp(String.raw`^((?:module\.${NAME}(?:${KEY})?\.)*)module\.(${NAME})(?:${KEY})?$`);

/** Module instance path -> configuration path: module.a[0].module.b["x"]. -> module.a.module.b */
function modulePath(prefix: string): string {
  return [...prefix.matchAll(MODULE_STEP)].map((m) => `module.${m[1]}`).join(".");
}

/** "module.a[0].module.b.alicloud_x.y["k"]" -> { module: "module.a.module.b", block: "resource", type, name };
 * "module.a.module.b[1]" -> { module: "module.a", block: "module", type: "", name: "b" } */
function splitAddress(address: string): { module: string; block: "resource" | "data" | "module"; type: string; name: string } | undefined {
  const call = MODULE_ADDRESS.exec(address);
  if (call) return { module: modulePath(call[1]), block: "module", type: "", name: call[2] };
  const resource = ADDRESS.exec(address);
  if (resource) return { module: modulePath(resource[1]), block: resource[2] === "data" ? "data" : "resource", type: resource[3], name: resource[4] };
  return undefined;
}

/** "module.net:alicloud.dr" -> { module: "module.net", alias: "dr" } */
function splitProviderKey(key: string): { module: string; alias: string } | undefined {
  const match = /^(?:(.*):)?alicloud(?:\.(.+))?$/.exec(key);
  return match ? { module: match[1] ?? "", alias: match[2] ?? "" } : undefined;
}

// Locators made ahead (prepareLocator), until the report that needs them takes them (takeLocator).
const prepared = new WeakMap<InputDocument, Locator>();

/** Reads ahead, for a thread that would otherwise wait for the workers, what locating the findings
 * of a plan parsed whole will read: the file again, its lines and its addresses. Best effort, as
 * locating is: what cannot be read here is read again, and fails as it would, when it is needed. */
export function prepareLocator(doc: InputDocument): void {
  if (doc.kind !== "plan" || doc.indexed !== undefined || prepared.has(doc)) return;
  const locator = new Locator(doc);
  locator.prepare();
  prepared.set(doc, locator);
}

/** The locator of a document: the one prepared for it, let go here, or a new one. */
export function takeLocator(doc: InputDocument): Locator {
  const locator = prepared.get(doc);
  if (locator === undefined) return new Locator(doc);
  prepared.delete(doc);
  return locator;
}

export class Locator {
  private readonly cache = new Map<string, IndexedText>();

  constructor(private readonly doc: InputDocument) {}

  /** What inJson reads for a plan's resources, read now (prepareLocator). */
  prepare(): void {
    try {
      const indexed = this.read(this.doc.file);
      indexed.addressAt("", () => indexed.offsetOf('"resource_changes"'));
      indexed.lineAt(0);
    } catch {
      // Read again when a finding is located, which falls back as it always has.
    }
  }

  locate(resource: string): Location {
    const fallback = { file: this.doc.kind === "hcl" ? (this.doc.sources[0] ?? this.doc.file) : this.doc.file, line: 1 };
    if (resource === STACK) return fallback;
    try {
      return this.declared(resource) ?? (this.doc.kind === "hcl" ? this.inHcl(resource) : this.doc.indexed ? this.inIndex(resource) : this.inJson(resource)) ?? fallback;
    } catch {
      return fallback;
    }
  }

  /** Configuration: the declaration's file and line as the reader recorded them. */
  private declared(resource: string): Location | undefined {
    // Declarations first: a plan has none, and splitting every finding's address was a regex each.
    if (!this.doc.declarations) return undefined;
    const parts = splitAddress(resource);
    if (!parts) return undefined;
    const key = parts.block === "module" ? `module.${parts.name}` : parts.block === "data" ? `data.${parts.type}.${parts.name}` : `${parts.type}.${parts.name}`;
    const at = this.doc.declarations.get(parts.module)?.get(key);
    if (at === undefined) return undefined;
    if (at.line !== undefined) return { file: at.file, line: at.line };
    const indexed = this.read(at.file);
    const offset = indexed.blockAt(parts.block, parts.type, parts.name);
    return { file: at.file, line: offset === undefined ? 1 : indexed.lineAt(offset) };
  }

  private read(file: string): IndexedText {
    let text = this.cache.get(file);
    if (text === undefined) {
      const source = file === this.doc.file ? this.doc.sourceText : undefined;
      text = new IndexedText(source !== undefined ? source.toString("utf8") : fs.readFileSync(file, "utf8"));
      this.cache.set(file, text);
    }
    return text;
  }

  private filesOf(module: string): string[] {
    const dir = this.doc.moduleDirs?.[module];
    if (dir === undefined) return [];
    return this.doc.sources.filter((f) => path.dirname(f) === path.resolve(dir) || path.dirname(f) === dir).filter((f) => f.endsWith(".tf"));
  }

  private inHcl(resource: string): Location | undefined {
    const provider = splitProviderKey(resource);
    if (provider) {
      const pattern = new RegExp(`provider\\s+"alicloud"\\s*\\{`, "g");
      for (const file of this.filesOf(provider.module)) {
        const indexed = this.read(file);
        const text = indexed.text;
        for (const match of text.matchAll(pattern)) {
          const block = text.slice(match.index, text.indexOf("}", match.index) + 1);
          const alias = /alias\s*=\s*"([^"]*)"/.exec(block)?.[1] ?? "";
          if (alias === provider.alias) return { file, line: indexed.lineAt(match.index ?? 0) };
        }
      }
      return undefined;
    }
    const parts = splitAddress(resource);
    if (!parts) return undefined;
    for (const file of this.filesOf(parts.module)) {
      const indexed = this.read(file);
      const at = indexed.blockAt(parts.block, parts.type, parts.name);
      if (at !== undefined) return { file, line: indexed.lineAt(at) };
    }
    return undefined;
  }

  private addressLines?: Map<string, number>;

  /** A plan read as an index (plan-index.ts): the lines it recorded, never the file read whole. */
  private inIndex(resource: string): Location | undefined {
    const plan = this.doc.indexed;
    if (!plan) return undefined;
    const file = this.doc.file;
    if (splitProviderKey(resource)) {
      const line = plan.providerLine?.(resource);
      return line === undefined ? undefined : { file, line };
    }
    if (!plan.hasResourceChanges) {
      // Evaluated from planned_values: point where the whole-file reader points, at its address.
      const line = plan.plannedLine?.(resource);
      return line === undefined ? undefined : { file, line };
    }
    if (!this.addressLines) {
      this.addressLines = new Map();
      for (let i = 0; i < plan.changeCount; i++) {
        const change = plan.change(i);
        if (!this.addressLines.has(change.address)) this.addressLines.set(change.address, change.line);
      }
    }
    const line = this.addressLines.get(resource);
    return line === undefined ? undefined : { file, line };
  }

  private inJson(resource: string): Location | undefined {
    const file = this.doc.file;
    const indexed = this.read(file);
    const text = indexed.text;
    if (this.doc.kind === "plan") {
      const provider = splitProviderKey(resource);
      if (provider) {
        // The last provider_config: JSON.parse keeps the last of duplicate members, so that is the
        // configuration evaluated (the streaming index points there too).
        const at = text.indexOf(`"${resource}"`, Math.max(0, text.lastIndexOf('"provider_config"')));
        return at === -1 ? undefined : { file, line: indexed.lineAt(at) };
      }
      const at = indexed.addressAt(resource, () => indexed.offsetOf('"resource_changes"'));
      return at === undefined ? undefined : { file, line: indexed.lineAt(at) };
    }
    const parts = splitAddress(resource);
    if (!parts) {
      const at = indexed.find('"provider"');
      return at === -1 ? undefined : { file, line: indexed.lineAt(at) };
    }
    if (parts.block === "module") {
      const at = indexed.objectKeyAt(parts.name, indexed.offsetOf('"module"'));
      return at === undefined ? undefined : { file, line: indexed.lineAt(at) };
    }
    const typeAt = indexed.find(`"${parts.type}"`, indexed.offsetOf(`"${parts.block}"`));
    if (typeAt === -1) return undefined;
    const nameAt = indexed.objectKeyAt(parts.name, typeAt);
    return { file, line: indexed.lineAt(nameAt ?? typeAt) };
  }
}

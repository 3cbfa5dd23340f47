// Between configuration JSON and values. A body's JSON (hcl2json output or Terraform JSON) holds
// templates in its strings; values go back to JSON the way Terraform's plan writes them:
// `after` without unknowns (omitted in objects, null in lists), `after_unknown` mirroring the
// structure with true where a value is unknown. Objects built here have no prototype, so a key
// such as "__proto__" is an ordinary key until JSON.stringify writes it.
import { checkValueDepth, formatNumber } from "../hcl/convert";
import { combineUnknowns } from "../hcl/unknowns";
import { ListValue, nfc, ObjectValue, Scope, Unknown, Value } from "../hcl/value";
import { compile, evaluateIn } from "./engine";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

import { isObject } from "../model";

export { isObject };

export function emptyObject<T = Json>(): { [key: string]: T } {
  return Object.create(null) as { [key: string]: T };
}

/** Keys of an input object that may be templates (a map key written "${var.k}"). */
function isTemplateKey(key: string): boolean {
  return key.includes("${") || key.includes("%{") || key.includes("$${") || key.includes("%%{");
}

/** The value of configuration JSON in `scope`: strings are templates (evaluated without functions
 * when `constantsOnly`, as a variables file's are). */
export function valueOf(raw: unknown, scope: Scope, depth = 0, constantsOnly = false): Value {
  checkValueDepth(depth);
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") return evaluateIn(compile(raw), scope, constantsOnly);
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : new Unknown("unsupported", "a number too large to represent");
  if (typeof raw === "boolean") return raw;
  if (Array.isArray(raw)) return new ListValue(raw.map((item) => valueOf(item, scope, depth + 1, constantsOnly)));
  if (isObject(raw)) {
    const entries = new Map<string, Value>();
    for (const key of Object.keys(raw)) {
      // A key is a string like any other: NFC, as Terraform's (see nfc).
      let name = nfc(key);
      if (isTemplateKey(key)) {
        const k = evaluateIn(compile(key), scope, constantsOnly);
        if (k instanceof Unknown) return k;
        if (typeof k === "number") name = formatNumber(k);
        else if (typeof k === "boolean") name = String(k);
        else if (typeof k === "string") name = k;
        else return new Unknown("unsupported", `a map key ${key} that is not a string`);
      }
      entries.set(name, valueOf(raw[key], scope, depth + 1, constantsOnly));
    }
    return new ObjectValue(entries);
  }
  return new Unknown("unsupported", "a value of an unknown kind");
}

/** A value as JSON: `after` form (unknowns omitted in objects, null in lists). */
export function afterJson(v: Value, depth = 0): Json {
  checkValueDepth(depth);
  if (v instanceof Unknown) return null;
  if (v instanceof ListValue) return v.items.map((item) => afterJson(item, depth + 1));
  if (v instanceof ObjectValue) {
    const out = emptyObject();
    for (const key of v.keys()) {
      const item = v.get(key) ?? null;
      if (!(item instanceof Unknown)) out[key] = afterJson(item, depth + 1);
    }
    return out;
  }
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

/** v's structure with a leaf for each unknown part (and each number too large to represent) and
 * false elsewhere; objects keep only entries that are not plain false. */
function unknownParts(v: Value, leaf: (u: Unknown) => Json, tooLarge: Json, depth: number): Json {
  checkValueDepth(depth);
  if (v instanceof Unknown) return leaf(v);
  if (v instanceof ListValue) return v.items.map((item) => unknownParts(item, leaf, tooLarge, depth + 1));
  if (v instanceof ObjectValue) {
    const out = emptyObject();
    for (const key of v.keys()) {
      const part = unknownParts(v.get(key) ?? null, leaf, tooLarge, depth + 1);
      if (part !== false) out[key] = part;
    }
    return out;
  }
  if (typeof v === "number" && !Number.isFinite(v)) return tooLarge;
  return false;
}

/** Terraform's unknownAsBool: true where unknown; lists element by element; objects keep only
 * entries that are not plain false. */
export function unknownJson(v: Value, depth = 0): Json {
  return unknownParts(v, () => true, true, depth);
}

/** What each unknown part of v is set from, in the structure of unknownJson: the Unknown's text
 * where unknownJson has true, false where it has false (govguard_unknown, read by lib.fields). */
export function unknownTextJson(v: Value, depth = 0): Json {
  return unknownParts(v, (u) => u.detail, "a number too large to represent", depth);
}

/** The same structure with `flag` at every leaf (after_sensitive for a wholly sensitive value is
 * just true; this gives the false skeleton of a value that is not). */
export function skeletonJson(v: Value, depth = 0): Json {
  checkValueDepth(depth);
  if (v instanceof ListValue) return v.items.map((item) => skeletonJson(item, depth + 1));
  if (v instanceof ObjectValue) {
    const out = emptyObject();
    for (const key of v.keys()) {
      const flag = skeletonJson(v.get(key) ?? null, depth + 1);
      if (flag !== false) out[key] = flag;
    }
    return out;
  }
  return false;
}

/** A wholly known value as JSON, or undefined when any part is unknown. */
export function knownJson(v: Value, depth = 0): Json | undefined {
  checkValueDepth(depth);
  if (v instanceof Unknown) return undefined;
  if (typeof v === "number" && !Number.isFinite(v)) return undefined;
  if (v instanceof ListValue) {
    const out: Json[] = [];
    for (const item of v.items) {
      const j = knownJson(item, depth + 1);
      if (j === undefined) return undefined;
      out.push(j);
    }
    return out;
  }
  if (v instanceof ObjectValue) {
    const out = emptyObject();
    for (const key of v.keys()) {
      const j = knownJson(v.get(key) ?? null, depth + 1);
      if (j === undefined) return undefined;
      out[key] = j;
    }
    return out;
  }
  return v;
}

/** Every Unknown inside v with the object keys on the way to it. */
export function unknownsWithin(v: Value, keys: string[] = [], depth = 0, out: { keys: string[]; unknown: Unknown }[] = []): { keys: string[]; unknown: Unknown }[] {
  checkValueDepth(depth);
  if (v instanceof Unknown) out.push({ keys, unknown: v });
  else if (typeof v === "number" && !Number.isFinite(v)) out.push({ keys, unknown: new Unknown("unsupported", "a number too large to represent") });
  else if (v instanceof ListValue) for (const item of v.items) unknownsWithin(item, keys, depth + 1, out);
  else if (v instanceof ObjectValue) for (const key of v.keys()) unknownsWithin(v.get(key) ?? null, [...keys, key], depth + 1, out);
  return out;
}

/** A value as a plan shows it: a list or set of primitives with an element unknown before apply
 * is unknown as a whole (Terraform plans a set that way, and the policies read an allow-list
 * either as known or as unknown, never as a known list with a hole in it). */
export function settled(v: Value, depth = 0): Value {
  checkValueDepth(depth);
  if (v instanceof ListValue) {
    const items = v.items.map((item) => settled(item, depth + 1));
    const unknowns = items.filter((item): item is Unknown => item instanceof Unknown);
    if (unknowns.length > 0 && items.every((item) => !(item instanceof ObjectValue) && !(item instanceof ListValue))) {
      return combineUnknowns(unknowns, unknowns[0].detail);
    }
    return new ListValue(items, v.kind);
  }
  if (v instanceof ObjectValue) return new ObjectValue(new Map(v.keys().map((k) => [k, settled(v.get(k) ?? null, depth + 1)])));
  return v;
}

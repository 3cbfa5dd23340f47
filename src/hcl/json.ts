// Between Values and JSON: literal values read from JSON, values written into plan JSON (objects
// with a null prototype, so no key is special), and JSON attribute values as expressions
// (Terraform JSON syntax: every string, and every object key, is a template).
import type { Expression, LiteralNode, ObjectNode, TupleNode } from "./ast";
import { amount, CapError, moreThan, NUMBER_RANGE } from "./errors";
import { checkValueDepth, entryOf } from "./convert";
import { MAX_NESTING_DEPTH } from "./caps";
import { parseTemplate } from "./parser";
import { ListValue, nfc, ObjectValue, Unknown, Value } from "./value";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function entriesOf(x: object): [string, unknown][] {
  if (x instanceof Map) return [...x.entries()].map(([k, v]) => [String(k), v]);
  return Object.keys(x).map((k) => [k, (x as Record<string, unknown>)[k]]);
}

/** A JSON value (from JSON.parse, or an object with a null prototype, or a Map) as a literal Value:
 * strings are not templates here. */
const NUMBER_BEYOND_RANGE = { zh: "超出数值范围的数字", en: "a number beyond the range of numbers" };

function notJson(x: unknown): CapError {
  return new CapError("value", { zh: `${typeof x} 类型的值`, en: `a ${typeof x}` }, { zh: "仅限 JSON 值", en: "JSON values only" });
}

export function fromJSON(x: unknown, depth = 0): Value {
  checkValueDepth(depth);
  if (x === null || x === undefined) return null;
  if (typeof x === "boolean") return x;
  // Strings as cty holds them (jsondecode builds its strings with cty.StringVal); keys as written.
  if (typeof x === "string") return nfc(x);
  if (typeof x === "number") {
    if (!Number.isFinite(x)) throw new CapError("number", NUMBER_BEYOND_RANGE, NUMBER_RANGE);
    return x;
  }
  if (Array.isArray(x)) return new ListValue(x.map((v) => fromJSON(v, depth + 1)));
  if (typeof x === "object") return new ObjectValue(new Map(entriesOf(x).map(([k, v]) => [k, fromJSON(v, depth + 1)])));
  throw notJson(x);
}

/** A wholly known value as JSON; an Unknown anywhere becomes `unknownAs(u)` (default null). */
export function toJSON(v: Value, unknownAs: (u: Unknown) => unknown = () => null, depth = 0): unknown {
  checkValueDepth(depth);
  if (v instanceof Unknown) return unknownAs(v);
  if (v instanceof ListValue) return v.items.map((x) => toJSON(x, unknownAs, depth + 1));
  if (v instanceof ObjectValue) {
    const out: Record<string, unknown> = Object.create(null);
    for (const k of v.keys()) out[k] = toJSON(entryOf(v, k), unknownAs, depth + 1);
    return out;
  }
  return v;
}

/** The value as a plan's `after` and `after_unknown` show it: unknown object attributes are left
 * out of `after` (null in lists) and marked true in `after_unknown`, which omits known attributes
 * of objects and holds false for known list elements. A wholly unknown value: after undefined,
 * afterUnknown true. */
export function toPlanJSON(v: Value, depth = 0): { after: unknown; afterUnknown: unknown } {
  checkValueDepth(depth);
  if (v instanceof Unknown) return { after: undefined, afterUnknown: true };
  if (v instanceof ListValue) {
    const parts = v.items.map((x) => toPlanJSON(x, depth + 1));
    return { after: parts.map((p) => (p.after === undefined ? null : p.after)), afterUnknown: parts.map((p) => p.afterUnknown) };
  }
  if (v instanceof ObjectValue) {
    const after: Record<string, unknown> = Object.create(null);
    const afterUnknown: Record<string, unknown> = Object.create(null);
    for (const k of v.keys()) {
      const p = toPlanJSON(entryOf(v, k), depth + 1);
      if (p.after !== undefined) after[k] = p.after;
      if (p.afterUnknown !== false) afterUnknown[k] = p.afterUnknown;
    }
    return { after, afterUnknown };
  }
  return { after: v, afterUnknown: false };
}

/** A JSON attribute value of Terraform JSON syntax (or hcl2json output) as an expression: strings
 * and object keys are templates, numbers/bools/null literals. `source` names it in messages. */
export function parseJSONValue(x: unknown, depth = 0): Expression {
  if (depth > MAX_NESTING_DEPTH) {
    throw new CapError("expression nesting", moreThan(MAX_NESTING_DEPTH, "levels"), amount(MAX_NESTING_DEPTH, "levels"));
  }
  if (typeof x === "string") return parseTemplate(x);
  if (x === null || x === undefined || typeof x === "boolean" || typeof x === "number") {
    if (typeof x === "number" && !Number.isFinite(x)) throw new CapError("number", NUMBER_BEYOND_RANGE, NUMBER_RANGE);
    const src = JSON.stringify(x ?? null);
    return { kind: "literal", value: x ?? null, src, start: 0, end: src.length, depth: 1 } satisfies LiteralNode;
  }
  if (Array.isArray(x)) {
    const items = x.map((v) => parseJSONValue(v, depth + 1));
    const src = shortJSON(x);
    let deepest = 0;
    for (const i of items) deepest = Math.max(deepest, i.depth);
    return { kind: "tuple", items, src, start: 0, end: src.length, depth: 1 + deepest } satisfies TupleNode;
  }
  if (typeof x === "object") {
    const items = entriesOf(x).map(([k, v]) => ({ key: parseTemplate(k), value: parseJSONValue(v, depth + 1) }));
    const src = shortJSON(x);
    let d = 1;
    for (const i of items) d = Math.max(d, 1 + i.key.depth, 1 + i.value.depth);
    return { kind: "object", items, src, start: 0, end: src.length, depth: d } satisfies ObjectNode;
  }
  throw notJson(x);
}

/** A short JSON rendering for messages (sourceText of JSON-built nodes). */
function shortJSON(x: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(x instanceof Map ? Object.fromEntries(x) : x) ?? "";
  } catch {
    s = "<value>";
  }
  return s.length > 200 ? s.slice(0, 197) + "..." : s;
}

export type { Json };

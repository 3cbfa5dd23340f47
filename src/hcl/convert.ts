// Terraform's (cty's) conversions between values, equality, key order and set construction.
import { EvalError } from "./errors";
import { MAX_NESTING_DEPTH, checkStringLength } from "./caps";
import { amount, CapError, moreThan } from "./errors";
import { parseNumberText } from "./scanner";
import { HashType, inSetHashOrder } from "./set-order";
import { known } from "./unknowns";
import { ListValue, ObjectValue, Unknown, Value } from "./value";

/** Values nested deeper than this are refused by the helpers that walk them (recursion bound). */
export const MAX_VALUE_DEPTH = 4 * MAX_NESTING_DEPTH;

export function checkValueDepth(depth: number): void {
  if (depth > MAX_VALUE_DEPTH) {
    throw new CapError("value nesting", moreThan(MAX_VALUE_DEPTH, "levels"), amount(MAX_VALUE_DEPTH, "levels"));
  }
}

export function typeName(v: Value): string {
  if (v === null) return "null";
  if (v instanceof Unknown) return "unknown";
  if (v instanceof ListValue) return v.kind === "set" ? "set" : "list";
  if (v instanceof ObjectValue) return "object";
  return typeof v;
}

/** A number as Terraform writes it in a string: plain decimal, never an exponent. */
export function formatNumber(n: number): string {
  if (Object.is(n, -0)) return "0";
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, whole, frac = "", expText] = m;
  const exp = Number(expText);
  const digits = whole + frac;
  const point = whole.length + exp;
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`.replace(/0+$/, "");
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Conversion to string as for templates and string parameters (number, bool, string). */
export function toStr(v: Value, what = "value"): string {
  v = known(v);
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v === null) throw new EvalError(`${what} is null; a string is required`);
  throw new EvalError(`${what} is a ${typeName(v)}; a string is required`);
}

export function toNum(v: Value, what = "value"): number {
  v = known(v);
  if (typeof v === "number") return v;
  if (typeof v === "string") {
    const n = parseNumberText(v, "number conversion");
    if (Number.isNaN(n)) throw new EvalError(`${what}: cannot convert ${JSON.stringify(v.slice(0, 40))} to a number`);
    return n;
  }
  if (v === null) throw new EvalError(`${what} is null; a number is required`);
  throw new EvalError(`${what} is a ${typeName(v)}; a number is required`);
}

export function toBool(v: Value, what = "value"): boolean {
  v = known(v);
  if (typeof v === "boolean") return v;
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  if (v === null) throw new EvalError(`${what} is null; a bool is required`);
  throw new EvalError(`${what} is a ${typeName(v)}; a bool is required`);
}

export function toInt(v: Value, what = "value"): number {
  const n = toNum(v, what);
  if (!Number.isInteger(n)) throw new EvalError(`${what} must be a whole number, not ${formatNumber(n)}`);
  return n;
}

export function toList(v: Value, what = "value"): ListValue {
  v = known(v);
  if (v instanceof ListValue) return v;
  throw new EvalError(`${what} is a ${typeName(v)}; a list, tuple or set is required`);
}

export function toObject(v: Value, what = "value"): ObjectValue {
  v = known(v);
  if (v instanceof ObjectValue) return v;
  throw new EvalError(`${what} is a ${typeName(v)}; an object or map is required`);
}

/** Compares strings by Unicode code point (the UTF-8 byte order Terraform sorts keys in). */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const hx = x >= 0xd800 && x <= 0xdfff;
    const hy = y >= 0xd800 && y <= 0xdfff;
    if (hx !== hy) return hx ? 1 : -1; // surrogates (astral code points) sort after other BMP units
    return x - y;
  }
  return a.length - b.length;
}

/** An object's keys in Terraform's iteration order (lexical). */
export function sortedKeys(o: ObjectValue): string[] {
  return o.keys().sort(compareStrings);
}

export function entryOf(o: ObjectValue, key: string): Value {
  const v = o.get(key);
  if (v === undefined) throw new EvalError(`object has no element ${JSON.stringify(key)}`);
  return v;
}

/** Terraform's == : no conversion between types; unknown parts make the answer unknown. */
export function equals(a: Value, b: Value, depth = 0): boolean {
  checkValueDepth(depth);
  a = known(a);
  b = known(b);
  if (a === null || b === null) return a === b;
  if (a instanceof ListValue) {
    if (!(b instanceof ListValue) || (a.kind === "set") !== (b.kind === "set") || a.items.length !== b.items.length) return false;
    if (a.kind === "set") return a.items.every((x) => b.items.some((y) => equals(x, y, depth + 1)));
    return a.items.every((x, i) => equals(x, b.items[i], depth + 1));
  }
  if (a instanceof ObjectValue) {
    if (!(b instanceof ObjectValue)) return false;
    const ka = a.keys();
    if (ka.length !== b.keys().length) return false;
    return ka.every((k) => {
      const y = b.get(k);
      return y !== undefined && equals(entryOf(a, k), y, depth + 1);
    });
  }
  return a === b;
}

/** A canonical text for a wholly known value (set membership, distinct); refused once longer
 * than MAX_STRING_LENGTH. Strings are their own key (no copy). */
export function canonical(v: Value): string {
  v = known(v);
  // Strings are their own key unless they start with \u0000 or \u0001, which mark the others.
  if (typeof v === "string") return /^[\u0000\u0001]/.test(v) ? "\u0001" + v : v;
  const parts: string[] = [];
  let length = 0;
  const emit = (s: string) => {
    length += s.length;
    checkStringLength(length, "set element");
    parts.push(s);
  };
  const walk = (x: Value, depth: number): void => {
    checkValueDepth(depth);
    x = known(x);
    if (x === null) emit("n");
    else if (typeof x === "string") emit("s" + JSON.stringify(x));
    else if (typeof x === "number") emit("d" + formatNumber(x));
    else if (typeof x === "boolean") emit(x ? "t" : "f");
    else if (x instanceof ListValue) {
      emit(x.kind === "set" ? "S[" : "L[");
      for (const item of x.items) {
        walk(item, depth + 1);
        emit(",");
      }
      emit("]");
    } else {
      emit("O{");
      for (const k of sortedKeys(x)) {
        emit(JSON.stringify(k) + ":");
        walk(entryOf(x, k), depth + 1);
        emit(",");
      }
      emit("}");
    }
  };
  walk(v, 0);
  return "\u0000" + parts.join("");
}

/** Converts primitive elements to one type as Terraform does for lists, sets and maps: with any
 * string present, numbers and bools become strings. Unknowns and nulls are kept. */
export function unifyPrimitives(items: readonly Value[]): Value[] {
  const kinds = new Set(items.filter((v) => v !== null && !(v instanceof Unknown)).map(typeName));
  if (kinds.size <= 1) return [...items];
  const primitive = [...kinds].every((k) => k === "string" || k === "number" || k === "boolean");
  if (primitive && kinds.has("string")) return items.map((v) => (v === null || v instanceof Unknown ? v : toStr(v)));
  if ([...kinds].every((k) => k === "list" || k === "set")) return [...items];
  if ([...kinds].every((k) => k === "object")) return [...items];
  throw new EvalError(`elements of types ${[...kinds].join(" and ")} cannot be combined in one collection`);
}

/** A set: elements unified, duplicates removed, in Terraform's order (strings, numbers, bools by
 * value; any other element by its cty hash text, as its `type` shapes it when known). An unknown
 * element makes the whole set unknown (UnknownHit). */
export function makeSet(items: readonly Value[], type?: HashType): ListValue {
  const unified = unifyPrimitives(items);
  const seen = new Map<string, Value>();
  for (const v of unified) {
    if (v === null) throw new EvalError("a set cannot contain null");
    const key = canonical(v);
    if (!seen.has(key)) seen.set(key, v);
  }
  const out = [...seen.values()];
  if (out.every((v) => typeof v === "string")) (out as string[]).sort(compareStrings);
  else if (out.every((v) => typeof v === "number")) (out as number[]).sort((a, b) => a - b);
  else if (out.every((v) => typeof v === "boolean")) (out as boolean[]).sort((a, b) => Number(a) - Number(b));
  else return new ListValue(inSetHashOrder(out, type), "set");
  return new ListValue(out, "set");
}

export function makeObject(entries: Iterable<readonly [string, Value]>): ObjectValue {
  return new ObjectValue(new Map(entries));
}

/** Is every part of v known? (Walks lists and objects.) */
export function isWhollyKnown(v: Value, depth = 0): boolean {
  checkValueDepth(depth);
  if (v instanceof Unknown) return false;
  if (v instanceof ListValue) return v.items.every((x) => isWhollyKnown(x, depth + 1));
  if (v instanceof ObjectValue) return v.keys().every((k) => isWhollyKnown(v.get(k) ?? null, depth + 1));
  return true;
}

/** The first Unknown inside v, if any. */
export function firstUnknown(v: Value, depth = 0): Unknown | undefined {
  checkValueDepth(depth);
  if (v instanceof Unknown) return v;
  if (v instanceof ListValue) {
    for (const x of v.items) {
      const u = firstUnknown(x, depth + 1);
      if (u) return u;
    }
  } else if (v instanceof ObjectValue) {
    for (const k of v.keys()) {
      const u = firstUnknown(v.get(k) ?? null, depth + 1);
      if (u) return u;
    }
  }
  return undefined;
}

/** Throws UnknownHit if any part of v is unknown. */
export function requireWhollyKnown(v: Value): Value {
  const u = firstUnknown(v);
  if (u) known(u);
  return v;
}

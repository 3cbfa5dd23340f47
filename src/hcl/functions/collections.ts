// Collection functions: lists, sets, maps and objects.
import { amount, amountPer, CapError, EvalError } from "../errors";
import { MAX_COLLECTION_ELEMENTS } from "../caps";
import {
  canonical,
  compareStrings,
  entryOf,
  equals,
  makeSet,
  sortedKeys,
  toInt,
  toList,
  toNum,
  toObject,
  toStr,
  typeName,
  unifyPrimitives,
  checkValueDepth,
  requireWhollyKnown,
} from "../convert";
import { known, UnknownHit } from "../unknowns";
import { ListValue, ObjectValue, Unknown, Value } from "../value";
import { fn, list, object, set, typedList } from "./define";
import type { CallContext, HclFunction } from "./types";

function listArg(v: Value, what: string): ListValue {
  if (v === null) throw new EvalError(`${what} is null`);
  return toList(v, what);
}

function flattenInto(v: Value, out: Value[], ctx: CallContext, depth: number): void {
  checkValueDepth(depth);
  for (const item of listArg(v, "the argument").items) {
    const k = known(item);
    if (k instanceof ListValue) flattenInto(k, out, ctx, depth + 1);
    else out.push(k);
    if (out.length > MAX_COLLECTION_ELEMENTS) ctx.budget.spend(out.length, "flatten()");
  }
}

function mapping(v: Value, what: string): ObjectValue {
  if (v === null) throw new EvalError(`${what} is null`);
  return toObject(v, what);
}

export const COLLECTION_FUNCTIONS: Record<string, HclFunction> = {
  merge: fn(0, Infinity, "merges maps/objects; later arguments win", (args, ctx) => {
    const out = new Map<string, Value>();
    for (const a of args) {
      if (a === null) continue;
      const o = mapping(a, "an argument");
      for (const k of o.keys()) out.set(k, entryOf(o, k));
    }
    return object(ctx, out);
  }),
  tomap: fn(1, 1, "converts an object to a map", (args, ctx) => {
    if (args[0] === null) return null;
    const o = mapping(args[0], "the argument");
    const keys = o.keys();
    const values = unifyPrimitives(keys.map((k) => entryOf(o, k)));
    return object(ctx, new Map(keys.map((k, i) => [k, values[i]])));
  }),
  toset: fn(1, 1, "converts a list or tuple to a set (unique, ordered)", (args, ctx) => {
    if (args[0] === null) return null;
    return set(ctx, [...listArg(args[0], "the argument").items]);
  }),
  tolist: fn(1, 1, "converts a set or tuple to a list", (args, ctx) => {
    if (args[0] === null) return null;
    return typedList(ctx, [...listArg(args[0], "the argument").items]);
  }),
  flatten: fn(1, 1, "flattens nested lists into one list", (args, ctx) => {
    const out: Value[] = [];
    flattenInto(args[0], out, ctx, 0);
    return list(ctx, out);
  }),
  keys: fn(1, 1, "the keys of a map, sorted", (args, ctx) => list(ctx, sortedKeys(mapping(args[0], "the argument")))),
  values: fn(1, 1, "the values of a map, in key order", (args, ctx) => {
    const o = mapping(args[0], "the argument");
    return list(ctx, sortedKeys(o).map((k) => entryOf(o, k)));
  }),
  zipmap: fn(2, 2, "a map from a list of keys and a list of values", (args, ctx) => {
    const ks = listArg(args[0], "the keys").items;
    const vs = listArg(args[1], "the values").items;
    if (ks.length !== vs.length) throw new EvalError(`${ks.length} keys but ${vs.length} values`);
    const out = new Map<string, Value>();
    ks.forEach((k, i) => out.set(toStr(k, "a key"), vs[i]));
    return object(ctx, out);
  }),
  // As cty's lookup: unknown unless the map is wholly known, even for a key whose value is known
  // (a plan shows it unknown).
  lookup: fn(2, 3, "a map element by key, or the default", (args) => {
    const o = mapping(args[0], "the map");
    const k = toStr(args[1], "the key");
    requireWhollyKnown(o);
    const v = o.get(k);
    if (v !== undefined) return v;
    if (args.length === 3) return args[2];
    throw new EvalError(`no element with key ${JSON.stringify(k)} and no default`);
  }),
  concat: fn(0, Infinity, "joins lists into one", (args, ctx) => {
    const out: Value[] = [];
    for (const a of args) for (const item of listArg(a, "an argument").items) out.push(item);
    return list(ctx, out);
  }),
  distinct: fn(1, 1, "removes duplicate elements, keeping the first", (args, ctx) => {
    const seen = new Set<string>();
    const out: Value[] = [];
    for (const v of listArg(args[0], "the argument").items) {
      const key = canonical(v);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(v);
      }
    }
    return list(ctx, out);
  }),
  setunion: fn(1, Infinity, "the union of sets", (args, ctx) => set(ctx, args.flatMap((a) => [...listArg(a, "an argument").items]))),
  setintersection: fn(1, Infinity, "the elements common to all sets", (args, ctx) => {
    const sets = args.map((a) => makeSet([...listArg(a, "an argument").items]));
    const rest = sets.slice(1).map((s) => new Set(s.items.map((v) => canonical(v))));
    return set(ctx, sets[0].items.filter((v) => rest.every((r) => r.has(canonical(v)))));
  }),
  setsubtract: fn(2, 2, "the elements of the first set not in the second", (args, ctx) => {
    const minus = new Set(makeSet([...listArg(args[1], "the second argument").items]).items.map((v) => canonical(v)));
    return set(ctx, makeSet([...listArg(args[0], "the first argument").items]).items.filter((v) => !minus.has(canonical(v))));
  }),
  // As cty's contains: an exact match is found even beside elements not known before apply; only
  // without one do those make the answer unknown.
  contains: fn(
    2,
    2,
    "whether a list or set contains a value",
    (args) => {
      const items = listArg(known(args[0]), "the list").items;
      if (items.length === 0) return false;
      const value = known(args[1]);
      let unknown: UnknownHit | undefined;
      for (const item of items) {
        try {
          if (equals(item, value)) return true;
        } catch (e: unknown) {
          if (!(e instanceof UnknownHit)) throw e;
          unknown ??= e;
        }
      }
      if (unknown) throw unknown;
      return false;
    },
    true,
  ),
  length: fn(1, 1, "the number of elements, keys or characters", (args) => {
    const v = known(args[0]);
    if (v instanceof ListValue) return v.items.length;
    if (v instanceof ObjectValue) return v.keys().length;
    if (typeof v === "string") return graphemes(v).length;
    throw new EvalError(`cannot take the length of a ${typeName(v)}`);
  }),
  element: fn(2, 2, "a list element by index (wrapping around)", (args) => {
    const items = listArg(args[0], "the list").items;
    const i = toInt(args[1], "the index");
    if (items.length === 0) throw new EvalError("cannot use element() on an empty list");
    if (i < 0) throw new EvalError("the index must not be negative");
    return items[i % items.length];
  }),
  index: fn(2, 2, "the index of a value in a list", (args) => {
    const items = listArg(args[0], "the list").items;
    const i = items.findIndex((v) => equals(v, args[1]));
    if (i < 0) throw new EvalError("the value is not in the list");
    return i;
  }),
  slice: fn(3, 3, "the elements from start (inclusive) to end (exclusive)", (args, ctx) => {
    const items = listArg(args[0], "the list").items;
    const start = toInt(args[1], "the start index");
    const end = toInt(args[2], "the end index");
    if (start < 0 || end > items.length || start > end) throw new EvalError(`slice(${start}, ${end}) is out of range for ${items.length} elements`);
    return list(ctx, items.slice(start, end));
  }),
  reverse: fn(1, 1, "the list in reverse order", (args, ctx) => list(ctx, [...listArg(args[0], "the list").items].reverse())),
  sort: fn(1, 1, "strings sorted lexically", (args, ctx) => {
    const items = listArg(args[0], "the list").items.map((v) => toStr(v, "an element"));
    return list(ctx, items.sort(compareStrings));
  }),
  range: fn(1, 3, "a list of numbers", (args, ctx) => {
    const start = args.length === 1 ? 0 : toNum(args[0], "the start");
    const limit = toNum(args[args.length === 1 ? 0 : 1], "the limit");
    const step = args.length === 3 ? toNum(args[2], "the step") : start <= limit ? 1 : -1;
    if (step === 0) throw new EvalError("the step must not be zero");
    if ((step > 0 && start > limit) || (step < 0 && start < limit)) {
      throw new EvalError("the step must move from the start towards the limit");
    }
    const n = Math.ceil((limit - start) / step);
    if (n > MAX_COLLECTION_ELEMENTS) throw new CapError("range()", amount(n, "elements"), amountPer(MAX_COLLECTION_ELEMENTS, "elements", "collection"));
    ctx.budget.spend(n, "range()");
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(start + i * step);
    return new ListValue(out);
  }),
  coalesce: fn(
    1,
    Infinity,
    "the first argument that is not null or an empty string",
    (args) => {
      for (const a of args) {
        if (a instanceof Unknown) return known(a);
        if (a === null || a === "") continue;
        return a;
      }
      throw new EvalError("no non-null, non-empty argument");
    },
    true,
  ),
  coalescelist: fn(
    1,
    Infinity,
    "the first non-empty list",
    (args) => {
      for (const a of args) {
        const l = listArg(known(a), "an argument");
        if (l.items.length > 0) return l;
      }
      throw new EvalError("no non-empty list");
    },
    true,
  ),
  compact: fn(1, 1, "the list without null and empty strings", (args, ctx) =>
    list(
      ctx,
      listArg(args[0], "the list")
        .items.filter((v) => known(v) !== null && v !== "")
        .map((v) => toStr(v, "an element")),
    ),
  ),
  one: fn(1, 1, "the only element of a list, or null if empty", (args) => {
    const items = listArg(args[0], "the argument").items;
    if (items.length > 1) throw new EvalError(`the list has ${items.length} elements; at most one is allowed`);
    return items.length === 0 ? null : items[0];
  }),
  alltrue: fn(1, 1, "whether every element is true", (args) =>
    listArg(args[0], "the list").items.every((v) => known(v) === true || v === "true"),
  ),
  anytrue: fn(1, 1, "whether any element is true", (args) =>
    listArg(args[0], "the list").items.some((v) => known(v) === true || v === "true"),
  ),
  chunklist: fn(2, 2, "the list split into lists of a given size", (args, ctx) => {
    const items = listArg(args[0], "the list").items;
    const size = toInt(args[1], "the size");
    if (size < 0) throw new EvalError("the size must not be negative");
    if (size === 0) return list(ctx, [new ListValue(items)]);
    const out: Value[] = [];
    for (let i = 0; i < items.length; i += size) out.push(new ListValue(items.slice(i, i + size)));
    return list(ctx, out);
  }),
  setproduct: fn(1, Infinity, "every combination of one element from each set", (args, ctx) => {
    const lists = args.map((a) => listArg(a, "an argument").items);
    const size = lists.reduce((n, l) => n * l.length, 1);
    if (size > MAX_COLLECTION_ELEMENTS) throw new CapError("setproduct()", amount(size, "elements"), amountPer(MAX_COLLECTION_ELEMENTS, "elements", "collection"));
    let out: Value[][] = [[]];
    for (const l of lists) out = out.flatMap((prefix) => l.map((v) => [...prefix, v]));
    ctx.budget.spend(size * lists.length, "setproduct()");
    const tuples = out.map((t) => new ListValue(t));
    return args.every((a) => a instanceof ListValue && a.kind === "set") ? set(ctx, tuples) : list(ctx, tuples);
  }),
  transpose: fn(1, 1, "a map of lists with keys and values swapped", (args, ctx) => {
    const o = mapping(args[0], "the argument");
    const out = new Map<string, Value[]>();
    for (const k of sortedKeys(o)) {
      for (const v of listArg(entryOf(o, k), "a value").items) {
        const s = toStr(v, "an element");
        const l = out.get(s);
        if (l) l.push(k);
        else out.set(s, [k]);
      }
    }
    return object(ctx, new Map([...out].map(([k, l]) => [k, new ListValue(l)])));
  }),
  sensitive: fn(1, 1, "the value (govguard does not track sensitivity here)", (args) => args[0], true),
  nonsensitive: fn(1, 1, "the value", (args) => args[0], true),
  matchkeys: fn(3, 3, "the values whose corresponding keys are in the search list", (args, ctx) => {
    const vs = listArg(args[0], "the values").items;
    const ks = listArg(args[1], "the keys").items;
    const search = listArg(args[2], "the search list").items;
    if (vs.length !== ks.length) throw new EvalError("the values and keys lists must have the same length");
    return list(
      ctx,
      vs.filter((_, i) => search.some((s) => equals(s, ks[i]))),
    );
  }),
};

const SEGMENTER = new Intl.Segmenter("en", { granularity: "grapheme" });

/** User-perceived characters, as Terraform counts them for length() and substr(). */
export function graphemes(s: string): string[] {
  return Array.from(SEGMENTER.segment(s), (x) => x.segment);
}

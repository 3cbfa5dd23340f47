// Variable values as Terraform gives them to expressions: tfvars values (constants, no
// references) and conversion to the declared type for the simple types, so that a list given to
// a set(string) variable iterates as a set and "3" given to a number variable is 3.
import { formatNumber, makeSet } from "../hcl/convert";
import { EvalError } from "../hcl/errors";
import { ListValue, ObjectValue, Scope, Unknown, Value } from "../hcl/value";
import { bareReference } from "./engine";
import { valueOf } from "./json";

const NO_NAMES: Scope = { lookup: () => undefined };

/** A value from a tfvars file (hcl2json form: strings are templates without references). */
export function tfvarValue(raw: unknown): Value {
  return valueOf(raw, NO_NAMES);
}

function convertPrimitive(v: Value, type: string): Value {
  if (v === null || v instanceof Unknown) return v;
  if (type === "string") {
    if (typeof v === "number") return formatNumber(v);
    if (typeof v === "boolean") return v ? "true" : "false";
  } else if (type === "number") {
    if (typeof v === "string" && /^-?[0-9]+(\.[0-9]+)?$/.test(v.trim())) return Number(v);
  } else if (type === "bool") {
    if (v === "true") return true;
    if (v === "false") return false;
  }
  return v;
}

/** `type` as written: "${set(string)}" (hcl2json) or "set(string)" (Terraform JSON). */
function typeText(raw: unknown): string | undefined {
  const t = bareReference(raw);
  return t === undefined ? undefined : t.replace(/\s+/g, "");
}

function convert(v: Value, type: string, depth: number): Value {
  if (depth > 16 || v === null || v instanceof Unknown) return v;
  if (type === "string" || type === "number" || type === "bool") return convertPrimitive(v, type);
  const m = /^(set|list|map)\((.*)\)$/.exec(type);
  if (!m) return v;
  const [, kind, inner] = m;
  if (kind === "map" && v instanceof ObjectValue) {
    return new ObjectValue(new Map(v.keys().map((k) => [k, convert(v.get(k) ?? null, inner, depth + 1)])));
  }
  if (!(v instanceof ListValue)) return v;
  const items = v.items.map((item) => convert(item, inner, depth + 1));
  if (kind === "list") return new ListValue(items, "list");
  if (items.some((item) => item instanceof Unknown)) return new Unknown("after_apply", "a set with an element not known before apply");
  try {
    return makeSet(items);
  } catch (e: unknown) {
    if (e instanceof EvalError) return new Unknown("unsupported", e.message);
    throw e;
  }
}

/** A variable's value converted to its declared type, where the type is a simple one. */
export function convertToType(v: Value, typeRaw: unknown): Value {
  const type = typeText(typeRaw);
  return type === undefined ? v : convert(v, type, 0);
}

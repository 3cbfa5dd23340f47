// A variable's type constraint as Terraform reads it (typeexpr): string, number, bool, any,
// list/set/map(T), tuple([T, ...]) and object({name = T, ...}) with Terraform 1.3's optional
// attributes, optional(T) and optional(T, default). Values given to a variable are converted to
// it the way Terraform converts them before any expression sees them: an object loses the
// attributes its type does not declare, and an optional attribute that is omitted or null takes
// its default (or null), at any depth, inside lists and maps too.
import { Expression } from "../hcl/ast";
import { firstUnknown, formatNumber, makeSet } from "../hcl/convert";
import { CapError, EvalError, HclSyntaxError, NUMBER_RANGE } from "../hcl/errors";
import { evaluate } from "../hcl/evaluate";
import { parseExpression } from "../hcl/parser";
import { parseNumberText } from "../hcl/scanner";
import { combineUnknowns } from "../hcl/unknowns";
import { ListValue, ObjectValue, Scope, Unknown, Value } from "../hcl/value";

export interface Attribute {
  type: TypeSpec;
  optional: boolean;
  /** The default of optional(T, default), already converted to T. */
  fallback: Value;
}

export type TypeSpec =
  | { kind: "any" }
  | { kind: "string" | "number" | "bool" }
  | { kind: "list" | "set" | "map"; element: TypeSpec }
  | { kind: "tuple"; elements: TypeSpec[] }
  | { kind: "object"; attributes: Map<string, Attribute> };

const NO_NAMES: Scope = { lookup: () => undefined };
const MAX_DEPTH = 64;

/** Why a type constraint cannot be read; the variable's value then cannot be verified. */
class NotAType extends Error {}

function constant(expr: Expression): Value {
  const v = evaluate(expr, NO_NAMES);
  if (v instanceof Unknown) throw new NotAType(v.detail);
  return v;
}

function typeOf(expr: Expression, depth: number): TypeSpec {
  if (depth > MAX_DEPTH) throw new NotAType("nested too deeply");
  if (expr.kind === "parens") return typeOf(expr.inner, depth + 1);
  if (expr.kind === "variable") {
    if (expr.name === "string" || expr.name === "number" || expr.name === "bool" || expr.name === "any") return { kind: expr.name };
    // Terraform still reads the bare keywords of 0.11 as list(any) and map(any).
    if (expr.name === "list" || expr.name === "map") return { kind: expr.name, element: { kind: "any" } };
    throw new NotAType(`unknown type ${expr.name}`);
  }
  if (expr.kind !== "call" || expr.expandFinal) throw new NotAType("not a type");
  const [arg] = expr.args;
  switch (expr.name) {
    case "list":
    case "set":
    case "map":
      if (expr.args.length !== 1) throw new NotAType(`${expr.name}() takes one type`);
      return { kind: expr.name, element: typeOf(arg, depth + 1) };
    case "tuple":
      if (expr.args.length !== 1 || arg.kind !== "tuple") throw new NotAType("tuple() takes a list of types");
      return { kind: "tuple", elements: arg.items.map((item) => typeOf(item, depth + 1)) };
    case "object": {
      if (expr.args.length !== 1 || arg.kind !== "object") throw new NotAType("object() takes an object of types");
      const attributes = new Map<string, Attribute>();
      for (const item of arg.items) {
        const name = constant(item.key);
        if (typeof name !== "string") throw new NotAType("an attribute name that is not a string");
        attributes.set(name, attributeOf(item.value, depth + 1));
      }
      return { kind: "object", attributes };
    }
    default:
      throw new NotAType(`unknown type ${expr.name}()`);
  }
}

function attributeOf(expr: Expression, depth: number): Attribute {
  if (expr.kind !== "call" || expr.name !== "optional") return { type: typeOf(expr, depth), optional: false, fallback: null };
  if (expr.args.length < 1 || expr.args.length > 2 || expr.expandFinal) throw new NotAType("optional() takes a type and a default");
  const type = typeOf(expr.args[0], depth + 1);
  const fallback = expr.args.length === 2 ? convertValue(constant(expr.args[1]), type, 0, "the default") : null;
  return { type, optional: true, fallback };
}

const parsed = new Map<string, TypeSpec | undefined>();
const CACHE_LIMIT = 10_000;

/** The type constraint written as `text` ("object({a = optional(string, \"x\")})"), or undefined
 * when it is not one govguard reads (the value is then used as given). */
export function typeConstraint(text: string): TypeSpec | undefined {
  if (parsed.has(text)) return parsed.get(text);
  let spec: TypeSpec | undefined;
  try {
    spec = typeOf(parseExpression(text), 0);
  } catch (e: unknown) {
    if (!(e instanceof NotAType || e instanceof HclSyntaxError || e instanceof EvalError)) throw e;
    spec = undefined;
  }
  if (parsed.size >= CACHE_LIMIT) parsed.clear();
  parsed.set(text, spec);
  return spec;
}

// The last value convertValue could not convert, for convertWhole (conversion is synchronous).
let lastRefusal: Unknown | undefined;

function refusal(u: Unknown): Unknown {
  lastRefusal = u;
  return u;
}

/** `v` converted to `type`, or, when any part of it does not fit, one unverifiable value: Terraform
 * refuses the whole variable, so `var.cfg[0]` must not read 400 beside a refused `var.cfg[1]`. */
export function convertWhole(v: Value, type: TypeSpec, what: string): Value {
  lastRefusal = undefined;
  const converted = convertValue(v, type, 0, what);
  const refused = lastRefusal;
  lastRefusal = undefined;
  return refused ?? converted;
}

/** `v` as a message names it: a string quoted (escaped, clipped), anything else by its kind. */
function described(v: Value): string {
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v === "boolean") return "a bool";
  if (v instanceof ListValue) return v.kind === "set" ? "a set" : "a list";
  if (v instanceof ObjectValue) return "an object";
  return `a ${typeof v}`;
}

/** Terraform refuses the configuration when a variable's value does not fit its type, so what
 * would be deployed is not known: the value cannot be verified (a finding where it is used). */
function refused(what: string, v: Value, wanted: string, given = described(v)): Unknown {
  return refusal(new Unknown("unsupported", `${what}: ${given} is not ${wanted}, which the variable's type requires (Terraform refuses it)`));
}

const BINARY_EXPONENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))[pP]([+-]?\d+)$/;
const INFINITY = /^[+-]?(?:inf|Inf)$/;

/** A decimal mantissa times 2 to a power ("1p6" is 64), as big.ParseFloat reads it; NaN when
 * `text` has no binary exponent. A value a double cannot hold is refused as a literal is. */
function binaryExponentNumber(text: string): number {
  const m = BINARY_EXPONENT.exec(text);
  if (m === null) return NaN;
  const mantissa = parseNumberText(m[1], "number conversion");
  const exponent = Number(m[2]);
  // Two factors: 2 ** -1080 is 0 while 2 ** -540 * 2 ** -540 * a mantissa of 2 ** 10 is not.
  const half = Math.trunc(exponent / 2);
  const n = mantissa === 0 ? 0 : mantissa * 2 ** half * 2 ** (exponent - half);
  if (!Number.isFinite(n) || (n === 0 && mantissa !== 0)) {
    throw new CapError("number conversion", { zh: `${text.slice(0, 40)} 超出数值范围`, en: `${text.slice(0, 40)} is out of range` }, NUMBER_RANGE);
  }
  return n;
}

/** A string as Terraform converts it to a number (cty.ParseNumberVal: "90", "9e1", "+90",
 * ".9e2", "1p6"); unverifiable when it is not one or when a double cannot hold it. */
function stringToNumber(text: string, what: string): Value {
  if (INFINITY.test(text)) return refusal(new Unknown("unsupported", `${what}: ${JSON.stringify(text)} is infinite, which no attribute can be verified against`));
  try {
    const decimal = parseNumberText(text, "number conversion");
    const n = Number.isNaN(decimal) ? binaryExponentNumber(text) : decimal;
    return Number.isNaN(n) ? refused(what, text, "a number") : n;
  } catch (e: unknown) {
    if (e instanceof CapError) return refusal(new Unknown("unsupported", `${what}: ${e.message}`));
    throw e;
  }
}

function convertPrimitive(v: Value, kind: "string" | "number" | "bool", what: string): Value {
  if (kind === "string") {
    if (typeof v === "string") return v;
    if (typeof v === "number") return formatNumber(v);
    if (typeof v === "boolean") return v ? "true" : "false";
    return refused(what, v, "a string");
  }
  if (kind === "number") {
    if (typeof v === "number") return v;
    if (typeof v === "string") return stringToNumber(v, what);
    return refused(what, v, "a number");
  }
  if (typeof v === "boolean") return v;
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  return refused(what, v, "a bool");
}

/** `v` converted to `type` as Terraform converts a variable's value (`what` names it in messages:
 * "var.cfg"). What does not fit the type cannot be verified (Terraform would refuse the
 * configuration). */
export function convertValue(v: Value, type: TypeSpec, depth: number, what: string): Value {
  if (depth > MAX_DEPTH || v === null || v instanceof Unknown) return v;
  switch (type.kind) {
    case "any":
      return v;
    case "string":
    case "number":
    case "bool":
      return convertPrimitive(v, type.kind, what);
    case "map":
      if (!(v instanceof ObjectValue)) return refused(what, v, "a map");
      return new ObjectValue(new Map(v.keys().map((k) => [k, convertValue(v.get(k) ?? null, type.element, depth + 1, `${what}[${JSON.stringify(k)}]`)])));
    case "list":
    case "set": {
      if (!(v instanceof ListValue)) return refused(what, v, `a ${type.kind}`);
      const items = v.items.map((item, i) => convertValue(item, type.element, depth + 1, `${what}[${i}]`));
      if (type.kind === "list") return new ListValue(items, "list");
      // A set's elements are its identity: one unknown element makes the whole set unknown.
      // Also one unknown inside an element (an object's attribute that could not be converted).
      const unknowns = items.map((item) => firstUnknown(item)).filter((u): u is Unknown => u !== undefined);
      if (unknowns.length > 0) return combineUnknowns(unknowns, `${what}, a set with an element not known before apply (${unknowns[0].detail})`);
      try {
        return makeSet(items, type.element);
      } catch (e: unknown) {
        if (e instanceof EvalError) return refusal(new Unknown("unsupported", `${what}: ${e.message}`));
        throw e;
      }
    }
    case "tuple":
      if (!(v instanceof ListValue)) return refused(what, v, "a tuple");
      if (v.items.length !== type.elements.length) {
        return refused(what, v, `a tuple of ${type.elements.length}`, `a ${v.kind} of ${v.items.length} elements`);
      }
      return new ListValue(v.items.map((item, i) => convertValue(item, type.elements[i], depth + 1, `${what}[${i}]`)));
    case "object": {
      if (!(v instanceof ObjectValue)) return refused(what, v, "an object");
      const out = new Map<string, Value>();
      for (const [name, attribute] of type.attributes) {
        const given = v.get(name);
        const path = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? `${what}.${name}` : `${what}[${JSON.stringify(name)}]`;
        if (given !== undefined && given !== null) out.set(name, convertValue(given, attribute.type, depth + 1, path));
        else if (attribute.optional) out.set(name, attribute.fallback);
        else if (given === null) out.set(name, null);
        else out.set(name, refusal(new Unknown("unsupported", `${path}: the variable's type requires attribute ${JSON.stringify(name)}, which is not given`)));
      }
      return new ObjectValue(out);
    }
  }
}

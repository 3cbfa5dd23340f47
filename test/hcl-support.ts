// Shared helpers for the src/hcl tests: a scope from plain JSON, and evaluation to plain JSON.
import { evaluate, fromJSON, parseExpression, parseTemplate, toJSON, Unknown, Value, Scope, ObjectValue } from "../src/hcl";

/** A scope whose roots are given as JSON (literal values) or as Values. */
export function scopeOf(roots: Record<string, unknown>): Scope {
  const map = new Map<string, Value>();
  for (const [k, v] of Object.entries(roots)) map.set(k, isValue(v) ? v : fromJSON(v));
  return { lookup: (root) => map.get(root) };
}

function isValue(v: unknown): v is Value {
  return v instanceof Unknown || v instanceof ObjectValue || (typeof v === "object" && v !== null && v.constructor?.name === "ListValue");
}

/** Unknowns rendered as "<unknown:reason>" so tests can compare whole values. */
export function plain(v: Value): unknown {
  return toJSON(v, (u) => `<unknown:${u.reason}>`);
}

/** Evaluates native syntax. */
export function ev(source: string, roots: Record<string, unknown> = {}): unknown {
  return plain(evaluate(parseExpression(source), scopeOf(roots)));
}

/** Evaluates a JSON-syntax template string. */
export function evt(template: string, roots: Record<string, unknown> = {}): unknown {
  return plain(evaluate(parseTemplate(template), scopeOf(roots)));
}

/** The raw value of native syntax. */
export function raw(source: string, roots: Record<string, unknown> = {}): Value {
  return evaluate(parseExpression(source), scopeOf(roots));
}

/** JSON.stringify-able form of an output object with a null prototype. */
export function json(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x));
}

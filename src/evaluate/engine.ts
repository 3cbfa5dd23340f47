// The one place src/evaluate meets the expression engine (src/hcl): strings of a configuration
// body are templates ("${...}" expressions, "$${" escapes), parsed once per distinct text.
import { Expression } from "../hcl/ast";
import { Budget } from "../hcl/caps";
import { HclSyntaxError } from "../hcl/errors";
import { evaluate } from "../hcl/evaluate";
import { parseTemplate } from "../hcl/parser";
import { Scope, Unknown, Value } from "../hcl/value";
import { terraformReferences } from "./references";

/** A parsed template, or why it could not be parsed. */
export type Compiled = { text: string; expr: Expression } | { text: string; error: string };

const cache = new Map<string, Compiled>();
const CACHE_LIMIT = 50_000;

export function compile(text: string): Compiled {
  const hit = cache.get(text);
  if (hit) return hit;
  let compiled: Compiled;
  try {
    compiled = { text, expr: parseTemplate(text) };
  } catch (e: unknown) {
    if (!(e instanceof HclSyntaxError)) throw e;
    compiled = { text, error: e.message };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, compiled);
  return compiled;
}

/** The element budget of the document being evaluated (planFromConfig is synchronous). */
let documentBudget: Budget | undefined;

/** Runs `f` with every evaluation inside it spending from one budget. */
export function withBudget<T>(budget: Budget, f: () => T): T {
  const outer = documentBudget;
  documentBudget = budget;
  try {
    return f();
  } finally {
    documentBudget = outer;
  }
}

export function evaluateIn(compiled: Compiled, scope: Scope, constantsOnly = false): Value {
  if ("error" in compiled) return new Unknown("unsupported", `${shown(compiled.text)} cannot be parsed: ${compiled.error}`);
  return evaluate(compiled.expr, scope, { budget: documentBudget, constantsOnly });
}

/** Terraform-style references of a template (none when it cannot be parsed). */
export function referencesOf(compiled: Compiled, hidden?: ReadonlySet<string>): string[] {
  return "error" in compiled ? [] : terraformReferences(compiled.expr, hidden);
}

/** "${x}" as x; other templates as written; cut short for messages. */
export function shown(text: string): string {
  const m = /^\$\{\s*([\s\S]*?)\s*\}$/.exec(text);
  const inner = m && !m[1].includes("${") ? m[1] : text;
  return inner.length > 200 ? `${inner.slice(0, 200)}…` : inner;
}

/** The bare name written as "${alicloud.dr}" (hcl2json) or "alicloud.dr" (Terraform JSON). */
export function bareReference(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const m = /^\$\{\s*([\s\S]*?)\s*\}$/.exec(raw);
  return (m ? m[1] : raw).trim();
}

/** Every Terraform-style reference in configuration JSON (its strings are templates). */
export function referencesInRaw(raw: unknown, hidden: ReadonlySet<string> = new Set(), out: string[] = [], depth = 0): string[] {
  if (depth > 512) return out;
  if (typeof raw === "string") for (const ref of referencesOf(compile(raw), hidden)) out.push(ref);
  else if (Array.isArray(raw)) for (const item of raw) referencesInRaw(item, hidden, out, depth + 1);
  else if (typeof raw === "object" && raw !== null) {
    const o = raw as Record<string, unknown>;
    for (const key of Object.keys(o)) referencesInRaw(o[key], hidden, out, depth + 1);
  }
  return out;
}

/** "<what written>: <why>" for an Unknown, without repeating what the engine already says. */
export function unknownDetail(written: string, u: Unknown): string {
  if (u.reason === "after_apply") {
    const refs = u.references.filter((r) => !r.startsWith("each.") && !r.startsWith("count."));
    return refs.length > 0 ? `${written}, known only after apply (${refs.slice(0, 3).join(", ")})` : `${written}, known only after apply`;
  }
  return u.detail === written || u.detail.startsWith(`${written}:`) ? u.detail : `${written}: ${u.detail}`;
}

// count and for_each, as Terraform expands them before apply: the instance keys and, for
// for_each, each key's value. What cannot be evaluated (or is not a valid count/for_each)
// leaves the block as ONE instance with its key unknown, which the caller reports.
import { compareStrings, sortedKeys } from "../hcl/convert";
import { CapLocation } from "../hcl/errors";
import { ListValue, ObjectValue, Scope, Unknown, Value } from "../hcl/value";
import { InstanceBudget } from "./caps";
import { shown, unknownDetail } from "./engine";
import { valueOf } from "./json";

export type Expansion =
  | { kind: "single" }
  | { kind: "count"; n: number }
  | { kind: "for_each"; entries: [string, Value][] }
  | { kind: "unknown"; meta: "count" | "for_each"; unknown: Unknown };

function text(raw: unknown): string {
  return typeof raw === "string" ? shown(raw) : (JSON.stringify(raw) ?? "");
}

function unknownExpansion(meta: "count" | "for_each", raw: unknown, unknown: Unknown): Expansion {
  return { kind: "unknown", meta, unknown: new Unknown(unknown.reason, unknownDetail(`${meta} = ${text(raw)}`, unknown), unknown.references) };
}

function invalid(meta: "count" | "for_each", raw: unknown, why: string): Expansion {
  return { kind: "unknown", meta, unknown: new Unknown("unsupported", `${meta} = ${text(raw)}: ${why}`) };
}

/** The instances of a resource, data source or module call (`block` names it for messages, `at`
 * is where it is declared, named by a cap refusal). */
export function expand(body: Record<string, unknown>, scope: Scope, budget: InstanceBudget, block: string, at?: CapLocation): Expansion {
  const hasCount = Object.hasOwn(body, "count");
  const hasForEach = Object.hasOwn(body, "for_each");
  let expansion: Expansion;
  if (hasCount && hasForEach) expansion = invalid("count", body.count, "count and for_each cannot both be set");
  else if (hasCount) expansion = expandCount(body.count, scope, budget, block, at);
  else if (hasForEach) expansion = expandForEach(body.for_each, scope, budget, block, at);
  else expansion = { kind: "single" };
  // One instance stands for a block without count/for_each and for one that cannot be expanded.
  if (expansion.kind === "single" || expansion.kind === "unknown") budget.spend(1, block, hasForEach ? "for_each" : "count", at);
  return expansion;
}

function expandCount(raw: unknown, scope: Scope, budget: InstanceBudget, block: string, at?: CapLocation): Expansion {
  const v = valueOf(raw, scope);
  if (v instanceof Unknown) return unknownExpansion("count", raw, v);
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*[0-9]+(\.0*)?\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0) return invalid("count", raw, "not a whole number of zero or more");
  budget.spend(n, block, "count", at);
  return { kind: "count", n };
}

function expandForEach(raw: unknown, scope: Scope, budget: InstanceBudget, block: string, at?: CapLocation): Expansion {
  const v = valueOf(raw, scope);
  if (v instanceof Unknown) return unknownExpansion("for_each", raw, v);
  let entries: [string, Value][];
  if (v instanceof ObjectValue) {
    const keys = sortedKeys(v);
    budget.spend(keys.length, block, "for_each", at);
    entries = keys.map((k) => [k, v.get(k) ?? null]);
  } else if (v instanceof ListValue) {
    // A set of strings (Terraform also accepts a list given to a variable typed set(string)).
    const unknown = v.items.find((item): item is Unknown => item instanceof Unknown);
    if (unknown) return unknownExpansion("for_each", raw, unknown);
    if (!v.items.every((item): item is string => typeof item === "string")) return invalid("for_each", raw, "a set that does not hold only strings");
    const keys = [...new Set(v.items as string[])].sort(compareStrings);
    budget.spend(keys.length, block, "for_each", at);
    entries = keys.map((k) => [k, k]);
  } else {
    return invalid("for_each", raw, "neither a map nor a set of strings");
  }
  return { kind: "for_each", entries };
}

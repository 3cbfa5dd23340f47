// Small helpers for writing functions: declaring one, and making results within the caps.
import { checkString } from "../caps";
import { makeSet, unifyPrimitives } from "../convert";
import { ListValue, ObjectValue, Value } from "../value";
import type { CallContext, HclFunction } from "./types";

export function fn(min: number, max: number, summary: string, call: HclFunction["call"], acceptsUnknown = false): HclFunction {
  return { min, max, summary, call, acceptsUnknown };
}

/** A list (or tuple) result, counted against the budget. */
export function list(ctx: CallContext, items: Value[]): ListValue {
  ctx.budget.spend(items.length, `${ctx.name}()`);
  return new ListValue(items);
}

/** A list whose primitive elements are converted to one type, as Terraform's list type requires. */
export function typedList(ctx: CallContext, items: Value[]): ListValue {
  return list(ctx, unifyPrimitives(items));
}

export function set(ctx: CallContext, items: Value[]): ListValue {
  ctx.budget.spend(items.length, `${ctx.name}()`);
  return makeSet(items);
}

export function object(ctx: CallContext, entries: Map<string, Value>): ObjectValue {
  ctx.budget.spend(entries.size, `${ctx.name}()`);
  return new ObjectValue(entries);
}

export function str(ctx: CallContext, s: string): string {
  return checkString(s, `${ctx.name}()`);
}

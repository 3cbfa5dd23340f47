// Type conversion functions.
import { formatNumber, toBool, toNum, toStr, typeName } from "../convert";
import { EvalError } from "../errors";
import { Value } from "../value";
import { fn } from "./define";
import type { HclFunction } from "./types";

function primitiveOrNull(v: Value, to: string): void {
  if (v !== null && typeof v === "object") throw new EvalError(`cannot convert a ${typeName(v)} to ${to}`);
}

export const TYPE_FUNCTIONS: Record<string, HclFunction> = {
  tostring: fn(1, 1, "converts a number or bool to a string", ([v]) => {
    primitiveOrNull(v, "string");
    return v === null ? null : toStr(v);
  }),
  tonumber: fn(1, 1, "converts a string to a number", ([v]) => {
    if (typeof v === "boolean") throw new EvalError("cannot convert a bool to a number");
    primitiveOrNull(v, "number");
    return v === null ? null : toNum(v);
  }),
  tobool: fn(1, 1, 'converts "true"/"false" to a bool', ([v]) => {
    if (typeof v === "number") throw new EvalError(`cannot convert ${formatNumber(v)} to a bool`);
    primitiveOrNull(v, "bool");
    return v === null ? null : toBool(v);
  }),
};

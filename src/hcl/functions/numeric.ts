// Numeric functions.
import { CapError, Construct, EvalError, NUMBER_RANGE, RESULT_BEYOND_NUMBERS } from "../errors";
import { toInt, toList, toNum, toStr } from "../convert";
import { parseNumberText } from "../scanner";
import { fn } from "./define";
import type { HclFunction } from "./types";

function finite(n: number, construct: Construct): number {
  if (!Number.isFinite(n)) throw new CapError(construct, RESULT_BEYOND_NUMBERS, NUMBER_RANGE);
  return n;
}

export const NUMERIC_FUNCTIONS: Record<string, HclFunction> = {
  abs: fn(1, 1, "absolute value", ([v]) => Math.abs(toNum(v))),
  ceil: fn(1, 1, "the next whole number up", ([v]) => Math.ceil(toNum(v))),
  floor: fn(1, 1, "the next whole number down", ([v]) => Math.floor(toNum(v))),
  signum: fn(1, 1, "-1, 0 or 1", ([v]) => Math.sign(toNum(v))),
  min: fn(1, Infinity, "the smallest number", (args) => args.map((a) => toNum(a)).reduce((a, b) => Math.min(a, b))),
  max: fn(1, Infinity, "the largest number", (args) => args.map((a) => toNum(a)).reduce((a, b) => Math.max(a, b))),
  pow: fn(2, 2, "a number raised to a power", ([a, b]) => finite(Math.pow(toNum(a), toNum(b)), "pow()")),
  log: fn(2, 2, "the logarithm of a number in a base", ([a, b]) => {
    const r = Math.log(toNum(a)) / Math.log(toNum(b));
    if (Number.isNaN(r)) throw new EvalError("log() of a value out of its domain");
    return finite(r, "log()");
  }),
  sum: fn(1, 1, "the sum of a list of numbers", ([v]) => {
    const items = toList(v).items;
    if (items.length === 0) throw new EvalError("cannot sum an empty list");
    return finite(
      items.reduce<number>((acc, x) => acc + toNum(x, "an element"), 0),
      "sum()",
    );
  }),
  parseint: fn(2, 2, "a string of digits in a base (2-62) as a number", ([s, b]) => {
    const text = toStr(s, "the string");
    const base = toInt(b, "the base");
    if (base < 2 || base > 62) throw new EvalError("the base must be between 2 and 62");
    const digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const m = /^([+-]?)(.+)$/.exec(text);
    if (!m) throw new EvalError("cannot parse an empty string");
    let n = 0n;
    for (const c of m[2]) {
      const d = base <= 36 ? digits.indexOf(c.toLowerCase()) : digits.indexOf(c);
      if (d < 0 || d >= base) throw new EvalError(`${JSON.stringify(text.slice(0, 40))} is not a base-${base} number`);
      n = n * BigInt(base) + BigInt(d);
      if (n.toString().length > 400) parseNumberText("9".repeat(401), "parseint()");
    }
    return finite(Number((m[1] === "-" ? "-" : "") + n.toString()), "parseint()");
  }),
};


// format() and formatlist(): Go-style verbs as Terraform implements them.
import { CapError, EvalError } from "../errors";
import { MAX_STRING_LENGTH } from "../caps";
import { formatNumber, toBool, toInt, toList, toNum, toStr } from "../convert";
import { known } from "../unknowns";
import { ListValue, Value } from "../value";
import { jsonText } from "./encoding";
import { fn, list, str } from "./define";
import type { CallContext, HclFunction } from "./types";

const VERB = /%([-+# 0]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d*))?(?:\[(\d+)\])?([a-zA-Z%])?/y;

/** Formats `spec` with `args` (Terraform's format()). */
export function formatValues(spec: string, args: readonly Value[], ctx: CallContext): string {
  let out = "";
  let next = 0;
  let i = 0;
  while (i < spec.length) {
    const pct = spec.indexOf("%", i);
    if (pct < 0) {
      out += spec.slice(i);
      break;
    }
    out += spec.slice(i, pct);
    VERB.lastIndex = pct;
    const m = VERB.exec(spec);
    if (!m || !m[6]) throw new EvalError(`invalid format verb at ${JSON.stringify(spec.slice(pct, pct + 8))}`);
    i = VERB.lastIndex;
    const [, flags, index1, widthText, precText, index2, verb] = m;
    if (verb === "%") {
      out += "%";
      continue;
    }
    const width = widthText === undefined ? 0 : Number(widthText);
    const prec = precText === undefined ? undefined : precText === "" ? 0 : Number(precText);
    if (width > MAX_STRING_LENGTH || (prec ?? 0) > MAX_STRING_LENGTH) {
      const asked = Math.max(width, prec ?? 0);
      throw new CapError("format()", { zh: `宽度或精度为 ${asked}`, en: `a width or precision of ${asked}` }, { zh: `${MAX_STRING_LENGTH}`, en: `${MAX_STRING_LENGTH}` });
    }
    const index = index1 ?? index2;
    if (index !== undefined) next = Number(index) - 1;
    if (next < 0 || next >= args.length) throw new EvalError(`not enough arguments for the format ${JSON.stringify(spec.slice(0, 60))}`);
    const piece = formatOne(verb, flags, prec, args[next++]);
    out += pad(piece, width, flags, verb);
    if (out.length > MAX_STRING_LENGTH) str(ctx, out);
  }
  if (next < args.length && !/%\[\d+\]/.test(spec)) throw new EvalError(`too many arguments for the format ${JSON.stringify(spec.slice(0, 60))}`);
  return str(ctx, out);
}

function pad(s: string, width: number, flags: string, verb: string): string {
  if (s.length >= width) return s;
  if (flags.includes("-")) return s + " ".repeat(width - s.length);
  if (flags.includes("0") && "dbfeEgGxXo".includes(verb)) {
    const sign = /^[+\- ]/.test(s) ? s[0] : "";
    return sign + "0".repeat(width - s.length) + s.slice(sign.length);
  }
  return " ".repeat(width - s.length) + s;
}

function signed(n: number, text: string, flags: string): string {
  if (n < 0 || Object.is(n, -0)) return text;
  if (flags.includes("+")) return "+" + text;
  if (flags.includes(" ")) return " " + text;
  return text;
}

function formatOne(verb: string, flags: string, prec: number | undefined, raw: Value): string {
  const v = known(raw);
  switch (verb) {
    case "v":
      if (flags.includes("#")) return jsonText(v);
      if (v === null) return "null";
      if (typeof v === "object") return jsonText(v);
      return toStr(v);
    case "t":
      return toBool(v, "a %t argument") ? "true" : "false";
    case "s": {
      const s = toStr(v, "a %s argument");
      return prec === undefined ? s : Array.from(s).slice(0, prec).join("");
    }
    case "q":
      return JSON.stringify(toStr(v, "a %q argument"));
    case "d":
    case "b":
    case "o":
    case "x":
    case "X": {
      if (verb === "x" || verb === "X") {
        if (typeof v === "string" && Number.isNaN(Number(v))) {
          const hex = Buffer.from(v, "utf8").toString("hex");
          return verb === "X" ? hex.toUpperCase() : hex;
        }
      }
      const n = toInt(v, `a %${verb} argument`);
      const base = { d: 10, b: 2, o: 8, x: 16, X: 16 }[verb];
      let digits = BigInt(n < 0 ? -n : n).toString(base);
      if (verb === "X") digits = digits.toUpperCase();
      if (prec !== undefined && digits.length < prec) digits = "0".repeat(prec - digits.length) + digits;
      if (flags.includes("#")) digits = ({ b: "0b", o: "0", x: "0x", X: "0X", d: "" }[verb] ?? "") + digits;
      return signed(n, (n < 0 ? "-" : "") + digits, flags);
    }
    case "f":
    case "F": {
      const n = toNum(v, "a %f argument");
      return signed(n, n.toFixed(Math.min(prec ?? 6, 100)), flags);
    }
    case "e":
    case "E": {
      const n = toNum(v, "a %e argument");
      const s = goExponent(n.toExponential(Math.min(prec ?? 6, 100)));
      return signed(n, verb === "E" ? s.toUpperCase() : s, flags);
    }
    case "g":
    case "G": {
      const n = toNum(v, "a %g argument");
      const s = prec === undefined ? shortestG(n) : goExponent(String(Number(n.toPrecision(Math.max(1, Math.min(prec, 100))))));
      return signed(n, verb === "G" ? s.toUpperCase() : s, flags);
    }
  }
  throw new EvalError(`unsupported format verb %${verb}`);
}

/** JS writes 1e+6, Go writes 1e+06. */
function goExponent(s: string): string {
  return s.replace(/e([+-])(\d)$/, "e$10$2");
}

function shortestG(n: number): string {
  if (n === 0) return "0";
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 21) return goExponent(n.toExponential());
  return formatNumber(n);
}

export const FORMAT_FUNCTIONS: Record<string, HclFunction> = {
  format: fn(1, Infinity, "formats values with a Go-style format string", (args, ctx) =>
    formatValues(toStr(args[0], "the format"), args.slice(1), ctx),
  ),
  formatlist: fn(1, Infinity, "format() applied element by element to lists", (args, ctx) => {
    const spec = toStr(args[0], "the format");
    const rest = args.slice(1);
    let n = -1;
    for (const a of rest) {
      if (a instanceof ListValue) {
        if (n >= 0 && a.items.length !== n) throw new EvalError("all list arguments must have the same length");
        n = a.items.length;
      }
    }
    if (n < 0) return list(ctx, [formatValues(spec, rest, ctx)]);
    ctx.budget.spend(n, "formatlist()");
    const out: Value[] = [];
    for (let i = 0; i < n; i++) {
      const s = formatValues(spec, rest.map((a) => (a instanceof ListValue ? toList(a).items[i] : a)), ctx);
      ctx.budget.spendChars(s.length, "formatlist()");
      out.push(s);
    }
    return list(ctx, out);
  }),
};


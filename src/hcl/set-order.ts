// The order Terraform gives a set whose elements are not strings, numbers or bools. cty has no
// ordering for them; it sorts them by the bytes of their set hash text (go-cty setRules.Less and
// appendSetHashBytes), so `tolist(toset([{days=400},{days=30}]))[0].days` is 30 in Terraform.
// Keeping the written order read 400 there and hid a short retention (A20.5).
import { ListValue, ObjectValue, Value } from "./value";

/** The element type when it is known (a variable's type): a map hashes its keys, an object only
 * its attribute values. Structurally a TypeSpec (src/evaluate/types.ts). */
export interface HashType {
  readonly kind: string;
  readonly element?: HashType;
  readonly elements?: readonly HashType[];
  readonly attributes?: ReadonlyMap<string, { readonly type: HashType }>;
}

/** `items` (known, not null, deduplicated) in Terraform's order. */
export function inSetHashOrder(items: readonly Value[], type?: HashType): Value[] {
  const keyed = items.map((v) => ({ v, key: Buffer.from(hashText(v, type, 0), "utf8") }));
  keyed.sort((a, b) => Buffer.compare(a.key, b.key));
  return keyed.map((k) => k.v);
}

function hashText(v: Value, type: HashType | undefined, depth: number): string {
  if (depth > 64) return "?";
  if (v === null) return "~";
  if (typeof v === "boolean") return v ? "T" : "F";
  if (typeof v === "number") return goFloatText(v);
  if (typeof v === "string") return goQuote(v);
  if (v instanceof ListValue) {
    const kind = type?.kind ?? (v.kind === "set" ? "set" : "tuple");
    const parts = v.items.map((item, i) => hashText(item, kind === "tuple" ? type?.elements?.[i] : type?.element, depth + 1) + ";");
    return kind === "tuple" ? `<${parts.join("")}>` : `[${parts.join("")}]`;
  }
  if (v instanceof ObjectValue) return objectHashText(v, type, depth);
  return "?";
}

function objectHashText(v: ObjectValue, type: HashType | undefined, depth: number): string {
  // cty iterates a map's keys, and an object type's attribute names, in byte order.
  const names = [...(type?.kind === "object" && type.attributes ? type.attributes.keys() : v.keys())].sort(compareBytes);
  if (type?.kind === "map") return `{${names.map((k) => `${goQuote(k)}:${hashText(v.get(k) ?? null, type.element, depth + 1)};`).join("")}}`;
  return `<${names.map((k) => hashText(v.get(k) ?? null, type?.attributes?.get(k)?.type, depth + 1) + ";").join("")}>`;
}

function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/** big.Float.String(): Text('g', 10), ten significant digits, %e below 1e-4 and from 1e10. */
export function goFloatText(n: number): string {
  if (n === 0) return Object.is(n, -0) ? "-0" : "0";
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : "-Inf";
  const [mantissa, exponentText] = n.toExponential(9).split("e");
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace(/^-/, "").replace(".", "").replace(/0+$/, "") || "0";
  const sign = negative ? "-" : "";
  if (exponent < -4 || exponent >= 10) {
    const e = `${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
    return `${sign}${digits[0]}${digits.length > 1 ? "." + digits.slice(1) : ""}e${e}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}${fraction ? "." + fraction : ""}`;
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
// Printable ASCII but the quote and the backslash: written as it is.
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
const NAMED_ESCAPES: Record<string, string> = { "\x07": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v" };

/** Go's %q: printable runes as they are, the rest escaped (\n, \x7f, \u00a0, \U0001f600). */
export function goQuote(s: string): string {
  if (PLAIN_ASCII.test(s)) return `"${s}"`;
  let out = '"';
  for (const written of s) {
    // A lone surrogate is not valid UTF-8; Go reads U+FFFD there.
    const ch = /^[\ud800-\udfff]$/.test(written) ? "\ufffd" : written;
    const c = ch.codePointAt(0) ?? 0xfffd;
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (PRINTABLE.test(ch)) out += ch;
    else if (NAMED_ESCAPES[ch] !== undefined) out += NAMED_ESCAPES[ch];
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + '"';
}

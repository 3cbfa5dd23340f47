// String functions.
import { EvalError } from "../errors";
import { checkStringLength } from "../caps";
import { toInt, toList, toStr } from "../convert";
import { Value } from "../value";
import { graphemes } from "./collections";
import { fn, list, object, str } from "./define";
import { allMatches, checkSubject, compileRegex, expandReplacement } from "./regex";
import type { CallContext, HclFunction } from "./types";

function replace(s: string, search: string, replacement: string, ctx: CallContext): string {
  if (search.length > 1 && search.startsWith("/") && search.endsWith("/")) {
    const re = compileRegex(search.slice(1, -1), checkSubject(s, "replace()"));
    const matches = allMatches(re, s);
    let out = "";
    let last = 0;
    for (const m of matches) {
      out += s.slice(last, m.index) + expandReplacement(replacement, m);
      last = m.index + m[0].length;
      checkStringLength(out.length, "replace()");
    }
    return str(ctx, out + s.slice(last));
  }
  if (search === "") {
    const chars = Array.from(s);
    checkStringLength(s.length + (chars.length + 1) * replacement.length, "replace()");
    return replacement + chars.map((c) => c + replacement).join("");
  }
  const parts = s.split(search);
  checkStringLength(s.length + (parts.length - 1) * (replacement.length - search.length), "replace()");
  return parts.join(replacement);
}

function cutset(s: string, chars: string, start: boolean, end: boolean): string {
  const set = new Set(Array.from(chars));
  const cps = Array.from(s);
  let a = 0;
  let b = cps.length;
  while (start && a < b && set.has(cps[a])) a++;
  while (end && b > a && set.has(cps[b - 1])) b--;
  return cps.slice(a, b).join("");
}

/* Go's unicode.ToLower / ToUpper / ToTitle map one rune to one rune, and Terraform's lower, upper and
 * title are built on them. JavaScript's full mapping differs where it would let a string compare
 * otherwise than in Terraform: "İ" lowers to "i̇", "ß" uppers to "SS", a final "Σ" lowers to "ς". */
function lowerRune(c: string): string {
  return c === "\u0130" ? "i" : c.toLowerCase();
}

function upperRune(c: string): string {
  const u = c.toUpperCase();
  if (Array.from(u).length === 1) return u;
  const cp = c.codePointAt(0)!;
  // Greek with ypogegrammeni: the simple upper case is the titlecase letter; the rest stay as they are.
  if (cp >= 0x1f80 && cp <= 0x1faf) return String.fromCodePoint(cp | 8);
  if (cp === 0x1fb3 || cp === 0x1fc3 || cp === 0x1ff3) return String.fromCodePoint(cp + 9);
  return c;
}

function titleRune(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp >= 0x1c4 && cp <= 0x1cc) return String.fromCodePoint(Math.floor((cp - 0x1c4) / 3) * 3 + 0x1c5);
  if (cp >= 0x1f1 && cp <= 0x1f3) return "\u01f2";
  if (cp >= 0x10d0 && cp <= 0x10ff) return c; // Georgian Mkhedruli is its own title case
  return upperRune(c);
}

function isAscii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}

function byRune(s: string, map: (c: string) => string): string {
  return Array.from(s, map).join("");
}

/** Go's strings.Title: a letter after a separator (ASCII other than letters, digits and "_", or
 * white space) is title-cased. */
function title(s: string): string {
  return s.replace(/(^|[\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]|\s)(\p{L})/gu, (_, sep: string, c: string) => sep + titleRune(c));
}

export const STRING_FUNCTIONS: Record<string, HclFunction> = {
  join: fn(2, Infinity, "list elements joined with a separator", (args, ctx) => {
    const sep = toStr(args[0], "the separator");
    const items: string[] = [];
    let length = 0;
    for (const a of args.slice(1)) {
      for (const v of toList(a, "a list").items) {
        const s = toStr(v, "an element");
        length += s.length + sep.length;
        checkStringLength(length, "join()");
        items.push(s);
      }
    }
    return str(ctx, items.join(sep));
  }),
  split: fn(2, 2, "a string split at a separator", (args, ctx) => {
    const sep = toStr(args[0], "the separator");
    const s = toStr(args[1], "the string");
    const parts = sep === "" ? Array.from(s) : s.split(sep);
    return list(ctx, parts);
  }),
  lower: fn(1, 1, "lower case", ([v]) => (isAscii(toStr(v)) ? toStr(v).toLowerCase() : byRune(toStr(v), lowerRune))),
  upper: fn(1, 1, "upper case", ([v]) => (isAscii(toStr(v)) ? toStr(v).toUpperCase() : byRune(toStr(v), upperRune))),
  title: fn(1, 1, "the first letter of each word in upper case", ([v]) => title(toStr(v))),
  replace: fn(3, 3, "replaces a substring, or a /regex/ with $1 groups", (args, ctx) =>
    replace(toStr(args[0], "the string"), toStr(args[1], "the search"), toStr(args[2], "the replacement"), ctx),
  ),
  substr: fn(3, 3, "a substring by character offset and length (-1: to the end)", (args) => {
    const chars = graphemes(toStr(args[0], "the string"));
    let offset = toInt(args[1], "the offset");
    const length = toInt(args[2], "the length");
    if (offset < 0) offset = Math.max(0, chars.length + offset);
    if (offset > chars.length) throw new EvalError("the offset is beyond the end of the string");
    if (length < -1) throw new EvalError("the length must be -1 or more");
    return chars.slice(offset, length === -1 ? undefined : offset + length).join("");
  }),
  trimspace: fn(1, 1, "the string without leading and trailing white space", ([v]) => toStr(v).replace(/^[\s\u0085]+|[\s\u0085]+$/gu, "")),
  trim: fn(2, 2, "the string without leading and trailing characters of a set", ([s, c]) => cutset(toStr(s), toStr(c), true, true)),
  trimprefix: fn(2, 2, "the string without a prefix", ([s, p]) => {
    const t = toStr(s);
    const x = toStr(p);
    return t.startsWith(x) ? t.slice(x.length) : t;
  }),
  trimsuffix: fn(2, 2, "the string without a suffix", ([s, p]) => {
    const t = toStr(s);
    const x = toStr(p);
    return x !== "" && t.endsWith(x) ? t.slice(0, t.length - x.length) : t;
  }),
  startswith: fn(2, 2, "whether a string starts with a prefix", ([s, p]) => toStr(s).startsWith(toStr(p))),
  endswith: fn(2, 2, "whether a string ends with a suffix", ([s, p]) => toStr(s).endsWith(toStr(p))),
  strcontains: fn(2, 2, "whether a string contains a substring", ([s, p]) => toStr(s).includes(toStr(p))),
  strrev: fn(1, 1, "the characters in reverse order", ([v]) => graphemes(toStr(v)).reverse().join("")),
  chomp: fn(1, 1, "the string without trailing newlines", ([v]) => toStr(v).replace(/(\r\n|\n|\r)+$/, "")),
  indent: fn(2, 2, "every line but the first indented by n spaces", ([n, v], ctx) => {
    const k = toInt(n, "the number of spaces");
    if (k < 0) throw new EvalError("the number of spaces must not be negative");
    const s = toStr(v);
    const lines = s.split("\n");
    checkStringLength(s.length + (lines.length - 1) * k, "indent()");
    return str(ctx, lines.join("\n" + " ".repeat(k)));
  }),
  regex: fn(2, 2, "the match of a regular expression (captures as list or object)", ([p, v], ctx) => {
    const s = checkSubject(toStr(v, "the string"), "regex()");
    const re = compileRegex(toStr(p, "the pattern"), s);
    const m = allMatches(re, s)[0];
    if (!m) throw new EvalError("the pattern did not match");
    return matchValue(m, ctx);
  }),
  regexall: fn(2, 2, "all matches of a regular expression", ([p, v], ctx) => {
    const s = checkSubject(toStr(v, "the string"), "regexall()");
    const re = compileRegex(toStr(p, "the pattern"), s);
    const ms = allMatches(re, s);
    return list(
      ctx,
      ms.map((m) => matchValue(m, ctx)),
    );
  }),
};

function matchValue(m: RegExpExecArray, ctx: CallContext): Value {
  if (m.groups && Object.keys(m.groups).length > 0) {
    const entries = new Map<string, Value>();
    for (const k of Object.keys(m.groups)) entries.set(k, m.groups[k] ?? null);
    return object(ctx, entries);
  }
  if (m.length > 1) return list(ctx, m.slice(1).map((g) => g ?? null));
  return m[0];
}


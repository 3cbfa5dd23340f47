// Regular expressions as Terraform (Go's RE2) reads them, run by V8's linear-time engine so that no
// pattern can take exponential time. RE2 syntax is translated where JS differs; what cannot be
// translated is "not supported" (Unknown), never silently different.
import { setFlagsFromString } from "node:v8";
import { amount, aString, CapError, Construct, EvalError } from "../errors";
import { MAX_REGEX_SUBJECT_LENGTH } from "../caps";
import { UnknownHit } from "../unknowns";
import { Unknown } from "../value";

// The linear engine (RegExp flag "l") only exists behind this V8 flag. It accepts exactly the
// patterns that need no backtracking: RE2's language.
setFlagsFromString("--enable-experimental-regexp-engine");

const cache = new Map<string, RegExp>();

function unsupported(why: string): never {
  throw new UnknownHit(new Unknown("unsupported", `regular expression: ${why}`));
}

/** A global RegExp for an RE2 pattern. */
export function compileRegex(pattern: string, subject: string): RegExp {
  if (/[\ud800-\udfff]/.test(subject) && /\.|\[\^|\\[DSWB]/.test(pattern)) unsupported("characters beyond U+FFFF in the subject");
  const hit = cache.get(pattern);
  if (hit) return new RegExp(hit);
  let body = pattern;
  let flags = "";
  const lead = /^\(\?([imsU]+)\)/.exec(body);
  if (lead) {
    if (lead[1].includes("U")) unsupported("the U (ungreedy) flag");
    flags = [...new Set(lead[1])].join("");
    body = body.slice(lead[0].length);
  }
  if (/\(\?[imsU-]+[:)]/.test(body)) unsupported("inline flags after the start");
  if (/\\[QEzAC]|\[\[:/.test(body)) {
    body = body.replace(/\\z/g, "$").replace(/\\A/g, "^");
    if (/\\[QEC]|\[\[:/.test(body)) unsupported("\\Q, \\C or [[:class:]] syntax");
  }
  body = body.replace(/\(\?P</g, "(?<");
  // The linear engine reads patterns as UTF-16 units and has neither the i nor the u flag: refuse
  // what would then match differently, and spell case-insensitivity out for ASCII letters.
  if (/[\ud800-\udfff]|\\[pPx]\{?/.test(body)) unsupported("Unicode classes, \\x{...} or characters beyond U+FFFF");
  if (flags.includes("i")) {
    body = foldCase(body);
    flags = flags.replace("i", "");
  }
  let re: RegExp | undefined;
  try {
    re = new RegExp(body, "gl" + flags);
  } catch (e) {
    if (/Invalid flags/i.test((e as Error).message)) unsupported("the linear-time engine is not available");
  }
  if (!re) throw new EvalError(`invalid regular expression ${JSON.stringify(pattern.slice(0, 60))}`);
  if (cache.size > 256) cache.clear();
  cache.set(pattern, re);
  return new RegExp(re);
}

export function checkSubject(s: string, construct: Construct): string {
  if (s.length > MAX_REGEX_SUBJECT_LENGTH) {
    throw new CapError(construct, aString(s.length), amount(MAX_REGEX_SUBJECT_LENGTH, "characters"));
  }
  return s;
}

/** Go's Regexp.Expand template: $1, ${1}, $name, ${name}, $$. */
export function expandReplacement(template: string, match: RegExpExecArray): string {
  return template.replace(/\$(\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g, (_, all: string, braced?: string, bare?: string) => {
    if (all === "$") return "$";
    const name = braced ?? bare ?? "";
    if (/^\d+$/.test(name)) return match[Number(name)] ?? "";
    return match.groups?.[name] ?? "";
  });
}

/** All matches of `re` in `s` (global), empty matches advancing by one code point. */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(s);
    if (!m) break;
    out.push(m);
    if (m[0] === "") re.lastIndex += (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    if (re.lastIndex > s.length) break;
  }
  return out;
}

/** `body` with every ASCII letter matching both cases ([aA] outside classes, aA/a-zA-Z inside). */
function foldCase(body: string): string {
  if (/[^\x00-\x7f]/.test(body)) unsupported("case-insensitive matching of non-ASCII letters");
  let out = "";
  let inClass = false;
  let extra = "";
  let classStart = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") {
      out += body.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]" && !/\[\^?$/.test(out)) {
        out = out.slice(0, classStart) + extra + out.slice(classStart) + "]";
        inClass = false;
        extra = "";
        continue;
      }
      const range = /^([a-zA-Z])-([a-zA-Z])/.exec(body.slice(i));
      if (range) {
        extra += swap(range[1]) + "-" + swap(range[2]);
        out += range[0];
        i += 2;
        continue;
      }
      if (/[a-zA-Z]/.test(c)) extra += swap(c);
      out += c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      if (body[i + 1] === "^") {
        out += "^";
        i++;
      }
      classStart = out.length;
      continue;
    }
    if (/[a-zA-Z]/.test(c) && !/\\$/.test(out) && !/\(\?<[A-Za-z0-9_]*$/.test(out)) {
      out += `[${c}${swap(c)}]`;
      continue;
    }
    out += c;
  }
  return out;
}

function swap(c: string): string {
  return c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
}

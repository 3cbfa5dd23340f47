// What a reviewer should know about a waiver: a blanket pattern, no owner, no expiry date. Reports
// show these next to each waiver; govguard.yaml's waivers.* settings make them errors, which the
// bundle raises (lib/waivers, whose `warnings` rule these mirror text for text: a test holds the
// two together).
import { Text } from "../model";

// Each form with its placeholders (TYPE, NAME, MODULE, ALIAS) written as U+E000, a private-use
// character no form contains. A pattern without that character can match it only with a `*`, and
// a `*` that matches it matches any text in its place: so matching a probe means matching every
// address of its form.
const PLACEHOLDER = "\uE000";
const PROBES = ["alicloud_#.#", "module.#.alicloud_#.#", "data.alicloud_#.#", "alicloud.#", "module.#:alicloud"].map((form) =>
  form.replaceAll("#", PLACEHOLDER),
);

/** Whether a glob (`*` matches any run of characters, all else is literal) matches all of `text`. */
export function globMatches(pattern: string, text: string): boolean {
  const parts = pattern.split("*");
  if (parts.length === 1) return pattern === text;
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  // Each middle literal at its earliest place: a later place never lets more of the rest match.
  let at = first.length;
  const end = text.length - last.length;
  for (const part of parts.slice(1, -1)) {
    const found = text.indexOf(part, at);
    if (found === -1 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}

/**
 * Whether a waiver's address pattern is blanket: it matches every address of one of the forms
 * alicloud_TYPE.NAME, module.MODULE.alicloud_TYPE.NAME, data.alicloud_TYPE.NAME, alicloud.ALIAS or
 * module.MODULE:alicloud, whatever the capitals stand for, so it waives its control for resources
 * nobody has written yet (`*`, `*.*`, `alicloud_*`, `module.*`, `alicloud.*`).
 */
export function isBlanket(pattern: string): boolean {
  return !pattern.includes(PLACEHOLDER) && PROBES.some((probe) => globMatches(pattern, probe));
}

export const WAIVER_WARNINGS = {
  blanket: { zh: "通配范围过宽：匹配该控制项的所有资源，包括以后新增的资源", en: "blanket pattern: it matches every resource of its control, including any added later" },
  no_owner: { zh: "未注明负责人：没有人对它负责", en: "no owner: nobody is named as answerable for it" },
  no_expiry: { zh: "未设到期日：永不失效，也不会再被复核", en: "no expiry date: it never lapses and is never reviewed again" },
} satisfies Record<string, Text>;

function has(entry: object, key: string): boolean {
  return Object.hasOwn(entry, key);
}

// Rego's trim_space (Go's unicode.IsSpace: JavaScript's \s less U+FEFF, plus U+0085) after lib/waivers
// drops the characters that show nothing (zero-width, BOM, bidi marks and overrides, invisible
// operators, soft hyphen): an owner written only with them names nobody.
const BLANK =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]*$/;

/** The warnings on one waivers.yaml entry, in the order blanket, owner, expiry. */
export function waiverWarnings(entry: unknown): Text[] {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return [];
  const e = entry as Record<string, unknown>;
  const warnings: Text[] = [];
  if (has(e, "resource") && typeof e.resource === "string" && isBlanket(e.resource)) warnings.push(WAIVER_WARNINGS.blanket);
  if (!has(e, "owner") || typeof e.owner !== "string" || BLANK.test(e.owner)) warnings.push(WAIVER_WARNINGS.no_owner);
  if (!has(e, "expires")) warnings.push(WAIVER_WARNINGS.no_expiry);
  return warnings;
}

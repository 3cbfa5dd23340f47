// What every format's escaper does first to input text: characters that are invisible, control a
// terminal, end a line somewhere, reorder text (Trojan Source) or are invalid in XML or JSON are
// shown as escapes a reader can see ("\r", "\x1b", "\u202e"), so the text stays on its line, looks
// like what it is, and parses everywhere.

// C0 and C1 controls, format characters (bidi overrides and isolates, zero-width characters, the
// BOM, soft hyphen, tag characters), U+2028/U+2029, lone surrogates, noncharacters (U+FFFE, U+FFFF,
// U+FDD0..), and the Hangul fillers that render as blank.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Noncharacter_Code_Point}\u115f\u1160\u3164\uffa0]/gu;

const NAMED: Record<string, string> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function shown(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const cp = c.codePointAt(0) as number;
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, "0")}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, "0")}`;
  return `\\u{${cp.toString(16)}}`;
}

/** Input text with every hidden, control or invalid character shown as an escape. */
export function visible(text: string): string {
  return text.replace(HIDDEN, shown);
}

/** Lone surrogates replaced by U+FFFD, so the text is valid Unicode (strict JSON, UTF-8). */
export function wellFormed(text: string): string {
  // isWellFormed (ES2024, Node 20) answers the common case without a regular expression.
  return (text as string & { isWellFormed(): boolean }).isWellFormed() ? text : text.replace(/\p{Cs}/gu, "\ufffd");
}

/** At most `max` code points, with "…" for the rest. */
export function capped(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max).join("")}…`;
}

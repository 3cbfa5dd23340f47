// What JSON.parse accepts but govguard cannot judge safely, found in one pass over the bytes of a
// document JSON.parse has already accepted: nesting deeper than the cap (JSON.stringify, the
// policy engine's wasm parser and recursive readers overflow their stacks long before V8's parser
// does), and \uD800-\uDFFF escapes that do not form a surrogate pair (no Unicode text holds them,
// and OPA's parser refuses them), and numbers a 64-bit float does not hold (doubleProblem). Raw
// bytes need no check here: the caller validates UTF-8 first, and valid UTF-8 encodes no surrogate.
import { Text } from "../model";
import { Byte, hexValue } from "./json-bytes";
import { doubleProblem } from "./reading-caps";

export type JsonLimitProblem =
  | { kind: "depth"; offset: number }
  | { kind: "surrogate"; offset: number }
  | { kind: "number"; offset: number; problem: Text };

/** Longest number literal without an exponent that a double surely holds as written: overflow
 * takes 309 integer digits, and rounding a non-zero value to 0 more than 320 characters. */
export const PLAIN_NUMBER_CHECKED_OVER = 300;

/** Why the number literal [start, end) of `bytes` (JSON's grammar, already checked) is not what a
 * double holds; undefined when it is. Only literals with an exponent or longer than
 * PLAIN_NUMBER_CHECKED_OVER can fail, so the rest are not converted. */
export function numberLiteralProblem(bytes: Uint8Array, start: number, end: number, exponent: boolean): Text | undefined {
  if (!exponent && end - start <= PLAIN_NUMBER_CHECKED_OVER) return undefined;
  return doubleProblem(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("latin1"));
}

/** The code unit of the \uXXXX escape whose backslash is at `at`, or -1 if there is none. */
function escapeAt(bytes: Uint8Array, at: number): number {
  if (at + 5 >= bytes.length || bytes[at] !== Byte.BACKSLASH || bytes[at + 1] !== Byte.LOWER_U) return -1;
  let unit = 0;
  for (let k = at + 2; k < at + 6; k++) {
    const d = hexValue(bytes[k]);
    if (d < 0) return -1;
    unit = unit * 16 + d;
  }
  return unit;
}

/**
 * The first place where `bytes` (a JSON text that JSON.parse accepted) nests deeper than
 * `maxDepth`, escapes a lone surrogate or writes a number no double holds; undefined when there is
 * none. Linear in the length: strings are crossed with indexOf (native) from backslash to backslash.
 */
export function findJsonLimitProblem(bytes: Uint8Array, maxDepth: number): JsonLimitProblem | undefined {
  const n = bytes.length;
  let depth = 0;
  // The next backslash at or after the current position; -1 when the text has no more.
  let nextBackslash = bytes.indexOf(Byte.BACKSLASH);
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b === Byte.QUOTE) {
      i++;
      let quote = bytes.indexOf(Byte.QUOTE, i);
      for (;;) {
        // An unclosed string (never in text JSON.parse accepted) ends the scan.
        if (quote === -1) return undefined;
        if (nextBackslash !== -1 && nextBackslash < i) nextBackslash = bytes.indexOf(Byte.BACKSLASH, i);
        if (nextBackslash === -1 || nextBackslash > quote) break;
        const at = nextBackslash;
        let after = at + 2;
        if (bytes[at + 1] === Byte.LOWER_U) {
          const unit = escapeAt(bytes, at);
          if (unit >= 0xdc00 && unit <= 0xdfff) return { kind: "surrogate", offset: at };
          if (unit >= 0xd800 && unit <= 0xdbff) {
            const low = escapeAt(bytes, at + 6);
            if (low < 0xdc00 || low > 0xdfff) return { kind: "surrogate", offset: at };
            after = at + 12;
          } else {
            after = at + 6;
          }
        }
        i = after;
        // The quote found was escaped: the string ends at a later one.
        if (after > quote) quote = bytes.indexOf(Byte.QUOTE, after);
      }
      i = quote + 1;
      continue;
    }
    if (b === Byte.OPEN_ARRAY || b === Byte.OPEN_OBJECT) {
      if (++depth > maxDepth) return { kind: "depth", offset: i };
    } else if (b === Byte.CLOSE_ARRAY || b === Byte.CLOSE_OBJECT) {
      depth--;
    } else if (b === Byte.MINUS || (b >= Byte.ZERO && b <= Byte.NINE)) {
      const start = i;
      let exponent = false;
      for (i++; i < n; i++) {
        const c = bytes[i];
        if (c === Byte.LOWER_E || c === Byte.UPPER_E) exponent = true;
        else if (!((c >= Byte.ZERO && c <= Byte.NINE) || c === Byte.DOT || c === Byte.MINUS || c === Byte.PLUS)) break;
      }
      const problem = numberLiteralProblem(bytes, start, i, exponent);
      if (problem) return { kind: "number", offset: start, problem };
      continue;
    }
    i++;
  }
  return undefined;
}

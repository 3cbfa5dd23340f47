// What JSON.parse accepts but govguard cannot judge safely, found in one pass over the bytes of a
// document JSON.parse has already accepted: nesting deeper than the cap (JSON.stringify, the
// policy engine's wasm parser and recursive readers overflow their stacks long before V8's parser
// does), and \uD800-\uDFFF escapes that do not form a surrogate pair (no Unicode text holds them,
// and OPA's parser refuses them), and numbers a 64-bit float does not hold (doubleProblem). Raw
// bytes need no check here: the caller validates UTF-8 first, and valid UTF-8 encodes no surrogate.
import { Text } from "../model";
import { doubleProblem } from "./reading-caps";

export type JsonLimitProblem =
  | { kind: "depth"; offset: number }
  | { kind: "surrogate"; offset: number }
  | { kind: "number"; offset: number; problem: Text };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
const LOWER_U = 0x75;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

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

function hexDigit(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  return -1;
}

/** The code unit of the \uXXXX escape whose backslash is at `at`, or -1 if there is none. */
function escapeAt(bytes: Uint8Array, at: number): number {
  if (at + 5 >= bytes.length || bytes[at] !== BACKSLASH || bytes[at + 1] !== LOWER_U) return -1;
  let unit = 0;
  for (let k = at + 2; k < at + 6; k++) {
    const d = hexDigit(bytes[k]);
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
  let nextBackslash = bytes.indexOf(BACKSLASH);
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b === QUOTE) {
      i++;
      let quote = bytes.indexOf(QUOTE, i);
      for (;;) {
        // An unclosed string (never in text JSON.parse accepted) ends the scan.
        if (quote === -1) return undefined;
        if (nextBackslash !== -1 && nextBackslash < i) nextBackslash = bytes.indexOf(BACKSLASH, i);
        if (nextBackslash === -1 || nextBackslash > quote) break;
        const at = nextBackslash;
        let after = at + 2;
        if (bytes[at + 1] === LOWER_U) {
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
        if (after > quote) quote = bytes.indexOf(QUOTE, after);
      }
      i = quote + 1;
      continue;
    }
    if (b === OPEN_ARRAY || b === OPEN_OBJECT) {
      if (++depth > maxDepth) return { kind: "depth", offset: i };
    } else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) {
      depth--;
    } else if (b === MINUS || (b >= ZERO && b <= NINE)) {
      const start = i;
      let exponent = false;
      for (i++; i < n; i++) {
        const c = bytes[i];
        if (c === LOWER_E || c === UPPER_E) exponent = true;
        else if (!((c >= ZERO && c <= NINE) || c === DOT || c === MINUS || c === PLUS)) break;
      }
      const problem = numberLiteralProblem(bytes, start, i, exponent);
      if (problem) return { kind: "number", offset: start, problem };
      continue;
    }
    i++;
  }
  return undefined;
}

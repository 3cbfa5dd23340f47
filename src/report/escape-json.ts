// Strings in JSON reports (the JSON report, SARIF): strict JSON, so no lone surrogate (RFC 8259
// leaves them to the parser; I-JSON and most strict parsers refuse them). SARIF's messages are also
// shown to people by code-scanning viewers, so their input is visible-escaped, and square brackets
// are escaped so input cannot form a SARIF embedded link ("[text](target)").
import { visible, wellFormed } from "./escape";
import { isUntrusted, revealForEscaper, Untrusted } from "./untrusted";

/** A copy of a JSON value with every string, keys included, well-formed. */
export function jsonSafe<T>(value: T): T {
  if (typeof value === "string") return wellFormed(value) as T;
  if (Array.isArray(value)) return value.map(jsonSafe) as T;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[wellFormed(k)] = jsonSafe(v);
    return out as T;
  }
  return value;
}

/**
 * Whether JSON text from JSON.stringify holds a lone surrogate: JSON.stringify writes one as a
 * `\udXXX` escape (ES2019) and everything else, pairs included, as text; so a `\ud8`-`\udf`
 * whose backslash is not the second half of an escaped backslash is one.
 */
export function escapesLoneSurrogate(json: string): boolean {
  for (let at = json.indexOf("\\ud"); at !== -1; at = json.indexOf("\\ud", at + 1)) {
    const next = json.charCodeAt(at + 3);
    // 8, 9, a-f: D800-DFFF (JSON.stringify writes lowercase hex).
    if (!((next >= 0x38 && next <= 0x39) || (next >= 0x61 && next <= 0x66))) continue;
    let slashes = 0;
    while (at - slashes - 1 >= 0 && json.charCodeAt(at - slashes - 1) === 0x5c) slashes++;
    if (slashes % 2 === 0) return true;
  }
  return false;
}

/** Input as data: as it was, only made well-formed. */
export function jsonString(value: Untrusted | string): string {
  return wellFormed(isUntrusted(value) ? revealForEscaper(value) : value);
}

/** Input as a person reads it in a SARIF viewer. */
export function sarifText(value: Untrusted | string): string {
  return visible(isUntrusted(value) ? revealForEscaper(value) : value);
}

/** A SARIF message's plain text (§3.11.6: "\[" and "\]" are literal brackets). */
export function sarifMessage(value: Untrusted | string): string {
  return sarifText(value)
    .replace(/\\(?=[[\]])/g, "\\\\")
    .replace(/[[\]]/g, "\\$&");
}

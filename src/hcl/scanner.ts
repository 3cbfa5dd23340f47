// Character-level reading shared by the expression and template parsers: position, whitespace and
// comments, identifiers, number literals, and the nesting count that bounds recursion.
import { amount, CapError, Construct, HclSyntaxError, moreThan, NUMBER_RANGE } from "./errors";
import { MAX_NESTING_DEPTH, MAX_NUMBER_DIGITS } from "./caps";
import type { Expression } from "./ast";

const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}\-]/u;

export class Cursor {
  pos = 0;
  private depth = 0;
  constructor(readonly src: string) {}

  get eof(): boolean {
    return this.pos >= this.src.length;
  }
  peek(offset = 0): string {
    return this.src.charAt(this.pos + offset);
  }
  at(text: string): boolean {
    return this.src.startsWith(text, this.pos);
  }
  eat(text: string): boolean {
    if (!this.at(text)) return false;
    this.pos += text.length;
    return true;
  }
  expect(text: string, what: string): void {
    this.space();
    if (!this.eat(text)) throw this.error(`expected ${what}`);
  }

  error(message: string, at = this.pos): HclSyntaxError {
    const found = at >= this.src.length ? "end of input" : JSON.stringify(this.src.slice(at, at + 12));
    return new HclSyntaxError(`${message} at offset ${at} (found ${found})`, at);
  }

  /** Enters one level of nesting; refuses nesting deeper than MAX_NESTING_DEPTH. */
  enter(): void {
    if (++this.depth > MAX_NESTING_DEPTH) {
      throw new CapError("expression nesting", moreThan(MAX_NESTING_DEPTH, "levels"), amount(MAX_NESTING_DEPTH, "levels"));
    }
  }
  leave(): void {
    this.depth--;
  }

  /** Skips whitespace and comments; returns whether a newline was crossed. */
  space(): boolean {
    let newline = false;
    const s = this.src;
    for (;;) {
      const c = s.charAt(this.pos);
      if (c === "\n") {
        newline = true;
        this.pos++;
      } else if (c === " " || c === "\t" || c === "\r") {
        this.pos++;
      } else if (c === "#" || (c === "/" && s.charAt(this.pos + 1) === "/")) {
        const end = s.indexOf("\n", this.pos);
        this.pos = end < 0 ? s.length : end;
      } else if (c === "/" && s.charAt(this.pos + 1) === "*") {
        const end = s.indexOf("*/", this.pos + 2);
        if (end < 0) throw this.error("unterminated comment");
        if (s.slice(this.pos, end).includes("\n")) newline = true;
        this.pos = end + 2;
      } else {
        return newline;
      }
    }
  }

  atIdentStart(): boolean {
    const c = this.codePoint();
    return c !== "" && ID_START.test(c);
  }
  /** Reads an identifier (HCL allows "-" after the first character) or returns undefined. */
  ident(): string | undefined {
    if (!this.atIdentStart()) return undefined;
    const start = this.pos;
    this.pos += this.codePoint().length;
    for (;;) {
      const c = this.codePoint();
      if (c === "" || !ID_CONTINUE.test(c)) break;
      this.pos += c.length;
    }
    return this.src.slice(start, this.pos);
  }
  private codePoint(): string {
    const cp = this.src.codePointAt(this.pos);
    return cp === undefined ? "" : String.fromCodePoint(cp);
  }

  /** Reads a number literal (digits, optional fraction and exponent) at a digit. */
  number(): number {
    const start = this.pos;
    const s = this.src;
    const digits = () => {
      const from = this.pos;
      while (this.pos < s.length && s.charCodeAt(this.pos) >= 48 && s.charCodeAt(this.pos) <= 57) this.pos++;
      return this.pos > from;
    };
    digits();
    if (s.charAt(this.pos) === "." && isDigit(s.charAt(this.pos + 1))) {
      this.pos++;
      digits();
    }
    if (/[eE]/.test(s.charAt(this.pos))) {
      const save = this.pos;
      this.pos++;
      if (s.charAt(this.pos) === "+" || s.charAt(this.pos) === "-") this.pos++;
      if (!digits()) this.pos = save;
    }
    return parseNumberText(s.slice(start, this.pos), "number literal");
  }
}

export function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The number a decimal text denotes, refusing texts longer than MAX_NUMBER_DIGITS and values a
 * double cannot hold (infinite, or a non-zero value that would become 0). Returns NaN for text
 * that is not a number. */
export function parseNumberText(text: string, construct: Construct): number {
  if (text.length > MAX_NUMBER_DIGITS) {
    throw new CapError(construct, amount(text.length, "characters"), amount(MAX_NUMBER_DIGITS, "characters"));
  }
  if (!NUMBER.test(text)) return NaN;
  const n = Number(text);
  const mantissa = text.replace(/[eE].*$/, "");
  if (!Number.isFinite(n) || (n === 0 && /[1-9]/.test(mantissa))) {
    throw new CapError(construct, { zh: `${text.slice(0, 40)} 超出数值范围`, en: `${text.slice(0, 40)} is out of range` }, NUMBER_RANGE);
  }
  return n;
}

/** Builds a node, recording its depth and refusing trees deeper than MAX_NESTING_DEPTH (the
 * evaluator recurses over them). */
export function node<T extends Expression>(
  cur: Cursor,
  start: number,
  fields: Omit<T, "src" | "start" | "end" | "depth">,
  children: readonly (Expression | undefined)[],
): T {
  let depth = 0;
  for (const c of children) if (c && c.depth > depth) depth = c.depth;
  depth += 1;
  if (depth > MAX_NESTING_DEPTH) {
    throw new CapError("expression nesting", moreThan(MAX_NESTING_DEPTH, "levels"), amount(MAX_NESTING_DEPTH, "levels"));
  }
  // `fields` is always a fresh literal: completing it in place is much faster than a spread.
  const n = fields as Record<string, unknown>;
  n.src = cur.src;
  n.start = start;
  n.end = cur.pos;
  n.depth = depth;
  return n as unknown as T;
}

// Templates: the text of a quoted string, a heredoc, or a JSON-syntax string, with ${...}
// interpolations, %{if}/%{for} directives, "$${" and "%%{" escapes and "~" strip markers.
import type { Expression, LiteralNode, TemplateNode, TemplatePart } from "./ast";
import { Cursor, node } from "./scanner";
import { nfc } from "./value";

export type TemplateMode =
  /** A native-syntax "..." string: backslash escapes, ends at the closing quote. */
  | { kind: "quoted" }
  /** Heredoc content ending at `end`; `indent` characters are removed from each line (<<-). */
  | { kind: "heredoc"; end: number; indent: number }
  /** A JSON string's content (already unescaped by JSON): ends at the end of input. */
  | { kind: "json" };

type Flat =
  | { k: "text"; text: string }
  | { k: "interp"; expr: Expression; sl: boolean; sr: boolean }
  | { k: "if"; cond: Expression; sl: boolean; sr: boolean; at: number }
  | { k: "for"; keyVar?: string; valueVar: string; collection: Expression; sl: boolean; sr: boolean; at: number }
  | { k: "else" | "endif" | "endfor"; sl: boolean; sr: boolean; at: number };

/** A run of characters that are plain text in each mode. */
const PLAIN = { quoted: /[^$%\\"\n]+/y, heredoc: /[^$%\n]+/y, json: /[^$%]+/y };

export type EmbeddedParser = (cur: Cursor) => Expression;

/** Parses template text at the cursor. A template that is exactly one interpolation yields that
 * expression itself (its value is not converted to a string), as in HCL. */
export function parseTemplateAt(cur: Cursor, mode: TemplateMode, parseEmbedded: EmbeddedParser): Expression {
  const start = cur.pos;
  const flat = scan(cur, mode, parseEmbedded);
  strip(flat);
  const pieces = flat.filter((f) => !(f.k === "text" && f.text === ""));
  if (pieces.length === 1 && pieces[0].k === "interp") return pieces[0].expr;
  const state = { i: 0 };
  const parts = build(cur, pieces, state, []);
  const children = collect(parts);
  if (parts.length === 0) return node<LiteralNode>(cur, start, { kind: "literal", value: "" }, []);
  if (parts.length === 1 && parts[0].kind === "text") return node<LiteralNode>(cur, start, { kind: "literal", value: nfc(parts[0].text) }, []);
  return node<TemplateNode>(cur, start, { kind: "template", parts }, children);
}

function done(cur: Cursor, mode: TemplateMode): boolean {
  if (mode.kind === "heredoc") return cur.pos >= mode.end;
  if (mode.kind === "quoted") return cur.eof || cur.peek() === '"';
  return cur.eof;
}

function scan(cur: Cursor, mode: TemplateMode, parseEmbedded: EmbeddedParser): Flat[] {
  const out: Flat[] = [];
  let text = "";
  let lineStart = true;
  const src = cur.src;
  while (!done(cur, mode)) {
    if (mode.kind === "heredoc" && lineStart && mode.indent > 0) {
      let n = 0;
      while (n < mode.indent && cur.pos < mode.end && (cur.peek() === " " || cur.peek() === "\t")) {
        cur.pos++;
        n++;
      }
      lineStart = false;
      continue;
    }
    lineStart = false;
    const c = src.charAt(cur.pos);
    const c1 = src.charAt(cur.pos + 1);
    if ((c === "$" || c === "%") && c1 === c && src.charAt(cur.pos + 2) === "{") {
      text += c + "{";
      cur.pos += 3;
    } else if (c === "$" && c1 === "{") {
      out.push({ k: "text", text });
      text = "";
      cur.pos += 2;
      const sl = cur.eat("~");
      cur.enter();
      const expr = parseEmbedded(cur);
      cur.leave();
      cur.space();
      const sr = cur.eat("~");
      if (!cur.eat("}")) throw cur.error("expected } to close the interpolation");
      out.push({ k: "interp", expr, sl, sr });
    } else if (c === "%" && c1 === "{") {
      out.push({ k: "text", text });
      text = "";
      out.push(directive(cur, parseEmbedded));
    } else if (mode.kind === "quoted" && c === "\\") {
      text += escape(cur);
    } else if (mode.kind === "quoted" && c === "\n") {
      throw cur.error("newline in a quoted string");
    } else {
      const plain = PLAIN[mode.kind];
      plain.lastIndex = cur.pos;
      const run = plain.exec(src);
      let end = run ? cur.pos + run[0].length : cur.pos + 1;
      if (mode.kind === "heredoc") end = Math.min(end, mode.end);
      text += src.slice(cur.pos, end);
      cur.pos = end;
      if (c === "\n") lineStart = true;
    }
  }
  out.push({ k: "text", text });
  return out;
}

function directive(cur: Cursor, parseEmbedded: EmbeddedParser): Flat {
  const at = cur.pos;
  cur.pos += 2;
  const sl = cur.eat("~");
  cur.space();
  const keyword = cur.ident();
  let result: Flat;
  if (keyword === "if") {
    cur.enter();
    const cond = parseEmbedded(cur);
    cur.leave();
    result = { k: "if", cond, sl, sr: false, at };
  } else if (keyword === "for") {
    cur.space();
    const first = cur.ident();
    if (!first) throw cur.error("expected a variable name after %{for");
    cur.space();
    let second: string | undefined;
    if (cur.eat(",")) {
      cur.space();
      second = cur.ident();
      if (!second) throw cur.error("expected a second variable name");
      cur.space();
    }
    if (cur.ident() !== "in") throw cur.error("expected `in` in %{for}");
    cur.enter();
    const collection = parseEmbedded(cur);
    cur.leave();
    result =
      second === undefined
        ? { k: "for", valueVar: first, collection, sl, sr: false, at }
        : { k: "for", keyVar: first, valueVar: second, collection, sl, sr: false, at };
  } else if (keyword === "else" || keyword === "endif" || keyword === "endfor") {
    result = { k: keyword, sl, sr: false, at };
  } else {
    throw cur.error("expected if, else, endif, for or endfor in a template directive", at);
  }
  cur.space();
  result.sr = cur.eat("~");
  if (!cur.eat("}")) throw cur.error("expected } to close the template directive");
  return result;
}

function escape(cur: Cursor): string {
  const c = cur.peek(1);
  const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
  if (Object.hasOwn(simple, c)) {
    cur.pos += 2;
    return simple[c];
  }
  if (c === "u" || c === "U") {
    const len = c === "u" ? 4 : 8;
    const hex = cur.src.slice(cur.pos + 2, cur.pos + 2 + len);
    if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw cur.error("invalid unicode escape");
    const code = parseInt(hex, 16);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw cur.error("invalid unicode code point");
    cur.pos += 2 + len;
    return String.fromCodePoint(code);
  }
  throw cur.error("invalid escape sequence");
}

const SPACE_END = /\s+$/u;
const SPACE_START = /^\s+/u;

function strip(flat: Flat[]): void {
  for (let i = 0; i < flat.length; i++) {
    const f = flat[i];
    if (f.k === "text") continue;
    const prev = flat[i - 1];
    const next = flat[i + 1];
    if (f.sl && prev?.k === "text") prev.text = prev.text.replace(SPACE_END, "");
    if (f.sr && next?.k === "text") next.text = next.text.replace(SPACE_START, "");
  }
}

function build(cur: Cursor, flat: Flat[], state: { i: number }, until: string[]): TemplatePart[] {
  const parts: TemplatePart[] = [];
  while (state.i < flat.length) {
    const f = flat[state.i];
    if (until.includes(f.k)) return parts;
    state.i++;
    if (f.k === "text") parts.push({ kind: "text", text: f.text });
    else if (f.k === "interp") parts.push({ kind: "interp", expr: f.expr });
    else if (f.k === "if") {
      cur.enter();
      const then = build(cur, flat, state, ["else", "endif"]);
      let otherwise: TemplatePart[] = [];
      if (flat[state.i]?.k === "else") {
        state.i++;
        otherwise = build(cur, flat, state, ["endif"]);
      }
      if (flat[state.i]?.k !== "endif") throw cur.error("%{if} without %{endif}", f.at);
      state.i++;
      cur.leave();
      parts.push({ kind: "if", cond: f.cond, then, else: otherwise });
    } else if (f.k === "for") {
      cur.enter();
      const body = build(cur, flat, state, ["endfor"]);
      if (flat[state.i]?.k !== "endfor") throw cur.error("%{for} without %{endfor}", f.at);
      state.i++;
      cur.leave();
      parts.push(
        f.keyVar === undefined
          ? { kind: "for", valueVar: f.valueVar, collection: f.collection, body }
          : { kind: "for", keyVar: f.keyVar, valueVar: f.valueVar, collection: f.collection, body },
      );
    } else {
      throw cur.error(`unexpected %{${f.k}}`, f.at);
    }
  }
  return parts;
}

function collect(parts: readonly TemplatePart[], out: Expression[] = []): Expression[] {
  for (const p of parts) {
    if (p.kind === "interp") out.push(p.expr);
    else if (p.kind === "if") {
      out.push(p.cond);
      collect(p.then, out);
      collect(p.else, out);
    } else if (p.kind === "for") {
      out.push(p.collection);
      collect(p.body, out);
    }
  }
  return out;
}

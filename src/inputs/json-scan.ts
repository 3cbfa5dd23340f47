// A byte scanner over JSON that finds where values start and end without building them: the plan
// index (plan-index.ts) reads a plan of any size by parsing its parts one at a time. It validates
// the whole text as JSON.parse would (grammar, strings, numbers), and what govguard also refuses
// (nesting deeper than the cap, escapes of lone UTF-16 surrogates, bytes that are not UTF-8,
// numbers no double holds), so a file the scanner accepts is one JSON.parse accepts. It reads
// either a Buffer or a file through a descriptor, a chunk at a time, keeping in memory only the
// chunk and the value being kept.
//
// Cost: one pass, constant work per byte. Memory: one chunk, plus the largest value a visitor asks
// to keep (a resource change, a module call, a top-level member), plus the nesting stack (capped).
import { createHash, Hash } from "node:crypto";
import * as fs from "node:fs";
import { constants as bufferConstants, isUtf8 } from "node:buffer";
import { Text } from "../model";
import { InputError } from "../errors";
import { checkHeap } from "../heap-guard";
import { Byte, hexValue } from "./json-bytes";
import { numberLiteralProblem, PLAIN_NUMBER_CHECKED_OVER } from "./json-limits";

export type ValueKind = "object" | "array" | "string" | "number" | "literal";

/** What a visitor wants of a value that starts in a container it watches. */
export interface Entered<C> {
  /** For an object or array: report its members or elements to the visitor with this context. */
  children?: C;
  /** Keep the value's bytes and hand them to `leave` (never together with `children`). */
  keep?: boolean;
}

export interface ScanVisitor<C> {
  /** A value starts directly inside a watched container: `key` is the member's name (decoded as
   * JSON.parse does) or the element's index; `start` its first byte; `line` (1-based) its line. */
  enter(parent: C, key: string | number, start: number, line: number, kind: ValueKind): Entered<C> | undefined;
  /** The value ends at `end` (exclusive). `bytes` are its bytes when kept; they are valid only
   * during the call. `children` is the context `enter` gave it. */
  leave(parent: C, key: string | number, start: number, end: number, line: number, bytes: Buffer | undefined, children: C | undefined): void;
}

export interface ScanOptions {
  /** Deepest nesting of arrays and objects accepted (the top-level value is depth 1). */
  maxDepth: number;
  /** Bytes read from a file at a time (CHUNK_BYTES); tests make it small to cut values anywhere. */
  chunkBytes?: number;
  /** Longest value a visitor may keep (and member name): by default V8's longest string, since a
   * kept value is parsed as one. Longer is refused, naming where it starts. */
  maxKeptBytes?: number;
}

export interface ScanResult {
  /** Bytes read, BOM included. */
  bytes: number;
  /** sha256 of the bytes read (file scans only). */
  sha256?: string;
  /** Whether the text holds nothing but whitespace (then the visitor saw nothing). */
  empty: boolean;
}

/** Bytes read from a file at a time. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

// What the scanner is in the middle of.
const S_VALUE = 0; // a value must come (top level, after ':' or after ',' in an array)
const S_VALUE_OR_CLOSE = 1; // after '['
const S_KEY = 2; // a member name must come (after ',' in an object)
const S_KEY_OR_CLOSE = 3; // after '{'
const S_COLON = 4;
const S_AFTER = 5; // after a value: ',' or the container's close, or the end of the text
const S_STRING = 6;
const S_ESCAPE = 7; // after a backslash in a string
const S_UNICODE = 8; // in the four hex digits of \u
const S_LOW_BACKSLASH = 9; // after a high surrogate escape: its low half's backslash must follow
const S_LOW_U = 10; // ... then 'u'
const S_NUMBER = 11;
const S_LITERAL = 12;

// Where a number is (JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?).
const N_MINUS = 0;
const N_ZERO = 1;
const N_INT = 2;
const N_DOT = 3;
const N_FRAC = 4;
const N_E = 5;
const N_E_SIGN = 6;
const N_EXP = 7;

const LITERALS = [Buffer.from("true"), Buffer.from("false"), Buffer.from("null")];

const KIND_OBJECT = 0;
const KIND_ARRAY = 1;

/** Where the bytes a scan reads come from: a window [base, base + length) over the text. */
interface Window {
  buf: Buffer;
  base: number;
  length: number;
  /** Read on; keep the bytes from `keepFrom` (absolute) in the window. False at the end. */
  refill(keepFrom: number): boolean;
  /** Bytes read so far. */
  total(): number;
  digest(): string | undefined;
}

function bufferWindow(bytes: Buffer): Window {
  return { buf: bytes, base: 0, length: bytes.length, refill: () => false, total: () => bytes.length, digest: () => undefined };
}

/** The length of the UTF-8 sequence that `b` starts, 0 for a continuation byte. */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b < 0xc0) return 0;
  if (b < 0xe0) return 2;
  if (b < 0xf0) return 3;
  return 4;
}

class FileWindow implements Window {
  buf: Buffer;
  base = 0;
  length = 0;
  private position = 0;
  private validated = 0; // absolute: bytes before this are known to be UTF-8
  private readonly hash: Hash = createHash("sha256");
  private done = false;

  constructor(
    private readonly file: string,
    private readonly fd: number,
    private readonly lineAt: (absolute: number) => number,
    private readonly chunk: number,
  ) {
    this.buf = Buffer.allocUnsafe(chunk);
  }

  refill(keepFrom: number): boolean {
    if (this.done) return false;
    // What was read so far is indexed: a look at the heap per chunk.
    checkHeap();
    // Bytes not yet known to be UTF-8 (a sequence the last chunk cut) stay for the next check.
    keepFrom = Math.min(keepFrom, this.validated);
    const end = this.base + this.length;
    const kept = end - keepFrom;
    if (kept + this.chunk > this.buf.length) {
      // The value being kept outgrows the window: a larger one, twice as large each time.
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, kept + this.chunk));
      this.buf.copy(bigger, 0, keepFrom - this.base, this.length);
      this.buf = bigger;
    } else if (kept > 0) {
      this.buf.copyWithin(0, keepFrom - this.base, this.length);
    } else if (this.buf.length > this.chunk) {
      this.buf = Buffer.allocUnsafe(this.chunk);
    }
    this.base = keepFrom;
    let read: number;
    try {
      read = fs.readSync(this.fd, this.buf, kept, this.buf.length - kept, this.position);
    } catch (e: unknown) {
      throw new InputError(this.file, { zh: `读取失败：${(e as Error).message}`, en: `cannot read: ${(e as Error).message}` });
    }
    this.length = kept + read;
    if (read === 0) {
      this.done = true;
      this.validate(this.position, true);
      return false;
    }
    this.hash.update(this.buf.subarray(kept, kept + read));
    this.position += read;
    this.validate(this.position, false);
    return true;
  }

  /** Checks that the bytes read up to `end` are UTF-8, but for a sequence cut by the chunk's end. */
  private validate(end: number, last: boolean): void {
    let upTo = end;
    if (!last) {
      // Leave out a sequence the next chunk completes: its lead byte is among the last three.
      for (let back = 1; back <= 3 && upTo - back >= this.validated; back++) {
        const b = this.buf[upTo - back - this.base];
        const length = sequenceLength(b);
        if (length === 0) continue;
        if (length > back) upTo -= back;
        break;
      }
    }
    if (upTo <= this.validated) return;
    const bytes = this.buf.subarray(this.validated - this.base, upTo - this.base);
    if (!isUtf8(bytes)) {
      const at = this.validated + firstInvalidUtf8(bytes);
      throw new InputError(this.file, {
        zh: `不是有效的 UTF-8 文本（${where(this.lineAt(at), at)}）`,
        en: `is not valid UTF-8 text (${whereEn(this.lineAt(at), at)})`,
      });
    }
    this.validated = upTo;
  }

  total(): number {
    return this.position;
  }

  digest(): string {
    return this.hash.digest("hex");
  }
}

/** Where the first byte sequence that is not UTF-8 starts in `bytes` (isUtf8 having said no). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const continuation = (at: number, lo = 0x80, hi = 0xbf): boolean => at < bytes.length && bytes[at] >= lo && bytes[at] <= hi;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let length = 0;
    if (b <= 0x7f) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = continuation(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) {
      // E0 must not encode what fits in two bytes; ED must not encode a surrogate.
      const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      length = continuation(i + 1, lo, hi) && continuation(i + 2) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      length = continuation(i + 1, lo, hi) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    }
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

function where(line: number, offset: number): string {
  return `第 ${line} 行，第 ${offset + 1} 字节`;
}

function whereEn(line: number, offset: number): string {
  return `line ${line}, byte ${offset + 1}`;
}

function describeByte(b: number | undefined, lang: "zh" | "en"): string {
  if (b === undefined) return lang === "zh" ? "文本结尾" : "the end of the text";
  if (b >= 0x21 && b <= 0x7e) return `'${String.fromCharCode(b)}'`;
  return `${lang === "zh" ? "字节" : "byte"} 0x${b.toString(16).padStart(2, "0")}`;
}

/** Member names, decoded once each: a plan repeats the same few hundred names millions of times. */
class NameCache {
  private readonly names = new Map<number, { bytes: Buffer; name: string }>();

  /** The text of the UTF-8 bytes [start, end) of `buf` (a name without escapes). */
  decode(buf: Buffer, start: number, end: number): string {
    const length = end - start;
    if (length > 32) return buf.toString("utf8", start, end);
    let hash = length;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ buf[i], 0x01000193);
    const known = this.names.get(hash);
    if (known !== undefined && known.bytes.length === length) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (known.bytes[i] !== buf[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return known.name;
    }
    const bytes = Buffer.from(buf.subarray(start, end));
    const name = bytes.toString("utf8");
    if (this.names.size < 4096) this.names.set(hash, { bytes, name });
    return name;
  }
}

class Scanner<C> {
  private readonly names = new NameCache();
  private line = 1;
  private readonly win: Window;
  // The stack of open containers, innermost last: kind, the visitor's context (undefined when not
  // watched), the member's key or element's index, and where the child being read started.
  private readonly kinds: Uint8Array;
  private readonly contexts: (C | undefined)[] = [];
  private readonly keys: (string | number)[] = [];
  private readonly childStarts: number[] = [];
  private readonly childLines: number[] = [];
  private readonly childContexts: (C | undefined)[] = [];
  private readonly childKeeps: boolean[] = [];
  private depth = 0;
  /** Absolute offset the window must keep from (a kept value's or a watched key's start), or -1. */
  private keepFrom = -1;

  constructor(
    private readonly file: string,
    source: Buffer | number,
    private readonly root: C,
    private readonly visitor: ScanVisitor<C>,
    private readonly options: ScanOptions,
  ) {
    this.win = typeof source === "number" ? new FileWindow(file, source, (at) => this.lineOf(at), options.chunkBytes ?? CHUNK_BYTES) : bufferWindow(source);
    this.kinds = new Uint8Array(options.maxDepth + 2);
  }

  /** The line of an absolute offset at or after the scan's position (for errors only). */
  private lineOf(at: number): number {
    let line = this.line;
    const { buf, base, length } = this.win;
    const from = Math.max(0, this.position - base);
    const to = Math.min(length, at - base);
    for (let i = from; i < to; i++) if (buf[i] === Byte.NEWLINE) line++;
    return line;
  }

  private position = 0;

  private fail(offset: number, text: Text): never {
    this.position = Math.min(this.position, offset);
    throw new InputError(this.file, text);
  }

  private syntax(offset: number, byte: number | undefined, expected: Text): never {
    this.position = offset;
    const line = this.lineOf(offset);
    if (byte === undefined) {
      this.fail(offset, {
        zh: `JSON 不完整，文件可能被截断（${where(line, offset)}）`,
        en: `JSON ends early; the file looks truncated (${whereEn(line, offset)})`,
      });
    }
    this.fail(offset, {
      zh: `不是有效的 JSON（${where(line, offset)}）：此处应为${expected.zh}，实为 ${describeByte(byte, "zh")}`,
      en: `not valid JSON (${whereEn(line, offset)}): expected ${expected.en}, found ${describeByte(byte, "en")}`,
    });
  }

  private surrogate(offset: number): never {
    this.position = offset;
    const line = this.lineOf(offset);
    this.fail(offset, {
      zh: `含有不成对的 UTF-16 代理项转义（${where(line, offset)}），不是有效的 Unicode 文本`,
      en: `escapes a lone UTF-16 surrogate (${whereEn(line, offset)}), which is not valid Unicode text`,
    });
  }

  /** Refuses the number [start, end) (absolute; the window holds it) when a double does not hold it. */
  private checkNumber(start: number, end: number, exponent: boolean): void {
    if (!exponent && end - start <= PLAIN_NUMBER_CHECKED_OVER) return;
    const problem = numberLiteralProblem(this.win.buf, start - this.win.base, end - this.win.base, exponent);
    if (problem === undefined) return;
    this.position = start;
    const line = this.lineOf(start);
    this.fail(start, { zh: `${problem.zh}（${where(line, start)}）`, en: `${problem.en} (${whereEn(line, start)})` });
  }

  private get maxKept(): number {
    return this.options.maxKeptBytes ?? bufferConstants.MAX_STRING_LENGTH;
  }

  /** A value to keep (or a member name) that starts at `offset` is longer than maxKept. */
  private tooLong(offset: number): never {
    const mib = Math.max(1, Math.floor(this.maxKept / (1024 * 1024)));
    this.fail(offset, {
      zh: `从第 ${offset + 1} 字节开始的单个值超过 ${mib} MiB，超出 govguard 可一次读取的长度`,
      en: `holds a single value longer than ${mib} MiB (from byte ${offset + 1}), more than govguard can read at once`,
    });
  }

  private tooDeep(offset: number): never {
    this.position = offset;
    const line = this.lineOf(offset);
    const limit = this.options.maxDepth;
    this.fail(offset, {
      zh: `嵌套超过 ${limit} 层（${where(line, offset)}），超出 govguard 可安全处理的深度`,
      en: `nests deeper than ${limit} levels of arrays and objects (${whereEn(line, offset)}), more than govguard can judge safely`,
    });
  }

  /** The bytes [start, end) (absolute), which the window holds. */
  private bytes(start: number, end: number): Buffer {
    return this.win.buf.subarray(start - this.win.base, end - this.win.base);
  }

  run(): ScanResult {
    const win = this.win;
    let buf = win.buf;
    let base = win.base;
    let n = win.length;
    let p = 0; // relative to base
    let state = S_VALUE;
    let isKey = false; // the string being read is a member name
    let keyStart = -1; // absolute start of a watched member name (its quote), or -1
    let keyEscaped = false;
    let stringStart = 0; // absolute start of the string being read
    let hex = 0; // digits of \u read
    let unit = 0;
    let escapeStart = 0; // absolute offset of the backslash of a \u escape
    let highEscape = 0; // absolute offset of a high surrogate's escape awaiting its low half
    let numberState = N_MINUS;
    let literal = LITERALS[0];
    let literalAt = 0;
    let scalarStart = 0;
    let started = false;
    // Whether the visitor watches the innermost container (the top level always).
    let watched = true;
    // A UTF-8 byte-order mark before the text is skipped, as parseJson does.
    while (win.length < 3 && win.refill(win.base));
    buf = win.buf;
    n = win.length;
    if (n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) p = 3;

    for (;;) {
      if (p >= n) {
        this.position = base + p;
        // A number being read stays in the window too, so that its value can be checked at its end.
        const numberFrom = state === S_NUMBER ? scalarStart : base + p;
        const keepFrom = Math.min(this.keepFrom >= 0 ? this.keepFrom : base + p, keyStart >= 0 ? keyStart : base + p, numberFrom);
        if (base + p - keepFrom > this.maxKept) this.tooLong(keepFrom);
        if (!win.refill(keepFrom)) break;
        buf = win.buf;
        base = win.base;
        n = win.length;
        p = this.position - base;
        continue;
      }
      const b = buf[p];
      switch (state) {
        case S_STRING: {
          // The common case: plain bytes up to the closing quote.
          while (p < n) {
            const c = buf[p];
            if (c === Byte.QUOTE || c === Byte.BACKSLASH || c < Byte.SPACE) break;
            p++;
          }
          if (p >= n) continue;
          const c = buf[p];
          if (c === Byte.QUOTE) {
            p++;
            if (isKey) {
              let key: string | undefined;
              if (keyStart >= 0) {
                const at = keyStart - base;
                key = keyEscaped ? (JSON.parse(buf.toString("utf8", at, p)) as string) : this.names.decode(buf, at + 1, p - 1);
                keyStart = -1;
              }
              this.keys[this.depth] = key ?? "";
              state = S_COLON;
            } else {
              state = watched ? this.endValue(base + p, stringStart) : S_AFTER;
            }
          } else if (c === Byte.BACKSLASH) {
            keyEscaped = true;
            escapeStart = base + p;
            p++;
            state = S_ESCAPE;
          } else {
            this.position = base + p;
            this.syntax(base + p, c, { zh: "字符串中的字符（控制字符须转义）", en: "a string's characters (control characters must be escaped)" });
          }
          continue;
        }
        case S_ESCAPE:
          if (b === Byte.LOWER_U) {
            hex = 0;
            unit = 0;
            state = S_UNICODE;
          } else if (b === Byte.QUOTE || b === Byte.BACKSLASH || b === Byte.SLASH || b === 0x62 || b === 0x66 || b === 0x6e || b === 0x72 || b === 0x74) {
            state = S_STRING;
          } else {
            this.position = base + p;
            this.syntax(base + p, b, { zh: "转义字符（\" \\ / b f n r t u 之一）", en: "an escape (one of \" \\ / b f n r t u)" });
          }
          p++;
          continue;
        case S_UNICODE: {
          const d = hexValue(b);
          if (d < 0) {
            this.position = base + p;
            this.syntax(base + p, b, { zh: "\\u 转义的十六进制数字", en: "a hexadecimal digit of a \\u escape" });
          }
          unit = unit * 16 + d;
          p++;
          if (++hex < 4) continue;
          if (highEscape > 0) {
            if (unit < 0xdc00 || unit > 0xdfff) this.surrogate(highEscape - 1);
            highEscape = 0;
            state = S_STRING;
          } else if (unit >= 0xdc00 && unit <= 0xdfff) {
            this.surrogate(escapeStart);
          } else if (unit >= 0xd800 && unit <= 0xdbff) {
            highEscape = escapeStart + 1;
            state = S_LOW_BACKSLASH;
          } else {
            state = S_STRING;
          }
          continue;
        }
        case S_LOW_BACKSLASH:
          if (b !== Byte.BACKSLASH) this.surrogate(highEscape - 1);
          escapeStart = base + p;
          p++;
          state = S_LOW_U;
          continue;
        case S_LOW_U:
          if (b !== Byte.LOWER_U) this.surrogate(highEscape - 1);
          hex = 0;
          unit = 0;
          p++;
          state = S_UNICODE;
          continue;
        case S_NUMBER: {
          let end = false;
          if (b >= Byte.ZERO && b <= Byte.NINE) {
            if (numberState === N_MINUS) numberState = b === Byte.ZERO ? N_ZERO : N_INT;
            else if (numberState === N_ZERO) end = true;
            else if (numberState === N_DOT) numberState = N_FRAC;
            else if (numberState === N_E || numberState === N_E_SIGN) numberState = N_EXP;
          } else if (b === Byte.DOT && (numberState === N_ZERO || numberState === N_INT)) {
            numberState = N_DOT;
          } else if ((b === Byte.LOWER_E || b === Byte.UPPER_E) && (numberState === N_ZERO || numberState === N_INT || numberState === N_FRAC)) {
            numberState = N_E;
          } else if ((b === Byte.MINUS || b === Byte.PLUS) && numberState === N_E) {
            numberState = N_E_SIGN;
          } else {
            end = true;
          }
          if (!end) {
            p++;
            continue;
          }
          if (numberState === N_MINUS || numberState === N_DOT || numberState === N_E || numberState === N_E_SIGN) {
            this.position = base + p;
            this.syntax(base + p, b, { zh: "数字", en: "a digit" });
          }
          this.checkNumber(scalarStart, base + p, numberState === N_EXP);
          state = watched ? this.endValue(base + p, scalarStart) : S_AFTER;
          continue; // the byte that ended the number is read again after it
        }
        case S_LITERAL:
          if (b !== literal[literalAt]) {
            this.position = base + p;
            this.syntax(base + p, b, { zh: `'${literal.toString()}'`, en: `'${literal.toString()}'` });
          }
          p++;
          if (++literalAt === literal.length) state = watched ? this.endValue(base + p, scalarStart) : S_AFTER;
          continue;
        default:
          break;
      }
      // Between tokens.
      if (b === Byte.SPACE || b === Byte.NEWLINE || b === Byte.TAB || b === Byte.RETURN) {
        if (b === Byte.NEWLINE) this.line++;
        p++;
        continue;
      }
      const at = base + p;
      switch (state) {
        case S_VALUE:
        case S_VALUE_OR_CLOSE: {
          if (state === S_VALUE_OR_CLOSE && b === Byte.CLOSE_ARRAY) {
            p++;
            state = this.closeContainer(at + 1);
            watched = this.depth === 0 || this.contexts[this.depth] !== undefined;
            continue;
          }
          // (After the top-level value the state is S_AFTER, so a value here is the first.)
          started = true;
          if (b === Byte.QUOTE) {
            if (watched) this.startValue(at, "string");
            p++;
            isKey = false;
            stringStart = at;
            state = S_STRING;
            continue;
          }
          if (b === Byte.OPEN_OBJECT || b === Byte.OPEN_ARRAY) {
            if (watched) {
              this.startValue(at, b === Byte.OPEN_OBJECT ? "object" : "array");
              watched = this.contexts[this.depth] !== undefined;
            } else {
              // Inside a container nobody watches: only the nesting is kept.
              const d = this.depth + 1;
              if (d > this.options.maxDepth) this.tooDeep(at);
              this.depth = d;
              this.kinds[d] = b === Byte.OPEN_OBJECT ? KIND_OBJECT : KIND_ARRAY;
              this.contexts[d] = undefined;
            }
            p++;
            state = b === Byte.OPEN_OBJECT ? S_KEY_OR_CLOSE : S_VALUE_OR_CLOSE;
            continue;
          }
          let kind: ValueKind;
          if (b === Byte.MINUS || (b >= Byte.ZERO && b <= Byte.NINE)) kind = "number";
          else if (b === 0x74 || b === 0x66 || b === 0x6e) kind = "literal";
          else this.syntax(at, b, { zh: "一个值", en: "a value" });
          if (watched) this.startValue(at, kind);
          p++;
          if (kind === "number") {
            scalarStart = at;
            numberState = b === Byte.MINUS ? N_MINUS : b === Byte.ZERO ? N_ZERO : N_INT;
            state = S_NUMBER;
          } else {
            scalarStart = at;
            literal = b === 0x74 ? LITERALS[0] : b === 0x66 ? LITERALS[1] : LITERALS[2];
            literalAt = 1;
            state = S_LITERAL;
          }
          continue;
        }
        case S_KEY:
        case S_KEY_OR_CLOSE:
          if (state === S_KEY_OR_CLOSE && b === Byte.CLOSE_OBJECT) {
            p++;
            state = this.closeContainer(at + 1);
            watched = this.depth === 0 || this.contexts[this.depth] !== undefined;
            continue;
          }
          if (b !== Byte.QUOTE) this.syntax(at, b, state === S_KEY ? { zh: "双引号中的成员名", en: "a member name in double quotes" } : { zh: "双引号中的成员名或 '}'", en: "a member name in double quotes or '}'" });
          isKey = true;
          keyEscaped = false;
          keyStart = watched ? at : -1;
          p++;
          state = S_STRING;
          continue;
        case S_COLON:
          if (b !== Byte.COLON) this.syntax(at, b, { zh: "成员名之后的 ':'", en: "':' after a member name" });
          p++;
          state = S_VALUE;
          continue;
        case S_AFTER: {
          if (this.depth === 0) this.syntax(at, b, { zh: "顶层值之后的文本结尾", en: "the end of the text after the top-level value" });
          const kind = this.kinds[this.depth];
          if (b === Byte.COMMA) {
            p++;
            if (watched && kind === KIND_ARRAY) (this.keys[this.depth] as number)++;
            state = kind === KIND_ARRAY ? S_VALUE : S_KEY;
            continue;
          }
          if ((kind === KIND_ARRAY && b === Byte.CLOSE_ARRAY) || (kind === KIND_OBJECT && b === Byte.CLOSE_OBJECT)) {
            p++;
            state = this.closeContainer(at + 1);
            watched = this.depth === 0 || this.contexts[this.depth] !== undefined;
            continue;
          }
          this.syntax(at, b, kind === KIND_ARRAY ? { zh: "',' 或 ']'", en: "',' or ']'" } : { zh: "',' 或 '}'", en: "',' or '}'" });
          break;
        }
        default:
          throw new Error(`json-scan: state ${state}`);
      }
    }
    // The end of the text.
    const end = base + n;
    this.position = end;
    if (state === S_NUMBER && this.depth === 0 && watched && (numberState === N_ZERO || numberState === N_INT || numberState === N_FRAC || numberState === N_EXP)) {
      this.checkNumber(scalarStart, end, numberState === N_EXP);
      state = this.endValue(end, scalarStart);
    }
    if (!started) return { bytes: win.total(), sha256: win.digest(), empty: true };
    if (state !== S_AFTER || this.depth !== 0) this.syntax(end, undefined, { zh: "更多内容", en: "more" });
    return { bytes: win.total(), sha256: win.digest(), empty: false };
  }

  /** A value starts at `at`, inside the innermost container (or at the top). */
  private startValue(at: number, kind: ValueKind): void {
    const d = this.depth;
    const parent = d === 0 ? this.root : this.contexts[d];
    let entered: Entered<C> | undefined;
    if (parent !== undefined) {
      entered = this.visitor.enter(parent, d === 0 ? "" : this.keys[d], at, this.line, kind);
      this.childStarts[d] = at;
      this.childLines[d] = this.line;
      this.childContexts[d] = entered?.children;
      const keep = entered?.keep === true;
      this.childKeeps[d] = keep;
      if (keep) this.keepFrom = at;
    }
    if (kind === "object" || kind === "array") {
      if (d + 1 > this.options.maxDepth) this.tooDeep(at);
      this.depth = d + 1;
      this.kinds[d + 1] = kind === "object" ? KIND_OBJECT : KIND_ARRAY;
      this.contexts[d + 1] = parent !== undefined ? entered?.children : undefined;
      this.keys[d + 1] = kind === "array" ? 0 : "";
    }
  }

  /** A scalar that started at `start` ends at `end`: tell the visitor if it watches the container. */
  private endValue(end: number, start: number): number {
    this.finishChild(this.depth, start, end);
    return S_AFTER;
  }

  private closeContainer(end: number): number {
    const d = this.depth - 1;
    this.depth = d;
    this.finishChild(d, this.childStarts[d], end);
    return S_AFTER;
  }

  private finishChild(d: number, start: number, end: number): void {
    const parent = d === 0 ? this.root : this.contexts[d];
    if (parent === undefined) return;
    const keep = this.childKeeps[d];
    if (keep && end - start > this.maxKept) this.tooLong(start);
    const bytes = keep ? this.bytes(start, end) : undefined;
    if (keep) this.keepFrom = -1;
    this.visitor.leave(parent, d === 0 ? "" : this.keys[d], this.childStarts[d], end, this.childLines[d], bytes, this.childContexts[d]);
  }
}

/** Scans `bytes` (a whole JSON text), reporting to `visitor` the values in the containers it watches,
 * starting with the top-level value as the child of `root` (key ""). Refuses what is not JSON. */
export function scanJsonBytes<C>(file: string, bytes: Buffer, root: C, visitor: ScanVisitor<C>, options: ScanOptions): ScanResult {
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = bytes.indexOf(Byte.NEWLINE); i !== -1 && i < at; i = bytes.indexOf(Byte.NEWLINE, i + 1)) line++;
    throw new InputError(file, { zh: `不是有效的 UTF-8 文本（${where(line, at)}）`, en: `is not valid UTF-8 text (${whereEn(line, at)})` });
  }
  return new Scanner(file, bytes, root, visitor, options).run();
}

/** As scanJsonBytes, reading the file open as `fd` from its start a chunk at a time; the result
 * has the sha256 and length of the bytes read. */
export function scanJsonFile<C>(file: string, fd: number, root: C, visitor: ScanVisitor<C>, options: ScanOptions): ScanResult {
  return new Scanner(file, fd, root, visitor, options).run();
}

export interface ValueRange {
  /** The member's name, or the element's index. */
  key: string | number;
  start: number;
  end: number;
  line: number;
  kind: ValueKind;
}

/**
 * The members (of an object) or elements (of an array) of the JSON value that is `bytes`, with
 * their byte ranges relative to `bytes`; duplicate names are all listed, in order.
 */
export function childrenOf(file: string, bytes: Buffer, options: ScanOptions): ValueRange[] {
  const out: ValueRange[] = [];
  const kinds = new Map<number, ValueKind>();
  scanJsonBytes<"root" | "value">(
    file,
    bytes,
    "root",
    {
      enter: (parent, _key, start, _line, kind) => {
        if (parent === "root") return { children: "value" };
        kinds.set(start, kind);
        return undefined;
      },
      leave: (parent, key, start, end, line) => {
        if (parent === "value") out.push({ key, start, end, line, kind: kinds.get(start) ?? "literal" });
      },
    },
    options,
  );
  return out;
}

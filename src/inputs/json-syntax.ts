// A strict JSON reader for Terraform's JSON configuration syntax (*.tf.json, cdk.tf.json,
// *.tfvars.json, modules.json). The HCL JSON spec requires what JSON.parse cannot give: every
// property of an object kept in order, duplicate names included (Terraform merges repeated block
// types and refuses repeated arguments), with the line of each, so an error can point at it.
// One pass, no recursion: input is read in time linear in its size, nesting is capped
// (MAX_NESTING_DEPTH), and text that is not UTF-8, holds a lone surrogate or a number beyond the
// caps is refused with an InputError naming the file.
import { Text } from "../model";
import { InputError } from "../errors";
import { MAX_NESTING_DEPTH, numberProblem } from "./reading-caps";

export interface JsonMember {
  key: string;
  /** 1-based line of the property name. */
  line: number;
  value: JsonNode;
}

export interface JsonObjectNode {
  kind: "object";
  line: number;
  members: JsonMember[];
}

export interface JsonArrayNode {
  kind: "array";
  line: number;
  items: JsonNode[];
}

export interface JsonScalarNode {
  kind: "scalar";
  line: number;
  value: string | number | boolean | null;
}

export type JsonNode = JsonObjectNode | JsonArrayNode | JsonScalarNode;

/** A JSON object as a value: a null-prototype object, so no key is special. */
export type JsonRecord = Record<string, unknown>;

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The offset of the first byte that is not part of well-formed UTF-8 (no surrogates, no overlongs). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The text of a configuration file: UTF-8 without a byte-order mark, else an InputError. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return decoder.decode(body);
  } catch {
    const line = lineOfByte(body, firstInvalidUtf8(body));
    throw new InputError(file, { zh: `不是有效的 UTF-8 文本（第 ${line} 行）`, en: `is not valid UTF-8 text (line ${line})` });
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

interface Frame {
  node: JsonObjectNode | JsonArrayNode;
  key: string;
  keyLine: number;
}

/** Parses a JSON document as the HCL JSON syntax needs it. `bytes` may start with a UTF-8 BOM. */
export function parseJsonSyntax(file: string, bytes: Uint8Array): JsonNode {
  return parseJsonText(file, decodeUtf8(file, bytes));
}

export function parseJsonText(file: string, text: string): JsonNode {
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;

  /** Syntax errors say "not valid JSON"; a refused value (a cap, a lone surrogate) says only what. */
  const fail = (problem: Text, syntax = true): never => {
    const where = { zh: `第 ${line} 行第 ${i - lineStart + 1} 列`, en: `line ${line} column ${i - lineStart + 1}` };
    if (!syntax) throw new InputError(file, { zh: `${problem.zh}（${where.zh}）`, en: `${problem.en} (${where.en})` });
    if (i >= n) throw new InputError(file, { zh: `JSON 不完整，文件可能被截断（${where.zh}）`, en: `JSON ends early; the file looks truncated (${where.en})` });
    throw new InputError(file, { zh: `不是有效的 JSON（${where.zh}）：${problem.zh}`, en: `not valid JSON (${where.en}): ${problem.en}` });
  };
  const LONE_SURROGATE = { zh: "字符串中有孤立的 UTF-16 代理项（\\u 转义），不是有效的 Unicode", en: "a string holds a lone UTF-16 surrogate (\\u escape), which is not valid Unicode" };

  const skipWhitespace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        line++;
        lineStart = ++i;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) i++;
      else return;
    }
  };

  const hex4 = (at: number): number => {
    let v = 0;
    for (let k = at; k < at + 4; k++) {
      const c = text.charCodeAt(k);
      const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
      if (d < 0) {
        i = Math.min(k, n);
        return fail({ zh: "\\u 后须跟 4 位十六进制数字", en: "\\u must be followed by 4 hex digits" });
      }
      v = v * 16 + d;
    }
    return v;
  };

  const readString = (): string => {
    // text[i] is the opening quote.
    let start = ++i;
    let out = "";
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(start, i++);
        return out;
      }
      if (c < 0x20) return fail({ zh: "字符串中有未转义的控制字符", en: "unescaped control character in a string" });
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += text.slice(start, i);
      const e = text[i + 1];
      if (e === "u") {
        const unit = hex4(i + 2);
        i += 6;
        if (unit >= 0xdc00 && unit <= 0xdfff) {
          i -= 6;
          return fail(LONE_SURROGATE, false);
        }
        if (unit >= 0xd800 && unit <= 0xdbff) {
          const low = text[i] === "\\" && text[i + 1] === "u" ? hex4(i + 2) : -1;
          if (low < 0xdc00 || low > 0xdfff) {
            i -= 6;
            return fail(LONE_SURROGATE, false);
          }
          i += 6;
          out += String.fromCharCode(unit, low);
        } else out += String.fromCharCode(unit);
      } else if (e !== undefined && Object.hasOwn(ESCAPES, e)) {
        out += ESCAPES[e];
        i += 2;
      } else {
        i++;
        return fail({ zh: "无效的转义序列", en: "invalid escape sequence" });
      }
      start = i;
    }
    return fail({ zh: "字符串未结束", en: "unterminated string" });
  };

  const readNumber = (): number => {
    NUMBER.lastIndex = i;
    const token = NUMBER.exec(text)?.[0];
    if (!token) return fail({ zh: "此处应为值", en: "expected a value" });
    if (token.length > 15 || /[eE]/.test(token)) {
      const problem = numberProblem(token);
      if (problem) return fail(problem, false);
    }
    i += token.length;
    return Number(token);
  };

  const stack: Frame[] = [];
  let root: JsonNode | undefined;
  const attach = (value: JsonNode): void => {
    const top = stack[stack.length - 1];
    if (top === undefined) root = value;
    else if (top.node.kind === "array") top.node.items.push(value);
    else top.node.members.push({ key: top.key, line: top.keyLine, value });
  };
  const open = (node: JsonObjectNode | JsonArrayNode): Frame => {
    if (stack.length >= MAX_NESTING_DEPTH) {
      fail({ zh: `数组与对象嵌套超过 ${MAX_NESTING_DEPTH} 层上限`, en: `arrays and objects nest deeper than the cap of ${MAX_NESTING_DEPTH}` }, false);
    }
    attach(node);
    const frame = { node, key: "", keyLine: 0 };
    stack.push(frame);
    return frame;
  };
  const readKey = (frame: Frame): void => {
    skipWhitespace();
    if (text.charCodeAt(i) !== 0x22) fail({ zh: "此处应为属性名（带引号的字符串）", en: "expected a property name (a quoted string)" });
    frame.keyLine = line;
    frame.key = readString();
    skipWhitespace();
    if (text.charCodeAt(i) !== 0x3a) fail({ zh: "属性名后应为冒号", en: "expected ':' after a property name" });
    i++;
  };

  skipWhitespace();
  if (i >= n) throw new InputError(file, { zh: "文件为空", en: "file is empty" });
  let expectValue = true;
  for (;;) {
    skipWhitespace();
    if (expectValue) {
      const c = text.charCodeAt(i);
      if (c === 0x7b) {
        const frame = open({ kind: "object", line, members: [] });
        i++;
        skipWhitespace();
        if (text.charCodeAt(i) === 0x7d) {
          i++;
          stack.pop();
          expectValue = false;
        } else readKey(frame);
        continue;
      }
      if (c === 0x5b) {
        open({ kind: "array", line, items: [] });
        i++;
        skipWhitespace();
        if (text.charCodeAt(i) === 0x5d) {
          i++;
          stack.pop();
          expectValue = false;
        }
        continue;
      }
      const at = line;
      let value: string | number | boolean | null;
      if (c === 0x22) value = readString();
      else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) value = readNumber();
      else if (text.startsWith("true", i)) [value, i] = [true, i + 4];
      else if (text.startsWith("false", i)) [value, i] = [false, i + 5];
      else if (text.startsWith("null", i)) [value, i] = [null, i + 4];
      else return fail({ zh: "此处应为值", en: "expected a value" });
      attach({ kind: "scalar", line: at, value });
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) break;
    const c = text.charCodeAt(i);
    if (c === 0x2c) {
      i++;
      if (top.node.kind === "object") readKey(top);
      expectValue = true;
    } else if (c === (top.node.kind === "object" ? 0x7d : 0x5d)) {
      i++;
      stack.pop();
    } else {
      fail(top.node.kind === "object" ? { zh: "此处应为 , 或 }", en: "expected ',' or '}'" } : { zh: "此处应为 , 或 ]", en: "expected ',' or ']'" });
    }
  }
  skipWhitespace();
  if (i < n) fail({ zh: "JSON 值之后还有多余内容", en: "extra data after the JSON value" });
  return root as JsonNode;
}

/** Where a node is, for messages. */
export function at(node: { line: number }): Text {
  return { zh: `第 ${node.line} 行`, en: `line ${node.line}` };
}

/**
 * A node as a plain value: objects become null-prototype objects, so no key is special. A
 * property name repeated in one object is refused (as the HCL JSON spec refuses it in an
 * expression). Recursion is bounded by MAX_NESTING_DEPTH.
 */
export function jsonValue(file: string, node: JsonNode): unknown {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "array") return node.items.map((item) => jsonValue(file, item));
  const out: JsonRecord = Object.create(null) as JsonRecord;
  for (const member of node.members) {
    if (Object.hasOwn(out, member.key)) throw repeatedProperty(file, member);
    out[member.key] = jsonValue(file, member.value);
  }
  return out;
}

/** A key from the input as messages show it: quoted, escaped, and cut short. */
export function shownKey(key: string): string {
  return JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key);
}

export function repeatedProperty(file: string, member: JsonMember): InputError {
  const key = shownKey(member.key);
  return new InputError(file, {
    zh: `属性 ${key} 在同一对象中重复出现（第 ${member.line} 行）；Terraform 拒绝这样的配置`,
    en: `the property ${key} is repeated in one object (line ${member.line}); Terraform refuses this`,
  });
}

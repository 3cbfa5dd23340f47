// Reads a YAML file (govguard.yaml, waivers.yaml) keeping enough of the source to point an error at
// the line of the key it is about.
import type { LineCounter, Node } from "yaml";
import { InputError, oneLine } from "../errors";
import { MAX_YAML_ALIASES, MAX_YAML_BYTES, MAX_YAML_DEPTH, readText } from "../inputs/read-file";

// The YAML library is loaded when a YAML file is read: it was 29 ms of the start of every run.
let library: typeof import("yaml") | undefined;
export function yamlLibrary(): typeof import("yaml") {
  return (library ??= require("yaml") as typeof import("yaml"));
}

export type PathSegment = string | number;

export interface YamlFile {
  file: string;
  value: unknown;
  /** The 1-based line of the value at a path, or of the nearest ancestor that exists. */
  lineOf(path: PathSegment[]): number | undefined;
}

const TOO_DEEP = {
  zh: `嵌套超过 ${MAX_YAML_DEPTH} 层，超出 govguard 设置与豁免文件允许的深度`,
  en: `nests deeper than ${MAX_YAML_DEPTH} levels, more than a govguard settings or waivers file may`,
};

// A lone surrogate cannot be stored as UTF-8 or passed to the policy engine; in /u mode only an
// unpaired one matches.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** The path of the first place in `value` nested deeper than the cap or holding a lone surrogate. */
function findValueProblem(value: unknown): { path: PathSegment[]; problem: "depth" | "surrogate" } | undefined {
  const stack: [unknown, PathSegment[]][] = [[value, []]];
  while (stack.length > 0) {
    const [v, at] = stack.pop() as [unknown, PathSegment[]];
    if (typeof v === "string") {
      if (LONE_SURROGATE.test(v)) return { path: at, problem: "surrogate" };
      continue;
    }
    if (typeof v !== "object" || v === null) continue;
    if (at.length >= MAX_YAML_DEPTH) return { path: at, problem: "depth" };
    const entries: [PathSegment, unknown][] = Array.isArray(v) ? v.map((c, i) => [i, c]) : Object.entries(v);
    for (const [key, child] of entries) {
      if (typeof key === "string" && LONE_SURROGATE.test(key)) return { path: at, problem: "surrogate" };
      stack.push([child, [...at, key]]);
    }
  }
  return undefined;
}

export function readYamlFile(file: string): YamlFile {
  const text = readText(file, MAX_YAML_BYTES);
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yamlLibrary();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const at = lines.linePos(error.pos[0]);
    // The parser is recursive: nesting far beyond the cap exhausts its stack before we can count.
    if (/call stack/i.test(error.message)) throw new InputError(`${file}:${at.line}`, TOO_DEEP);
    const detail = oneLine(error.message.split("\n")[0]);
    throw new InputError(`${file}:${at.line}`, { zh: `YAML 语法错误：${detail}`, en: `YAML syntax error: ${detail}` });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown;
  } catch (e: unknown) {
    if (e instanceof RangeError) throw new InputError(file, TOO_DEEP);
    if (!(e instanceof ReferenceError)) throw e;
    if (/excessive alias/i.test(e.message)) {
      throw new InputError(file, {
        zh: `别名（*alias）展开过多，超过上限 ${MAX_YAML_ALIASES}（疑似 YAML 别名炸弹）`,
        en: `expands aliases (*alias) too many times, over the limit of ${MAX_YAML_ALIASES} (a YAML alias bomb?)`,
      });
    }
    const detail = oneLine(e.message);
    throw new InputError(file, { zh: `YAML 错误：${detail}`, en: `YAML error: ${detail}` });
  }
  const lineOf = (path: PathSegment[]): number | undefined => {
    let node: unknown = doc.contents;
    let line: number | undefined = rangeLine(node, lines);
    for (const segment of path) {
      if (isMap(node)) {
        // A key's own line: the value of `ports:` may sit on the lines below it.
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (pair === undefined) break;
        line = rangeLine(pair.key, lines) ?? line;
        node = pair.value;
        continue;
      }
      if (isSeq(node) && typeof segment === "number") node = node.get(segment, true);
      else break;
      if (node === undefined) break;
      line = rangeLine(node, lines) ?? line;
    }
    return line;
  };
  const found = findValueProblem(value);
  if (found) {
    const line = lineOf(found.path);
    const where = line === undefined ? file : `${file}:${line}`;
    if (found.problem === "depth") throw new InputError(where, TOO_DEEP);
    throw new InputError(where, {
      zh: "含有不成对的 UTF-16 代理项（\\u 转义），不是有效的 Unicode 文本",
      en: "holds a lone UTF-16 surrogate (a \\u escape), which is not valid Unicode text",
    });
  }
  return { file, value, lineOf };
}

function rangeLine(node: unknown, lines: LineCounter): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}

/** "admin.allowed_cidrs[1]" -> ["admin", "allowed_cidrs", 1] */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const part of path.split(".")) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      segments.push(part);
      continue;
    }
    if (match[1] !== "") segments.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

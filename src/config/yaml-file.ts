// Reads a YAML file (govguard.yaml, waivers.yaml) keeping enough of the source to point an error at
// the line of the key it is about.
import { isMap, isScalar, isSeq, LineCounter, Node, parseDocument } from "yaml";
import { InputError, oneLine } from "../errors";
import { describeFsError, readBytes } from "../inputs/read-file";

export type PathSegment = string | number;

export interface YamlFile {
  file: string;
  value: unknown;
  /** The 1-based line of the value at a path, or of the nearest ancestor that exists. */
  lineOf(path: PathSegment[]): number | undefined;
}

export function readYamlFile(file: string): YamlFile {
  let text: string;
  try {
    text = readBytes(file).toString("utf8");
  } catch (e: unknown) {
    throw e instanceof InputError ? e : describeFsError(file, e);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const at = lines.linePos(error.pos[0]);
    const detail = oneLine(error.message.split("\n")[0]);
    throw new InputError(`${file}:${at.line}`, { zh: `YAML 语法错误：${detail}`, en: `YAML syntax error: ${detail}` });
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
  return { file, value: doc.toJS() as unknown, lineOf };
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

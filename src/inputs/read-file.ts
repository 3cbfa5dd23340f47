// Reads input files with errors that name the file and say what is wrong in one line.
import { constants as bufferConstants } from "node:buffer";
import * as fs from "node:fs";
import { InputError, oneLine } from "../errors";
import { findJsonError } from "./json-position";

const MiB = 1024 * 1024;

export function describeFsError(file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return new InputError(file, { zh: "文件或目录不存在", en: "no such file or directory" });
    case "EACCES":
    case "EPERM":
      return new InputError(file, { zh: "没有读取权限", en: "permission denied" });
    case "EISDIR":
      return new InputError(file, { zh: "这是目录，不是文件", en: "is a directory, not a file" });
    case "ELOOP":
      return new InputError(file, { zh: "符号链接循环", en: "too many levels of symbolic links" });
    default:
      return new InputError(file, {
        zh: `无法读取：${oneLine(String((e as Error).message ?? e))}`,
        en: `cannot read: ${oneLine(String((e as Error).message ?? e))}`,
      });
  }
}

export function readBytes(file: string): Buffer {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch (e: unknown) {
    throw describeFsError(file, e);
  }
  if (stats.isDirectory()) throw describeFsError(file, Object.assign(new Error("directory"), { code: "EISDIR" }));
  // Reading a FIFO or a device would block or never end.
  if (!stats.isFile()) {
    throw new InputError(file, { zh: "不是普通文件（命名管道、设备或套接字）", en: "is not a regular file (a FIFO, device or socket)" });
  }
  const size = stats.size;
  // JSON.parse needs the file as one string, and V8 caps string length.
  if (size > bufferConstants.MAX_STRING_LENGTH) {
    const mib = Math.round(size / MiB);
    const limit = Math.floor(bufferConstants.MAX_STRING_LENGTH / MiB);
    throw new InputError(file, {
      zh: `文件过大（${mib} MiB），超过可读取的上限 ${limit} MiB`,
      en: `file is too large to read (${mib} MiB; the limit is ${limit} MiB)`,
    });
  }
  try {
    return fs.readFileSync(file);
  } catch (e: unknown) {
    throw describeFsError(file, e);
  }
}

/** Line and column (1-based) of a character offset. */
function position(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line} column ${offset - lineStart + 1}`;
}

const BOM = "\ufeff";

export interface JsonText {
  /** The file's bytes with any UTF-8 byte-order mark removed. */
  bytes: Buffer;
  value: unknown;
}

export function parseJson(file: string, bytes: Buffer): JsonText {
  let text = bytes.toString("utf8");
  if (text.startsWith(BOM)) {
    text = text.slice(1);
    bytes = bytes.subarray(3);
  }
  if (text.trim() === "") throw new InputError(file, { zh: "文件为空", en: "file is empty" });
  try {
    return { bytes, value: JSON.parse(text) };
  } catch (e: unknown) {
    const at = findJsonError(text);
    const where = at ? ` (${position(text, at.offset)})` : "";
    const detail = oneLine((e as Error).message).replace(/, ".*" is not valid JSON$/, "");
    throw new InputError(file, {
      zh: at?.truncated ? `JSON 不完整，文件可能被截断${where}` : `不是有效的 JSON${where}`,
      en: at?.truncated ? `JSON ends early; the file looks truncated${where}` : `not valid JSON${where}: ${detail}`,
    });
  }
}

// Reads input files with errors that name the file and say what is wrong in one line. Every file
// is read once: its digest and identity are taken from the bytes as read, so the assessment
// record certifies what was judged and no output can be written over an input.
import { constants as bufferConstants, isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { FileDigest, Text } from "../model";
import { InputError, oneLine, workingOn } from "../errors";
import { findJsonLimitProblem } from "./json-limits";
import { findJsonError } from "./json-position";
import { firstInvalidUtf8 } from "./json-scan";

const MiB = 1024 * 1024;

/** Deepest nesting of arrays and objects accepted in a JSON input (a plan with modules 150 deep fits). */
export const MAX_JSON_DEPTH = 512;
/** govguard.yaml and waivers.yaml: largest file, deepest nesting, and most alias expansions. */
export const MAX_YAML_BYTES = 1024 * 1024;
export const MAX_YAML_DEPTH = 64;
export const MAX_YAML_ALIASES = 100;

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

/** A file as it was read: what the assessment record certifies. */

interface FileRead extends FileDigest {
  /** The device and inode read, so that an output can be refused whatever path names the file. */
  dev: number;
  ino: number;
}

// Every file read in this process, by absolute path; a later read of the same path replaces it.
const reads = new Map<string, FileRead>();

function tooLarge(file: string, size: number, limit: number): InputError {
  const [unit, scale] = limit >= 16 * MiB ? ["MiB", MiB] : ["KiB", 1024];
  const shown = (n: number): number => Math.max(1, Math.round(n / scale));
  return new InputError(file, {
    zh: `文件过大（${shown(size)} ${unit}），超过可读取的上限 ${Math.floor(limit / scale)} ${unit}`,
    en: `file is too large to read (${shown(size)} ${unit}; the limit is ${Math.floor(limit / scale)} ${unit})`,
  });
}

/**
 * The bytes of `file`, read once; records their digest for the assessment record and marks the
 * file as the one being read. `maxBytes` caps the size (by default, what V8 can hold as one string).
 */
export function readBytes(file: string, maxBytes: number = bufferConstants.MAX_STRING_LENGTH): Buffer {
  const stats = regularFile(file);
  // JSON.parse needs the file as one string, and V8 caps string length.
  if (stats.size > maxBytes) throw tooLarge(file, stats.size, maxBytes);
  let bytes: Buffer;
  let opened: fs.Stats;
  try {
    const fd = fs.openSync(file, "r");
    try {
      opened = fs.fstatSync(fd);
      bytes = fs.readFileSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e: unknown) {
    throw describeFsError(file, e);
  }
  if (bytes.length > maxBytes) throw tooLarge(file, bytes.length, maxBytes);
  recordRead(file, createHash("sha256").update(bytes).digest("hex"), bytes.length, opened);
  return bytes;
}

/** The stat of `file`, marked as the one being read, refused unless it is a regular file. */
export function regularFile(file: string): fs.Stats {
  workingOn(file);
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
  return stats;
}

/** `file` opened for reading in parts (plan-index.ts), with the checks of readBytes. The caller
 * closes it, and records what it read with recordRead. */
export function openRegularFile(file: string): { fd: number; stats: fs.Stats } {
  regularFile(file);
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) {
      throw new InputError(file, { zh: "不是普通文件（命名管道、设备或套接字）", en: "is not a regular file (a FIFO, device or socket)" });
    }
    return { fd, stats };
  } catch (e: unknown) {
    if (fd !== undefined) fs.closeSync(fd);
    throw e instanceof InputError ? e : describeFsError(file, e);
  }
}

/** Records the digest of `file` as read (`bytes` long, from the file `opened` describes). */
export function recordRead(file: string, sha256: string, bytes: number, opened: { dev: number; ino: number }): void {
  reads.set(path.resolve(file), { file, sha256, bytes, dev: opened.dev, ino: opened.ino });
}

/** The digest of each file as this process read it. Every file must have been read by readBytes. */
export function digestsAsRead(files: string[]): FileDigest[] {
  return files.map((file) => {
    const read = reads.get(path.resolve(file));
    // A source that was not read through readBytes is a defect in govguard, not in the input.
    if (read === undefined) throw new Error(`${file} was not read through readBytes, so its digest is unknown`);
    return { file, sha256: read.sha256, bytes: read.bytes };
  });
}

/** The digest of `file` as this process last read it, if it did. */
export function digestAsRead(file: string): FileDigest | undefined {
  const read = reads.get(path.resolve(file));
  return read === undefined ? undefined : { file, sha256: read.sha256, bytes: read.bytes };
}

/** How this thread read `file`, to be recorded by the thread that reports it (a worker reads a
 * plan, the main thread records it with recordRead). */
export function readRecord(file: string): { sha256: string; bytes: number; dev: number; ino: number } | undefined {
  const read = reads.get(path.resolve(file));
  return read === undefined ? undefined : { sha256: read.sha256, bytes: read.bytes, dev: read.dev, ino: read.ino };
}

/** The file read in this process that `dev`/`ino` identify, if any. */
export function readFileWithIdentity(dev: number, ino: number): string | undefined {
  for (const read of reads.values()) if (read.dev === dev && read.ino === ino) return read.file;
  return undefined;
}

const BOM = [0xef, 0xbb, 0xbf];

function startsWithBom(bytes: Buffer): boolean {
  return bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b);
}

/** Line and column (1-based, the column in UTF-16 code units as an editor counts) of a byte offset. */
function lineAndColumn(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: bytes.subarray(lineStart, offset).toString("utf8").length + 1 };
}

function bytePosition(bytes: Buffer, offset: number): string {
  const { line, column } = lineAndColumn(bytes, offset);
  return `line ${line} column ${column}`;
}


/** `bytes` as text without a byte-order mark, refused with the place of the first byte that is not UTF-8. */
export function decodeUtf8(file: string, bytes: Buffer): string {
  if (startsWithBom(bytes)) bytes = bytes.subarray(3);
  if (isUtf8(bytes)) return bytes.toString("utf8");
  const where = bytePosition(bytes, firstInvalidUtf8(bytes));
  throw new InputError(file, { zh: `不是有效的 UTF-8 文本（${where}）`, en: `is not valid UTF-8 text (${where})` });
}

/** The text of `file`, read once and refused unless it is UTF-8. */
export function readText(file: string, maxBytes?: number): string {
  return decodeUtf8(file, readBytes(file, maxBytes));
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

export interface JsonText {
  /** The file's bytes with any UTF-8 byte-order mark removed. */
  bytes: Buffer;
  value: unknown;
}

function tooDeep(limit: number, where: string): Text {
  return {
    zh: `嵌套超过 ${limit} 层（${where}），超出 govguard 可安全处理的深度`,
    en: `nests deeper than ${limit} levels of arrays and objects (${where}), more than govguard can judge safely`,
  };
}

export function parseJson(file: string, bytes: Buffer): JsonText {
  if (startsWithBom(bytes)) bytes = bytes.subarray(3);
  const text = decodeUtf8(file, bytes);
  if (text.trim() === "") throw new InputError(file, { zh: "文件为空", en: "file is empty" });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e: unknown) {
    const at = findJsonError(text);
    const where = at ? ` (${position(text, at.offset)})` : "";
    const detail = oneLine((e as Error).message).replace(/, ".*" is not valid JSON$/, "");
    throw new InputError(file, {
      zh: at?.truncated ? `JSON 不完整，文件可能被截断${where}` : `不是有效的 JSON${where}`,
      en: at?.truncated ? `JSON ends early; the file looks truncated${where}` : `not valid JSON${where}: ${detail}`,
    });
  }
  const problem = findJsonLimitProblem(bytes, MAX_JSON_DEPTH);
  if (problem?.kind === "depth") throw new InputError(file, tooDeep(MAX_JSON_DEPTH, bytePosition(bytes, problem.offset)));
  if (problem?.kind === "number") {
    const { line, column } = lineAndColumn(bytes, problem.offset);
    throw new InputError(file, { zh: `${problem.problem.zh}（第 ${line} 行第 ${column} 列）`, en: `${problem.problem.en} (line ${line} column ${column})` });
  }
  if (problem?.kind === "surrogate") {
    const where = bytePosition(bytes, problem.offset);
    throw new InputError(file, {
      zh: `含有不成对的 UTF-16 代理项转义（${where}），不是有效的 Unicode 文本`,
      en: `escapes a lone UTF-16 surrogate (${where}), which is not valid Unicode text`,
    });
  }
  return { bytes, value };
}

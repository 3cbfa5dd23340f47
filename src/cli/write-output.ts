// Writes reports, the assessment record and `init`'s govguard.yaml: atomically (a temporary file
// in the destination's folder, then a rename), so a reader never sees half a file; never through
// a symbolic link at the destination (the rename replaces the link itself); and never over a
// file this run read, whatever path, symlink or hard link names it.
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../errors";
import { readFileWithIdentity } from "../inputs/read-file";

function cannotWrite(file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  return new InputError(file, { zh: `无法写入（${code}）`, en: `cannot be written (${code})` });
}

/** The destination as one spelling: its folder's real path and its own name. */
function canonical(file: string): string {
  const absolute = path.resolve(file);
  let dir = path.dirname(absolute);
  try {
    dir = fs.realpathSync(dir);
  } catch {
    // A folder that does not exist yet is created on writing; its spelling is already unique.
  }
  return path.join(dir, path.basename(absolute));
}

/** Refuses two outputs onto one file before the run, so that neither is half overwritten. */
export function refuseSharedDestinations(files: string[]): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const key = canonical(file);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new InputError(file, {
        zh: `与另一个输出 ${earlier} 是同一个文件；每个输出需要自己的文件`,
        en: `is the same file as another output, ${earlier}; give each output a file of its own`,
      });
    }
    seen.set(key, file);
  }
}

/** Refuses a destination that is, or links to, a file this run read (an input, govguard.yaml, waivers.yaml). */
export function refuseInputDestination(file: string): void {
  // lstat: the destination itself (a hard link to an input shares its inode); stat: what a
  // symlink there points to.
  for (const look of [fs.lstatSync, fs.statSync]) {
    let stats: fs.Stats | undefined;
    try {
      stats = look(file, { throwIfNoEntry: false });
    } catch {
      stats = undefined;
    }
    const input = stats ? readFileWithIdentity(stats.dev, stats.ino) : undefined;
    if (input !== undefined) {
      throw new InputError(file, {
        zh: `是本次检查读取的输入文件（${input}），不能用输出覆盖它`,
        en: `is an input of this run (${input}); an output cannot be written over it`,
      });
    }
  }
}

/** Pieces of text joined into blocks of at most `size` characters (or one piece, if longer): few
 * writes, little held. The default keeps a block, and the UTF-8 copy each write makes, under V8's
 * large-object size, so both are made in reused memory: blocks of a million characters cost a
 * first touch of fresh pages for every block written. */
export function* blocks(content: string | Iterable<string>, size = 1 << 15): Generator<string> {
  if (typeof content === "string") {
    yield content;
    return;
  }
  let block = "";
  for (const piece of content) {
    if (block !== "" && block.length + piece.length > size) {
      yield block;
      block = "";
    }
    block += piece;
  }
  if (block !== "") yield block;
}

/** Writes `content` (text, or text in pieces) to `file` atomically, replacing (never following) a symlink there. */
export function writeOutputFile(file: string, content: string | Iterable<string>): void {
  refuseInputDestination(file);
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.govguard-${randomBytes(8).toString("hex")}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const existing = fs.lstatSync(file, { throwIfNoEntry: false });
    // O_EXCL: the temporary name cannot be a link planted in advance.
    const fd = fs.openSync(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o666);
    try {
      if (existing?.isFile()) fs.fchmodSync(fd, existing.mode & 0o7777);
      for (const block of blocks(content)) fs.writeFileSync(fd, block);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (e: unknown) {
    fs.rmSync(temp, { force: true });
    // Only the file system's own errors are the file's: a report that fails to render (running out
    // of memory, a govguard bug) ends as what it is.
    throw typeof (e as NodeJS.ErrnoException).code === "string" ? cannotWrite(file, e) : e;
  }
}

// File paths as reports show them: relative to the working directory, with forward slashes, when
// the file lies below it; otherwise as given.
import * as path from "node:path";

export function displayPath(file: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return file.split(path.sep).join("/");
  return relative.split(path.sep).join("/");
}

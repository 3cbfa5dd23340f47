// File paths as reports show them: relative to the working directory, with forward slashes, never
// the absolute path of the machine that ran the check. A file outside the working directory is
// shown with "../" (as `git diff` and terraform name files from a subfolder); only a file that no
// relative path reaches (another drive on Windows) keeps its absolute path.
import * as path from "node:path";

export function displayPath(file: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  if (relative === "") return ".";
  return relative.split(path.sep).join("/");
}

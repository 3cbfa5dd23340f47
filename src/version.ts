// govguard's own version, from its package.json, for reports and the assessment record.
import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "./engine";

export function govguardVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

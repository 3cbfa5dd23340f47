// Where a module call's code is. Local paths ("./", "../", and absolute paths, which Terraform
// copies) are read where they are. Registry, git and HTTP sources are read from where
// `terraform init` installed them, as `.terraform/modules/modules.json` in the root module's
// folder records it (key "a.b" for module.a.module.b, Dir relative to the root folder), the way
// Terraform itself finds them at plan time (internal/configs/configload/loader_load.go). Without
// that record the module cannot be read, and says why.
import * as fs from "node:fs";
import * as path from "node:path";
import { Text } from "../model";
import { InputError } from "../errors";
import { jsonValue, parseJsonSyntax } from "./json-syntax";
import { readBytes } from "./read-file";

export const MANIFEST = path.join(".terraform", "modules", "modules.json");

interface ManifestRecord {
  source: string;
  dir: string;
}

export interface Manifest {
  file: string;
  records: Map<string, ManifestRecord>;
}

/** `terraform init`'s record of installed modules, when there is one. */
export function readManifest(rootDir: string): Manifest | undefined {
  const file = path.join(rootDir, MANIFEST);
  if (!fs.existsSync(file)) return undefined;
  const value = jsonValue(file, parseJsonSyntax(file, readBytes(file))) as Record<string, unknown> | null;
  const modules = typeof value === "object" && value !== null ? value.Modules : undefined;
  const invalid = new InputError(file, { zh: "不是有效的 modules.json：须有 Modules 数组，每项含字符串 Key、Source、Dir", en: "is not a valid modules.json: it needs a Modules array whose entries have string Key, Source and Dir" });
  if (!Array.isArray(modules)) throw invalid;
  const records = new Map<string, ManifestRecord>();
  for (const entry of modules as unknown[]) {
    const record = entry as Record<string, unknown> | null;
    if (typeof record !== "object" || record === null) throw invalid;
    const { Key: key, Source: source, Dir: dir } = record;
    if (typeof key !== "string" || typeof source !== "string" || typeof dir !== "string") throw invalid;
    records.set(key, { source, dir: path.resolve(rootDir, dir) });
  }
  return { file, records };
}

/** A source Terraform reads from the local file system: "./x", "../x" (and Windows forms). */
export function isLocalPath(source: string): boolean {
  return /^\.\.?[/\\]/.test(source);
}

/** The module path "module.a.module.b" as modules.json keys it: "a.b". */
export function manifestKey(modulePath: string): string {
  return modulePath.split(".").filter((_, i) => i % 2 === 1).join(".");
}

/** Whether modules.json's source is the one the configuration asks for: Terraform records
 * registry sources with their host. */
function sameSource(recorded: string, source: string): boolean {
  const plain = (s: string): string => s.replace(/^git::/, "").replace(/^https:\/\//, "").replace(/\.git(?=$|\?|\/\/)/, "");
  return recorded === source || recorded === `registry.terraform.io/${source}` || plain(recorded) === plain(source);
}

export type Resolved = { dir: string } | { unread: Text };

function notInstalled(source: string, why: Text): Text {
  return {
    zh: `模块来源 ${source} 不是本地目录，${why.zh}，因此其中的资源无法检查；请运行 terraform init，或改为检查计划 JSON`,
    en: `the module source ${source} is not a local folder and ${why.en}, so its resources cannot be verified; run terraform init, or gate the plan JSON`,
  };
}

/** Where the code of module `modulePath`, called from `parentDir` with `source`, is. */
export function resolveSource(source: string, parentDir: string, modulePath: string, manifest: Manifest | undefined): Resolved {
  // Terraform turns every backslash of a local path into a slash, on every platform
  // (addrs.parseModuleSourceLocal): "./back\\slash" is the folder back/slash, not `back\slash`.
  if (isLocalPath(source)) return { dir: path.resolve(parentDir, source.replace(/\\/g, "/")) };
  if (path.isAbsolute(source)) return { dir: source };
  if (!manifest) return { unread: notInstalled(source, { zh: `找不到 ${MANIFEST}（尚未运行 terraform init）`, en: `${MANIFEST} was not found (terraform init has not run)` }) };
  const record = manifest.records.get(manifestKey(modulePath));
  if (!record) return { unread: notInstalled(source, { zh: `${MANIFEST} 中没有 ${modulePath} 的安装记录`, en: `${MANIFEST} has no record of installing ${modulePath}` }) };
  if (!sameSource(record.source, source)) {
    return { unread: notInstalled(source, { zh: `${MANIFEST} 记录的来源是 ${record.source}（配置已改动）`, en: `${MANIFEST} records the source ${record.source} (the configuration has changed since)` }) };
  }
  if (!fs.statSync(record.dir, { throwIfNoEntry: false })?.isDirectory()) {
    return { unread: notInstalled(source, { zh: `安装目录 ${record.dir} 不存在`, en: `its installed folder ${record.dir} does not exist` }) };
  }
  return { dir: record.dir };
}

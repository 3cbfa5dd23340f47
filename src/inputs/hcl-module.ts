// Loads a directory of .tf files as one Terraform module, the way `terraform` reads it: every
// .tf and .tf.json file merged, tfvars files for variable values, and child modules from local
// sources loaded too. The result is the document the policy bundle's config reader expects.
import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseHcl } from "@cdktf/hcl2json";
import { isModuleFile } from "./module-files";
import { Text } from "../engine/types";
import { InputError, oneLine } from "../errors";
import { expandFunctions } from "./hcl-functions";
import { describeFsError, parseJson, readBytes } from "./read-file";

export type JsonObject = Record<string, unknown>;

export interface HclModule {
  document: JsonObject;
  /** Every file read, root module first. */
  files: string[];
  /** The folder of each module read, by module path ("" for the root). */
  moduleDirs: Record<string, string>;
  notes: Text[];
}

const MAX_MODULE_DEPTH = 16;

function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Merges two configuration fragments as Terraform merges a module's files: blocks accumulate. */
export function mergeFragments(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) || Array.isArray(b)) {
    const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
    return [...list(a), ...list(b)];
  }
  if (isObject(a) && isObject(b)) {
    const out: JsonObject = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? mergeFragments(out[k], v) : v;
    return out;
  }
  return b === undefined ? a : b;
}

async function parseTf(file: string): Promise<JsonObject> {
  const text = readBytes(file).toString("utf8");
  try {
    return (await parseHcl(path.basename(file), text)) as JsonObject;
  } catch (e: unknown) {
    const detail = oneLine(e instanceof Error ? e.message : String(e))
      .replace(/^parse config: /, "")
      .replace(/^\[(.*)\]$/, "$1");
    throw new InputError(file, { zh: `HCL 语法错误：${detail}`, en: `HCL syntax error: ${detail}` });
  }
}

function parseTfJson(file: string): JsonObject {
  const { value } = parseJson(file, readBytes(file));
  if (!isObject(value)) throw new InputError(file, { zh: "不是 JSON 对象", en: "is not a JSON object" });
  return value;
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch (e: unknown) {
    throw describeFsError(dir, e);
  }
}


async function readModuleFiles(dir: string, only?: string): Promise<{ document: JsonObject; files: string[] }> {
  const names = only ? [path.basename(only)] : listDir(dir).filter(isModuleFile);
  let document: JsonObject = {};
  const files: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const fragment = name.endsWith(".tf.json") ? parseTfJson(file) : await parseTf(file);
    document = mergeFragments(document, await expandFunctions(fragment)) as JsonObject;
    files.push(file);
  }
  return { document, files };
}

async function readTfvars(dir: string): Promise<{ values: JsonObject; files: string[] }> {
  const names = listDir(dir);
  const ordered = [
    ...names.filter((n) => n === "terraform.tfvars" || n === "terraform.tfvars.json"),
    ...names.filter((n) => n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json")),
  ];
  let values: JsonObject = {};
  const files: string[] = [];
  for (const name of ordered) {
    const file = path.join(dir, name);
    // Later files override earlier ones, as in terraform.
    values = { ...values, ...(name.endsWith(".json") ? parseTfJson(file) : await parseTf(file)) };
    files.push(file);
  }
  return { values, files };
}

function bodies(block: unknown): JsonObject[] {
  if (Array.isArray(block)) return block.filter(isObject);
  return isObject(block) ? [block] : [];
}

function isLocalSource(source: unknown): source is string {
  return typeof source === "string" && (source.startsWith("./") || source.startsWith("../"));
}

/**
 * Reads the module at `target` (a directory, or a single .tf file read on its own) and every
 * local child module below it.
 */
export async function loadHclModule(target: string): Promise<HclModule> {
  const isFile = fs.statSync(target).isFile();
  const rootDir = isFile ? path.dirname(target) : target;
  const root = await readModuleFiles(rootDir, isFile ? target : undefined);
  const tfvars = await readTfvars(rootDir);
  const files = [...root.files, ...tfvars.files];
  const notes: Text[] = [];
  const modules: JsonObject = {};
  const moduleDirs: Record<string, string> = { "": rootDir };

  async function loadChildren(parentPath: string, dir: string, document: JsonObject, chain: string[]): Promise<void> {
    const calls = isObject(document.module) ? document.module : {};
    for (const [name, block] of Object.entries(calls)) {
      const modulePath = parentPath === "" ? `module.${name}` : `${parentPath}.module.${name}`;
      for (const call of bodies(block)) {
        const source = call.source;
        if (!isLocalSource(source)) {
          notes.push({
            zh: `${modulePath} 的来源 ${String(source)} 不是本地目录，未读取其内容；请对计划 JSON 运行检查以覆盖该模块`,
            en: `${modulePath} comes from ${String(source)}, not a local directory, so its contents were not read; check the plan JSON to cover it`,
          });
          continue;
        }
        const childDir = path.join(dir, source);
        if (!fs.existsSync(childDir) || !fs.statSync(childDir).isDirectory()) {
          throw new InputError(dir, {
            zh: `${modulePath} 的来源 ${source} 不是存在的目录`,
            en: `${modulePath} has source ${source}, which is not an existing directory`,
          });
        }
        const real = fs.realpathSync(childDir);
        if (chain.includes(real) || chain.length >= MAX_MODULE_DEPTH) {
          throw new InputError(childDir, {
            zh: `${modulePath} 形成模块循环或嵌套过深`,
            en: `${modulePath} makes a module cycle or nests too deeply`,
          });
        }
        const child = await readModuleFiles(childDir);
        files.push(...child.files);
        modules[modulePath] = { source, config: child.document };
        moduleDirs[modulePath] = childDir;
        await loadChildren(modulePath, childDir, child.document, [...chain, real]);
      }
    }
  }

  await loadChildren("", rootDir, root.document, [fs.realpathSync(rootDir)]);
  const document: JsonObject = { ...root.document };
  if (Object.keys(modules).length > 0) document.govguard_modules = modules;
  if (tfvars.files.length > 0) document.govguard_tfvars = tfvars.values;
  return { document, files, moduleDirs, notes };
}

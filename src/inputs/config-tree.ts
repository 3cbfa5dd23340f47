// Reads Terraform configuration as Terraform loads it, into the tree the evaluator (src/evaluate)
// judges: a folder of .tf / .tf.json files (cdk.tf.json included), one .tf file, or one *.tf.json
// or cdk.tf.json file, with its variable files and every module it calls.
//   - A module's files are Terraform's: *.tf and *.tf.json, without the names editors leave
//     (module-files.ts); override files are merged last (config-merge.ts).
//   - .tf is parsed by hcl2json within documented caps (hcl-config.ts, hcl-prescan.ts); JSON by
//     govguard's own strict reader (json-syntax.ts, json-config.ts).
//   - Module sources: local and absolute paths are read; registry, git and HTTP modules from
//     .terraform/modules/modules.json; otherwise the call is listed in `unread` with the reason.
// Every object keyed by input is a null-prototype object or a Map: no name is special.
import * as fs from "node:fs";
import * as path from "node:path";
import { Text } from "../model";
import { InputError } from "../errors";
import { Body, ConfigFile } from "./config-declarations";
import { AssembledModule, assembleModule, Location } from "./config-merge";
import { HclBudget, hclConfigFile, parseHclText } from "./hcl-config";
import { jsonConfigFile } from "./json-config";
import { decodeUtf8, jsonValue, parseJsonSyntax, repeatedProperty, shownKey } from "./json-syntax";
import { isModuleFile, isOverrideFile, tfvarsFiles } from "./module-files";
import { isLocalPath, Manifest, readManifest, resolveSource } from "./module-sources";
import { describeFsError, readBytes } from "./read-file";
import { MAX_MODULE_DEPTH, MAX_MODULES } from "./reading-caps";
import { escapeTemplates, literalTemplate } from "./template-text";

export interface ConfigModule {
  /** "" for the root, "module.a", "module.a.module.b". */
  path: string;
  dir: string;
  /** The module's configuration files, primary files then override files, each in name order. */
  files: string[];
  /** The `source` of the module call, as written (absent for the root). */
  source?: string;
  /** The module after Terraform's merging and overrides (config-merge.ts), shaped as a Terraform
   * JSON module. Modules called from one folder share a body: treat it as read-only. */
  body: Record<string, unknown>;
  /** Where each declaration is written ("alicloud_x.y", "data.t.n", "module.a", "var.v",
   * "local.l", "output.o", "provider.alicloud", "provider.alicloud.dr"). */
  locations: ReadonlyMap<string, Location>;
}

export interface UnreadModule {
  path: string;
  source: string;
  /** The file holding the module call. */
  file: string;
  reason: Text;
}

export interface ConfigTree {
  flavour: "terraform" | "cdktf";
  target: string;
  /** Every module read, by path; the root ("") first, then callers before callees. */
  modules: Map<string, ConfigModule>;
  unread: UnreadModule[];
  /** Root variable values from terraform.tfvars(.json) and *.auto.tfvars(.json), later files
   * winning; values in body form (strings are templates; evaluate them with no variables). */
  tfvars: Record<string, unknown>;
  /** Every file read: the root module's, variable files, modules.json, then child modules'. */
  files: string[];
  /** What only a root module has, in the root module only: its backend, cloud and state_store
   * blocks (Terraform ignores them in a called module: "Backend configuration ignored") and the
   * variables files Terraform loads by itself. Module mode is refused when there is one (lib/mode). */
  rootMarkers: RootMarker[];
}

/** A root-only construct: `backend "LABEL"`, `cloud` or `state_store` in a terraform block (with
 * the block's line), or "tfvars" for a variables file. `file` is the name within the root folder. */
export interface RootMarker {
  file: string;
  line?: number;
  marker: string;
}

export type { Location };

function stat(p: string): fs.Stats {
  try {
    return fs.statSync(p);
  } catch (e: unknown) {
    throw describeFsError(p, e);
  }
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch (e: unknown) {
    throw describeFsError(dir, e);
  }
}

/** One configuration file's declarations, in the syntax its name says. */
export async function readConfigFile(file: string, budget?: HclBudget): Promise<ConfigFile> {
  const bytes = readBytes(file);
  if (file.endsWith(".json")) return jsonConfigFile(file, parseJsonSyntax(file, bytes));
  return hclConfigFile(file, decodeUtf8(file, bytes), budget);
}

interface ReadModule {
  files: string[];
  assembled: AssembledModule;
  cdktf: boolean;
  /** The state blocks of its terraform blocks: root markers, when the module is the root. */
  stateBlocks: RootMarker[];
}

const STATE_BLOCKS = ["backend", "cloud", "state_store"];

/** backend "x", cloud and state_store blocks in the module's terraform blocks, file by file. */
function stateBlocksOf(files: readonly ConfigFile[]): RootMarker[] {
  const found: RootMarker[] = [];
  for (const f of files) {
    for (const d of f.declarations) {
      if (d.kind !== "terraform") continue;
      for (const key of STATE_BLOCKS) {
        const block = d.body[key];
        if (block === undefined) continue;
        const labels = key === "backend" && typeof block === "object" && block !== null && !Array.isArray(block) ? Object.keys(block) : [];
        const markers = labels.length > 0 ? labels.map((l) => `backend ${JSON.stringify(l)}`) : [key];
        for (const marker of markers) found.push({ file: path.basename(f.file), ...(d.line === undefined ? {} : { line: d.line }), marker });
      }
    }
  }
  return found;
}

async function readModuleFiles(files: string[], budget: HclBudget): Promise<ReadModule> {
  const primary: ConfigFile[] = [];
  const overrides: ConfigFile[] = [];
  for (const file of files) (isOverrideFile(path.basename(file)) ? overrides : primary).push(await readConfigFile(file, budget));
  const ordered = [...primary, ...overrides].map((f) => f.file);
  return { files: ordered, assembled: assembleModule(primary, overrides), cdktf: primary.some((f) => f.cdktf), stateBlocks: stateBlocksOf([...primary, ...overrides]) };
}

/** The configuration files of a module folder, as Terraform picks them. */
function moduleFilesOf(dir: string): string[] {
  return listDir(dir)
    .filter(isModuleFile)
    .map((n) => path.join(dir, n))
    .filter((f) => !stat(f).isDirectory());
}

async function readTfvars(dir: string, budget: HclBudget): Promise<{ values: Record<string, unknown>; files: string[] }> {
  const values = Object.create(null) as Record<string, unknown>;
  const files: string[] = [];
  for (const name of tfvarsFiles(listDir(dir))) {
    const file = path.join(dir, name);
    if (stat(file).isDirectory()) continue;
    files.push(file);
    // Later files override earlier ones, variable by variable, as in Terraform.
    if (name.endsWith(".json")) {
      const root = parseJsonSyntax(file, readBytes(file));
      if (root.kind !== "object") throw new InputError(file, { zh: "变量文件须为 JSON 对象", en: "a variables file must be a JSON object" });
      const seen = new Set<string>();
      for (const member of root.members) {
        if (member.key === "//") continue;
        if (seen.has(member.key)) throw repeatedProperty(file, member);
        seen.add(member.key);
        values[member.key] = escapeTemplates(jsonValue(file, member.value));
      }
    } else {
      const parsed = await parseHclText(file, decodeUtf8(file, readBytes(file)), budget);
      for (const key of Object.keys(parsed)) values[key] = parsed[key];
    }
  }
  return { values, files };
}

function moduleCalls(body: Body): [string, Body][] {
  const calls = body.module as Record<string, Body[]> | undefined;
  return calls === undefined ? [] : Object.keys(calls).map((name) => [name, calls[name][0]]);
}

function refuseSource(file: string, modulePath: string, line: number | undefined, problem: Text): InputError {
  const at = line === undefined ? { zh: "", en: "" } : { zh: `（第 ${line} 行）`, en: ` (line ${line})` };
  return new InputError(file, { zh: `${modulePath}${at.zh}：${problem.zh}`, en: `${modulePath}${at.en}: ${problem.en}` });
}

/**
 * Reads the configuration at `target`: a folder (one module), a .tf file (that file alone as a
 * module), or a *.tf.json / cdk.tf.json (or other JSON configuration) file (likewise), with the variable files of its folder and
 * every module it calls.
 */
export async function loadConfigTree(target: string): Promise<ConfigTree> {
  const isFile = !stat(target).isDirectory();
  // A JSON file named on the command line is read as Terraform JSON whatever its name.
  if (isFile && !(target.endsWith(".tf") || target.endsWith(".json"))) {
    throw new InputError(target, { zh: "不是 Terraform 配置文件（.tf、.tf.json）", en: "is not a Terraform configuration file (.tf, .tf.json)" });
  }
  const rootDir = isFile ? path.dirname(target) : target;
  const rootFiles = isFile ? [target] : moduleFilesOf(rootDir);
  if (rootFiles.length === 0) throw new InputError(target, { zh: "目录中没有 .tf 或 .tf.json 文件", en: "folder has no .tf or .tf.json files" });

  const budget: HclBudget = { used: 0 };
  const root = await readModuleFiles(rootFiles, budget);
  const tfvars = await readTfvars(rootDir, budget);
  const files = [...root.files, ...tfvars.files];
  const modules = new Map<string, ConfigModule>();
  modules.set("", { path: "", dir: rootDir, files: root.files, body: root.assembled.body, locations: root.assembled.locations });
  const unread: UnreadModule[] = [];
  const cache = new Map<string, ReadModule>();
  let manifest: Manifest | undefined | null = null;
  const theManifest = (): Manifest | undefined => {
    if (manifest === null) {
      manifest = readManifest(rootDir);
      if (manifest) files.push(manifest.file);
    }
    return manifest;
  };

  // Depth first, so a cycle is seen on the chain of folders that leads to it.
  const visit = async (parent: ConfigModule, chain: string[]): Promise<void> => {
    for (const [name, call] of moduleCalls(parent.body)) {
      const modulePath = parent.path === "" ? `module.${name}` : `${parent.path}.module.${name}`;
      const at = parent.locations.get(`module.${name}`) ?? { file: parent.dir };
      const written = call.source;
      const source = typeof written === "string" ? literalTemplate(written) : undefined;
      if (source === undefined) {
        throw refuseSource(at.file, modulePath, at.line, { zh: "source 须为字面字符串，不能含变量或表达式", en: "the source must be a literal string, without variables or expressions" });
      }
      const resolved = resolveSource(source, parent.dir, modulePath, isLocalPath(source) || path.isAbsolute(source) ? undefined : theManifest());
      if ("unread" in resolved) {
        unread.push({ path: modulePath, source, file: at.file, reason: resolved.unread });
        continue;
      }
      const dir = resolved.dir;
      if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
        throw refuseSource(at.file, modulePath, at.line, { zh: `来源 ${shownKey(source)} 不是存在的目录`, en: `the source ${shownKey(source)} is not an existing folder` });
      }
      const real = fs.realpathSync(dir);
      if (chain.includes(real)) {
        throw refuseSource(at.file, modulePath, at.line, { zh: "模块调用形成循环", en: "the module calls form a cycle" });
      }
      if (chain.length > MAX_MODULE_DEPTH) {
        throw refuseSource(at.file, modulePath, at.line, { zh: `模块嵌套超过 ${MAX_MODULE_DEPTH} 层上限`, en: `modules nest deeper than the cap of ${MAX_MODULE_DEPTH}` });
      }
      if (modules.size - 1 >= MAX_MODULES) {
        throw refuseSource(at.file, modulePath, at.line, { zh: `模块调用超过 ${MAX_MODULES} 个上限`, en: `the configuration calls more modules than the cap of ${MAX_MODULES}` });
      }
      let read = cache.get(real);
      if (!read) {
        const childFiles = moduleFilesOf(dir);
        if (childFiles.length === 0) {
          throw refuseSource(at.file, modulePath, at.line, { zh: `来源目录 ${shownKey(source)} 中没有 .tf 或 .tf.json 文件`, en: `the source folder ${shownKey(source)} has no .tf or .tf.json files` });
        }
        read = await readModuleFiles(childFiles, budget);
        cache.set(real, read);
        for (const file of read.files) files.push(file);
      }
      const module: ConfigModule = { path: modulePath, dir, files: read.files, source, body: read.assembled.body, locations: read.assembled.locations };
      modules.set(modulePath, module);
      await visit(module, [...chain, real]);
    }
  };
  await visit(modules.get("") as ConfigModule, [fs.realpathSync(rootDir)]);

  const flavour = root.cdktf || rootFiles.some((f) => path.basename(f) === "cdk.tf.json") ? "cdktf" : "terraform";
  const rootMarkers = [...root.stateBlocks, ...tfvars.files.map((f) => ({ file: path.basename(f), marker: "tfvars" }))];
  return { flavour, target, modules, unread, tfvars: tfvars.values, files, rootMarkers };
}

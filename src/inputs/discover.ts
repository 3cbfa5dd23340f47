// Turns the paths given on the command line into the documents to evaluate:
//   plan.json / cdk.tf.json / *.tf.json      one document each
//   cdktf.out (or any folder with manifest.json from cdktf synth)   one document per stack
//   a folder with cdk.tf.json                that file
//   a folder with .tf files, or one .tf file one module (local child modules and tfvars included)
//   a folder with only JSON files            each JSON file
import * as fs from "node:fs";
import * as path from "node:path";
import { Text } from "../engine/types";
import { InputError } from "../errors";
import { classifyJson, describeNonJson, JsonKind } from "./classify";
import { isModuleFile } from "./module-files";
import { describeFsError, parseJson, readBytes } from "./read-file";
import { planShapeProblem } from "./plan-shape";
import { slimPlan } from "./slim-plan";

export type InputKind = JsonKind | "hcl";

export interface InputDocument {
  /** The file (or, for .tf modules, the folder) that findings are reported against. */
  file: string;
  kind: InputKind;
  /** The JSON document the policy evaluates: a configuration file's bytes as read, a plan without
   * the parts no control reads, or the document assembled from .tf files. */
  content: Buffer;
  /** Every file that went into this document. */
  sources: string[];
  /** For .tf input: the folder of each module read, by module path ("" for the root). */
  moduleDirs?: Record<string, string>;
  notes: Text[];
}

function stat(p: string): fs.Stats {
  try {
    return fs.statSync(p);
  } catch (e: unknown) {
    throw describeFsError(p, e);
  }
}

/** How inputs are read. */
export interface ReadOptions {
  /** The policy bundle's attribute vocabulary: plans then keep only what the policies can read. */
  attributes?: ReadonlySet<string>;
}

export function readJsonInput(file: string, options: ReadOptions = {}): InputDocument {
  const raw = readBytes(file);
  const known = describeNonJson(raw);
  if (known) throw new InputError(file, known);
  const { bytes, value } = parseJson(file, raw);
  return jsonDocument(file, value, bytes, options);
}

/** The document for a parsed JSON input: a plan, cdk.tf.json or *.tf.json, else an InputError. */
export function jsonDocument(file: string, value: unknown, bytes?: Buffer, options: ReadOptions = {}): InputDocument {
  const classified = classifyJson(value);
  if ("problem" in classified) throw new InputError(file, classified.problem);
  const shape = classified.kind === "plan" ? planShapeProblem(value as Record<string, unknown>) : undefined;
  if (shape) throw new InputError(file, shape);
  const content =
    classified.kind === "plan" ? Buffer.from(JSON.stringify(slimPlan(value as Record<string, unknown>, options.attributes))) : (bytes ?? Buffer.from(JSON.stringify(value)));
  return { file, kind: classified.kind, content, sources: [file], notes: [] };
}

interface CdktfManifest {
  stacks?: Record<string, { synthesizedStackPath?: string }>;
}

function readCdktfOut(dir: string, options: ReadOptions): InputDocument[] {
  const manifestFile = path.join(dir, "manifest.json");
  const { value } = parseJson(manifestFile, readBytes(manifestFile));
  const stacks = (value as CdktfManifest).stacks;
  if (typeof stacks !== "object" || stacks === null) {
    throw new InputError(manifestFile, { zh: "cdktf 清单中没有 stacks", en: "cdktf manifest has no stacks" });
  }
  const names = Object.keys(stacks).sort();
  if (names.length === 0) throw new InputError(manifestFile, { zh: "cdktf 清单中没有任何栈", en: "cdktf manifest lists no stacks" });
  return names.map((name) => {
    const rel = stacks[name].synthesizedStackPath;
    if (typeof rel !== "string") {
      throw new InputError(manifestFile, { zh: `栈 ${name} 没有 synthesizedStackPath`, en: `stack ${name} has no synthesizedStackPath` });
    }
    return readJsonInput(path.join(dir, rel), options);
  });
}

async function readHcl(target: string): Promise<InputDocument> {
  // Loaded only for .tf input: hcl2json starts a Go wasm runtime, which plan JSON does not need.
  const { loadHclModule } = await import("./hcl-module");
  const module = await loadHclModule(target);
  return {
    file: target,
    kind: "hcl",
    content: Buffer.from(JSON.stringify(module.document)),
    sources: module.files,
    moduleDirs: module.moduleDirs,
    notes: module.notes,
  };
}

/** Says which inputs a folder holds besides the one read, so that nothing is skipped silently. */
function withUnread(doc: InputDocument, dir: string, names: string[], read: string[]): InputDocument {
  const unread = names.filter((n) => (n.endsWith(".json") || n.endsWith(".tf")) && !read.includes(n) && fs.statSync(path.join(dir, n), { throwIfNoEntry: false })?.isFile());
  if (unread.length === 0) return doc;
  const list = unread.join(", ");
  return {
    ...doc,
    notes: [
      ...doc.notes,
      {
        zh: `目录中另有未读取的文件：${list}；如需检查，请单独作为参数传入`,
        en: `the folder also holds files that were not read: ${list}; pass them as arguments of their own to check them`,
      },
    ],
  };
}

async function readDirectory(dir: string, options: ReadOptions): Promise<InputDocument[]> {
  let names: string[];
  try {
    names = fs.readdirSync(dir).sort();
  } catch (e: unknown) {
    throw describeFsError(dir, e);
  }
  if (names.includes("manifest.json") && fs.existsSync(path.join(dir, "stacks"))) return readCdktfOut(dir, options);
  if (names.includes("cdk.tf.json")) return [withUnread(readJsonInput(path.join(dir, "cdk.tf.json"), options), dir, names, ["cdk.tf.json"])];
  if (names.some(isModuleFile)) {
    const module = await readHcl(dir);
    return [withUnread(module, dir, names, module.sources.map((s) => path.relative(dir, s)))];
  }
  const json = names.filter((n) => n.endsWith(".json") && stat(path.join(dir, n)).isFile());
  if (json.length > 0) return json.map((n) => readJsonInput(path.join(dir, n), options));
  throw new InputError(dir, {
    zh: "目录中没有计划 JSON、cdk.tf.json、cdktf.out 或 .tf 文件",
    en: "folder has no plan JSON, cdk.tf.json, cdktf.out or .tf files",
  });
}

export async function readInputs(paths: string[], options: ReadOptions = {}): Promise<InputDocument[]> {
  const documents: InputDocument[] = [];
  for (const p of paths) {
    const s = stat(p);
    if (s.isDirectory()) documents.push(...(await readDirectory(p, options)));
    else if (p.endsWith(".tf")) documents.push(await readHcl(p));
    else documents.push(readJsonInput(p, options));
  }
  return documents;
}

// Turns the paths given on the command line into the documents to evaluate:
//   plan.json / cdk.tf.json / *.tf.json      one document each
//   cdktf.out (or any folder with manifest.json from cdktf synth)   one document per stack
//   a folder with cdk.tf.json                that file
//   a folder with .tf files, or one .tf file one module (local child modules and tfvars included)
//   a folder with only JSON files            each JSON file
import * as fs from "node:fs";
import * as path from "node:path";
import { FileDigest, InputKind, Location, Text } from "../model";
import { InputError } from "../errors";
import { classifyJson, describeNonJson } from "./classify";
import { isModuleFile } from "./module-files";
import { describeFsError, digestsAsRead, parseJson, readBytes, regularFile } from "./read-file";
import { IndexedPlan, readIndexedPlan } from "./plan-index";
import { planShapeProblem } from "./plan-shape";
import { slimPlan } from "./slim-plan";


export interface InputDocument {
  /** The file (or, for .tf modules, the folder) that findings are reported against. */
  file: string;
  kind: InputKind;
  /** The JSON document the policy evaluates: a plan without the parts no control reads, or for
   * configuration the plan govguard evaluates from it (src/evaluate), slimmed the same way. */
  content: Buffer;
  /** Every file that went into this document. */
  sources: string[];
  /** The digest of each source as it was read (what the assessment record certifies); empty for a
   * document built in memory. Fill it with digestsAsRead(sources), never by reading files again. */
  digests: FileDigest[];
  /** For .tf input: the folder of each module read, by module path ("" for the root). */
  moduleDirs?: Record<string, string>;
  /** For configuration: where each declaration is written, by module path, then by its key within
   * the module ("alicloud_x.y", "data.t.n", "module.a"); reports point findings there. */
  declarations?: ReadonlyMap<string, ReadonlyMap<string, Declared>>;
  /** The bytes of `file` this JSON document was made from: reports locate findings in them, never
   * in the file read again (the synth-time check's cdk.tf.json is not even written yet). */
  sourceText?: Buffer;
  notes: Text[];
  /** Where the resources its findings are about are written, found where it was read and
   * evaluated (a worker: engine/read-in-worker.ts); reports look for the others themselves. */
  locations?: ReadonlyMap<string, Location>;
  /** A plan read as an index of its parts (src/inputs/plan-index.ts): then `content` is empty, and
   * evaluation goes through the partitioner, which reads the parts. */
  indexed?: IndexedPlan;
  /** How many resource changes `content` holds, when reading counted them (a plan parsed whole):
   * the partitioner then knows a plan is small without parsing `content` again (80 ms at 10,000
   * resources). A count too high only costs parts; too low, only memory: one pass gives the findings
   * the parts give. */
  changes?: number;
}

/** Where a declaration is written: a file, and its line when known. */
export interface Declared {
  file: string;
  line?: number;
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
  /** Keep a plan's bytes as read in `sourceText`, so that its findings are located in them rather
   * than in the file read again (a worker's reading: engine/read-in-worker.ts). */
  keepSourceText?: boolean;
}

/**
 * A JSON file (not *.tf.json) left for another thread to read (readInWorkers): it is found and
 * checked to be a regular file of at most `bytes` here, and read, checked and slimmed there, by
 * the same readJsonInput; readDeferred reads it here instead.
 */
export class DeferredJson {
  constructor(
    readonly file: string,
    readonly bytes: number,
  ) {}
}

/** What eachInput yields when it may leave JSON files of up to `deferUpTo` bytes to workers. */
export type InputItem = InputDocument | DeferredJson;

interface Reading extends ReadOptions {
  deferUpTo?: number;
}

/**
 * Plan JSON larger than this is read as an index of its parts (plan-index.ts), never parsed whole:
 * at 100,000 resources in 2.5 against 3.2 s and 138 against 1,124 MiB. The index pays when the plan
 * is cut into parts; a plan evaluated in one pass (up to 12,000 resources, about 24 MB) is rebuilt
 * from it as one document, which cost more than parsing it whole: 10,000 resources (20 MB) took
 * 3.43 s and 4.0 s of CPU end to end through the index against 3.20 s and 3.5 s parsed whole
 * (medians of five, alternated; 2.59 against 2.30 s on the bench's estate), for 50 MiB more at peak.
 * GOVGUARD_INDEX_PLANS_OVER (bytes) overrides it, for tests.
 */
export const INDEX_PLANS_OVER = 24 * 1024 * 1024;

function indexPlansOver(): number {
  const fromEnv = process.env.GOVGUARD_INDEX_PLANS_OVER;
  return fromEnv !== undefined && /^[0-9]+$/.test(fromEnv) ? Number(fromEnv) : INDEX_PLANS_OVER;
}

/** A JSON input as readInputs reads it: a large plan as an index (`indexed`, `content` empty), any
 * other as readJsonInput reads it. */
export function readJsonOrIndex(file: string, options: ReadOptions = {}): InputDocument {
  if (regularFile(file).size <= indexPlansOver()) return readJsonInput(file, options);
  const read = readIndexedPlan(file, options.attributes);
  const document = { file, content: Buffer.alloc(0), sources: [file], digests: digestsAsRead([file]), notes: [] };
  // Terraform JSON configuration goes on to be read as configuration (readJson).
  return "plan" in read ? { ...document, kind: "plan", indexed: read.plan } : { ...document, kind: read.kind };
}

/** A JSON input read whole: `content` holds the document to evaluate. */
export function readJsonInput(file: string, options: ReadOptions = {}): InputDocument {
  const raw = readBytes(file);
  const known = describeNonJson(raw);
  if (known) throw new InputError(file, known);
  const { bytes, value } = parseJson(file, raw);
  const doc = jsonDocument(file, value, bytes, options);
  return { ...doc, ...(options.keepSourceText === true && doc.sourceText === undefined ? { sourceText: bytes } : {}), digests: digestsAsRead([file]) };
}

/** The resource changes a plan holds, as slimPlan keeps them (one for one). */
function planChangeCount(plan: Record<string, unknown>): number {
  return Array.isArray(plan.resource_changes) ? plan.resource_changes.length : 0;
}

/** The document for a parsed JSON input: a plan, cdk.tf.json or *.tf.json, else an InputError. */
export function jsonDocument(file: string, value: unknown, bytes?: Buffer, options: ReadOptions = {}): InputDocument {
  const classified = classifyJson(value);
  if ("problem" in classified) throw new InputError(file, classified.problem);
  const shape = classified.kind === "plan" ? planShapeProblem(value as Record<string, unknown>) : undefined;
  if (shape) throw new InputError(file, shape);
  const content =
    classified.kind === "plan" ? Buffer.from(JSON.stringify(slimPlan(value as Record<string, unknown>, options.attributes))) : (bytes ?? Buffer.from(JSON.stringify(value)));
  const source = classified.kind !== "plan" && bytes !== undefined ? { sourceText: bytes } : {};
  const changes = classified.kind === "plan" ? { changes: planChangeCount(value as Record<string, unknown>) } : {};
  return { file, kind: classified.kind, content, sources: [file], digests: [], notes: [], ...source, ...changes };
}

interface CdktfManifest {
  stacks?: Record<string, { synthesizedStackPath?: string }>;
}

async function readCdktfOut(dir: string, options: Reading): Promise<InputItem[]> {
  const manifestFile = path.join(dir, "manifest.json");
  const { value } = parseJson(manifestFile, readBytes(manifestFile));
  const stacks = (value as CdktfManifest).stacks;
  if (typeof stacks !== "object" || stacks === null) {
    throw new InputError(manifestFile, { zh: "cdktf 清单中没有 stacks", en: "cdktf manifest has no stacks" });
  }
  const names = Object.keys(stacks).sort();
  if (names.length === 0) throw new InputError(manifestFile, { zh: "cdktf 清单中没有任何栈", en: "cdktf manifest lists no stacks" });
  const documents: InputItem[] = [];
  for (const name of names) {
    const rel = stacks[name].synthesizedStackPath;
    if (typeof rel !== "string") {
      throw new InputError(manifestFile, { zh: `栈 ${name} 没有 synthesizedStackPath`, en: `stack ${name} has no synthesizedStackPath` });
    }
    documents.push(await readJson(path.join(dir, rel), options));
  }
  return documents;
}

/** Configuration (.tf, *.tf.json, cdk.tf.json, or a folder of them) read by Terraform's rules and
 * evaluated (src/evaluate) into a plan, which then takes the path a plan takes. */
async function readHcl(target: string, json = false, options: ReadOptions = {}): Promise<InputDocument> {
  // Loaded only for configuration: hcl2json starts a Go wasm runtime, which plan JSON does not need.
  const { loadConfigTree } = await import("./config-tree");
  const { planFromConfig } = await import("../evaluate");
  const { CapError, HclSyntaxError } = await import("../hcl/errors");
  const tree = await loadConfigTree(target);
  let plan: Record<string, unknown>;
  try {
    plan = planFromConfig(tree, { attributes: options.attributes });
  } catch (e: unknown) {
    // A cap is a refusal, exit 2 naming the file; the evaluator names it where it knows it.
    const file = typeof (e as { file?: unknown }).file === "string" ? (e as { file: string }).file : target;
    if (e instanceof CapError) throw new InputError(file, e.text);
    if (e instanceof HclSyntaxError) throw new InputError(file, { zh: `HCL 语法错误：${e.message}`, en: `HCL syntax error: ${e.message}` });
    throw e;
  }
  const moduleDirs = Object.create(null) as Record<string, string>;
  const declarations = new Map<string, ReadonlyMap<string, Declared>>();
  for (const [modulePath, module] of tree.modules) {
    moduleDirs[modulePath] = module.dir;
    declarations.set(modulePath, module.locations);
  }
  return {
    file: target,
    kind: json ? (tree.flavour === "cdktf" ? "cdktf" : "tfjson") : "hcl",
    content: Buffer.from(JSON.stringify(slimPlan(plan, options.attributes))),
    sources: tree.files,
    digests: digestsAsRead(tree.files),
    moduleDirs,
    declarations,
    notes: [],
  };
}

/** A JSON input: a plan, or Terraform JSON configuration, which JSON.parse cannot read as
 * Terraform does (repeated properties, arrays of bodies), so *.tf.json never goes through it. */
async function readJson(file: string, options: Reading): Promise<InputItem> {
  if (file.endsWith(".tf.json")) return readHcl(file, true, options);
  if (options.deferUpTo !== undefined) {
    const { size } = regularFile(file);
    if (size <= Math.min(options.deferUpTo, indexPlansOver())) return new DeferredJson(file, size);
  }
  return readJsonHere(file, options);
}

async function readJsonHere(file: string, options: ReadOptions): Promise<InputDocument> {
  const doc = readJsonOrIndex(file, options);
  return doc.kind === "plan" ? doc : readHcl(file, true, options);
}

/** Says which inputs a folder holds besides the one read, so that nothing is skipped silently. */
function withUnread(doc: InputItem, dir: string, names: string[], read: string[]): InputItem {
  const unread = names.filter((n) => (n.endsWith(".json") || n.endsWith(".tf")) && !read.includes(n) && fs.statSync(path.join(dir, n), { throwIfNoEntry: false })?.isFile());
  if (unread.length === 0) return doc;
  // Only a .json file is left to a worker, and a folder that holds others is read here.
  if (doc instanceof DeferredJson) throw new Error(`${doc.file} was left unread beside other inputs`);
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

/** How a folder is read, from the names in it: a cdktf.out, one cdktf stack, one Terraform module,
 * or each of its JSON files (`candidates`, not yet checked to be files). */
type FolderLayout = { kind: "cdktf-out" } | { kind: "stack" } | { kind: "module" } | { kind: "json"; candidates: string[] };

function folderLayout(dir: string, names: readonly string[]): FolderLayout {
  if (names.includes("manifest.json") && fs.existsSync(path.join(dir, "stacks"))) return { kind: "cdktf-out" };
  // cdk.tf.json alone is a cdktf stack; with other .tf / .tf.json files, Terraform reads one module.
  if (names.includes("cdk.tf.json") && names.filter(isModuleFile).length === 1) return { kind: "stack" };
  if (names.some(isModuleFile)) return { kind: "module" };
  return { kind: "json", candidates: names.filter((n) => n.endsWith(".json")) };
}

async function readDirectory(dir: string, options: Reading): Promise<InputItem[]> {
  let names: string[];
  try {
    names = fs.readdirSync(dir).sort();
  } catch (e: unknown) {
    throw describeFsError(dir, e);
  }
  const layout = folderLayout(dir, names);
  if (layout.kind === "cdktf-out") return readCdktfOut(dir, options);
  if (layout.kind === "stack") return [withUnread(await readJson(path.join(dir, "cdk.tf.json"), options), dir, names, ["cdk.tf.json"])];
  if (layout.kind === "module") {
    const module = await readHcl(dir, false, options);
    return [withUnread(module, dir, names, module.sources.map((s) => path.relative(dir, s)))];
  }
  // Every .json is read: one that is no regular file (a FIFO, a link to a device, a folder) is
  // refused naming it, as it is on the command line, never skipped.
  if (layout.candidates.length > 0) {
    const documents: InputItem[] = [];
    for (const n of layout.candidates) documents.push(await readJson(path.join(dir, n), options));
    return documents;
  }
  throw new InputError(dir, {
    zh: "目录中没有计划 JSON、cdk.tf.json、cdktf.out 或 .tf 文件",
    en: "folder has no plan JSON, cdk.tf.json, cdktf.out or .tf files",
  });
}

/** The size of the regular file at `p`; undefined for anything else, or what cannot be read. */
function regularFileSize(p: string): number | undefined {
  try {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    return st?.isFile() === true ? st.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The sizes of the files the inputs at `paths` are read from, before any is read (to size the
 * work ahead): a file's own; a folder of JSON files, each file's, and a folder holding one cdktf
 * stack, its cdk.tf.json's; undefined for anything else (a module's folder, a cdktf.out, what is
 * not a regular file or cannot be read, which the reading names). Never throws.
 */
export function inputFileSizes(paths: readonly string[]): (number | undefined)[] {
  return paths.flatMap((p): (number | undefined)[] => {
    let names: string[];
    try {
      if (fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() !== true) return [regularFileSize(p)];
      names = fs.readdirSync(p).sort();
    } catch {
      return [undefined];
    }
    const layout = folderLayout(p, names);
    if (layout.kind === "stack") return [regularFileSize(path.join(p, "cdk.tf.json"))];
    if (layout.kind !== "json" || layout.candidates.length === 0) return [undefined];
    return layout.candidates.map((n) => regularFileSize(path.join(p, n)));
  });
}

export async function readInputs(paths: string[], options: ReadOptions = {}): Promise<InputDocument[]> {
  const documents: InputDocument[] = [];
  for await (const doc of eachInput(paths, options)) documents.push(doc);
  return documents;
}

/** The documents readInputs reads, each as soon as it is read: a caller can evaluate the first
 * while the next is read. Reading stops at the first input that cannot be read (thrown). */
export async function* eachInput(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputDocument> {
  for await (const item of inputItems(paths, { attributes: options.attributes })) {
    if (item instanceof DeferredJson) throw new Error(`${item.file} was left unread`);
    yield item;
  }
}

/**
 * As eachInput, but a JSON file of at most `deferUpTo` bytes (not *.tf.json, and not beside
 * other inputs in a folder) comes as a DeferredJson: found and stat'ed, not read. The caller reads
 * it in a worker, or here with readDeferred.
 */
export function eachInputOrDeferred(paths: readonly string[], options: ReadOptions, deferUpTo: number): AsyncGenerator<InputItem> {
  return inputItems(paths, { attributes: options.attributes, deferUpTo });
}

/** A deferred JSON file read in this thread, as eachInput would have read it. */
export function readDeferred(item: DeferredJson, options: ReadOptions = {}): Promise<InputDocument> {
  return readJsonHere(item.file, { attributes: options.attributes });
}

async function* inputItems(paths: readonly string[], options: Reading): AsyncGenerator<InputItem> {
  for (const p of paths) {
    const s = stat(p);
    if (s.isDirectory()) yield* await readDirectory(p, options);
    else if (p.endsWith(".tf")) yield await readHcl(p, false, options);
    else yield await readJson(p, options);
  }
}

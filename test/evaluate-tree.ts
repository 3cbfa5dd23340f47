// Builds the ConfigTree planFromConfig reads from .tf text in memory, as src/inputs/config-tree.ts
// does from files (hcl2json per file, blocks merged by name), and runs evaluated plans through the
// bundle with opa eval, for the evaluate-* suites.
import { parse as parseHcl } from "@cdktf/hcl2json";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigModuleShape, ConfigTreeShape } from "../src/evaluate";
import { PolicyReport } from "../src/model";
import { pairs, regoBundle, tempDir, tool } from "./helpers";

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function nullProto(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(nullProto);
  if (!isObject(v)) return v;
  const out = Object.create(null) as Obj;
  for (const k of Object.keys(v)) out[k] = nullProto(v[k]);
  return out;
}

function mergeInto(body: Obj, fragment: Obj): void {
  for (const section of Object.keys(fragment)) {
    const value = fragment[section];
    if (section === "locals" || section === "terraform") {
      body[section] = [...((body[section] as unknown[]) ?? []), ...(value as unknown[])];
    } else if (section === "resource" || section === "data") {
      const into = (body[section] ??= Object.create(null)) as Obj;
      for (const type of Object.keys(value as Obj)) {
        const names = (into[type] ??= Object.create(null)) as Obj;
        Object.assign(names, (value as Obj)[type]);
      }
    } else if (section === "provider") {
      const into = (body[section] ??= Object.create(null)) as Obj;
      for (const name of Object.keys(value as Obj)) into[name] = [...((into[name] as unknown[]) ?? []), ...((value as Obj)[name] as unknown[])];
    } else {
      const into = (body[section] ??= Object.create(null)) as Obj;
      Object.assign(into, value as Obj);
    }
  }
}

export interface ModuleText {
  /** Folder, relative to the root module's (default: "." for the root, else the path). */
  dir?: string;
  source?: string;
  /** file name -> .tf text, or a body object for .tf.json-like input */
  files: Record<string, string | Obj>;
}

export const ROOT_DIR = "/work/stack";

export async function treeOf(modules: Record<string, ModuleText>, options: { tfvars?: Obj; flavour?: "terraform" | "cdktf"; unread?: ConfigTreeShape["unread"] } = {}): Promise<ConfigTreeShape> {
  const map = new Map<string, ConfigModuleShape>();
  for (const [modulePath, module] of Object.entries(modules)) {
    const body = Object.create(null) as Obj;
    for (const [name, text] of Object.entries(module.files)) {
      const fragment = typeof text === "string" ? ((await parseHcl(name, text)) as Obj) : text;
      mergeInto(body, nullProto(fragment) as Obj);
    }
    const dir = path.join(ROOT_DIR, module.dir ?? (modulePath === "" ? "." : modulePath));
    map.set(modulePath, { path: modulePath, dir, files: Object.keys(module.files).map((f) => path.join(dir, f)), source: module.source, body });
  }
  return {
    flavour: options.flavour ?? "terraform",
    target: ROOT_DIR,
    modules: map,
    unread: options.unread ?? [],
    tfvars: (nullProto(options.tfvars ?? {}) as Obj),
    files: [],
  };
}

/** A one-module tree from .tf text. */
export function rootOf(text: string, options: Parameters<typeof treeOf>[1] = {}): Promise<ConfigTreeShape> {
  return treeOf({ "": { files: { "main.tf": text } } }, options);
}

/** resource_changes by address. */
export function changes(plan: Record<string, unknown>): Map<string, Obj> {
  const out = new Map<string, Obj>();
  for (const rc of plan.resource_changes as Obj[]) out.set(rc.address as string, rc);
  return out;
}

export function after(plan: Record<string, unknown>, address: string): Obj {
  const rc = changes(plan).get(address);
  if (!rc) throw new Error(`no resource_changes entry ${address}; have ${[...changes(plan).keys()].join(", ")}`);
  return (rc.change as Obj).after as Obj;
}

export function unverifiable(plan: Record<string, unknown>): { address: string; attribute: string }[] {
  return ((plan.govguard_input as Obj).unverifiable as Obj[]).map((u) => ({ address: u.address as string, attribute: u.attribute as string }));
}

/** The [control, resource] pairs of each document under `opa eval` on the bundle, in one run. */
export function findingPairs(documents: Record<string, unknown>, config: unknown = {}): Record<string, [string, string][]> {
  const dir = tempDir("govguard-evaluate-");
  try {
    const dataFile = path.join(dir, "data.json");
    const runs = Object.fromEntries(Object.entries(documents).map(([id, input]) => [id, { input: JSON.parse(JSON.stringify(input)) as unknown, config }]));
    fs.writeFileSync(dataFile, JSON.stringify({ runs }));
    const query = "some id; run := data.runs[id]; report := data.govguard.report with input as run.input with data.govguard_config as run.config";
    const out = execFileSync(tool("opa"), ["eval", "--format", "json", "--bundle", regoBundle, "--data", dataFile, query], { encoding: "utf8", maxBuffer: 1 << 30 });
    const rows = (JSON.parse(out) as { result: { bindings: { id: string; report: PolicyReport } }[] }).result;
    return Object.fromEntries(rows.map(({ bindings }) => [bindings.id, pairs(bindings.report.findings)]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The pairs of one control. */
export function only(control: string, found: [string, string][]): string[] {
  return found.filter(([c]) => c === control).map(([, r]) => r).sort();
}

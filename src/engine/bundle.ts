// Locates and reads govguard's compiled policy bundle (bundle/govguard.tar.gz, built by
// `npm run build:policy`): the wasm module, the bundle's data and its manifest.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { readTarGz } from "./tar";

/** The report on one input document (what `opa eval` and conftest users read). */
export const ENTRYPOINT = "govguard/report";
/** The report without the catalogue, which the engine reads once per loaded policy (CATALOGUE_ENTRYPOINT). */
export const ENGINE_ENTRYPOINT = "govguard/report_without_catalogue";
/** Every control's metadata by ID; needs no input. */
export const CATALOGUE_ENTRYPOINT = "govguard/about/controls";
/** The compliance matrix, one entry per article of the regulation; needs no input. */
export const MATRIX_ENTRYPOINT = "govguard/about/articles";
/** Every configuration parameter with its default and meaning; needs no input. */
export const PARAMETERS_ENTRYPOINT = "govguard/about/parameters";
/** Problems with the configuration and waivers given as data; needs no input. */
export const CONFIGURATION_ERRORS_ENTRYPOINT = "govguard/about/configuration_errors";
/** What the constructs build with (data-bearing types, ports, regions), from the configuration given as data; needs no input. */
export const FACTS_ENTRYPOINT = "govguard/about/facts";
/** What a partitioned evaluation must keep together (literal-name joins, hub types, aliases); needs no input. */
export const JOINS_ENTRYPOINT = "govguard/about/joins";
export const ENTRYPOINTS = [ENTRYPOINT, ENGINE_ENTRYPOINT, CATALOGUE_ENTRYPOINT, MATRIX_ENTRYPOINT, PARAMETERS_ENTRYPOINT, CONFIGURATION_ERRORS_ENTRYPOINT, FACTS_ENTRYPOINT, JOINS_ENTRYPOINT];

export interface PolicyBundle {
  path: string;
  wasm: Buffer;
  data: Record<string, unknown>;
  revision: string;
  sha256: string;
  /** Every name the policies could read an attribute by: the string literals of their Rego. */
  attributes: ReadonlySet<string>;
}

// A policy reads a resource's attribute by a name written as a literal somewhere in its Rego (a
// field read, a relation table, a list of attributes to check), never by a computed name: so the
// identifier-like literals of the bundle's Rego bound what an evaluation can read.
const ATTRIBUTE_LITERAL = /"([a-z][a-z0-9_]*)"/g;

function attributeVocabulary(files: Map<string, Buffer>): Set<string> {
  const names = new Set<string>();
  for (const [name, content] of files) {
    if (!name.endsWith(".rego") || name.endsWith("_test.rego")) continue;
    for (const m of content.toString("utf8").matchAll(ATTRIBUTE_LITERAL)) names.add(m[1]);
  }
  return names;
}

/** The folder holding govguard's package.json, found from this file's location. */
export function packageRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: string }).name === "govguard") {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find govguard's package.json above " + __dirname);
    dir = parent;
  }
}

export function defaultBundlePath(): string {
  return path.join(packageRoot(), "bundle", "govguard.tar.gz");
}

export function readBundle(bundlePath: string = defaultBundlePath()): PolicyBundle {
  const archive = fs.readFileSync(bundlePath);
  const files = readTarGz(archive);
  const wasm = files.get("policy.wasm");
  const manifestText = files.get(".manifest");
  if (!wasm || !manifestText) throw new Error(`${bundlePath} is not a wasm policy bundle (no policy.wasm or .manifest)`);
  const manifest = JSON.parse(manifestText.toString("utf8")) as {
    revision?: string;
    wasm?: { entrypoint: string }[];
  };
  const missing = ENTRYPOINTS.filter((e) => !manifest.wasm?.some((w) => w.entrypoint === e));
  if (missing.length > 0) throw new Error(`${bundlePath} has no ${missing.join(", ")} entrypoint`);
  const dataText = files.get("data.json");
  return {
    path: bundlePath,
    wasm,
    data: dataText ? (JSON.parse(dataText.toString("utf8")) as Record<string, unknown>) : {},
    revision: manifest.revision ?? "",
    sha256: createHash("sha256").update(archive).digest("hex"),
    attributes: attributeVocabulary(files),
  };
}

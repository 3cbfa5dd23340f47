// Writes docs/controls.md from the catalogue and matrix in the wasm bundle that the policy
// generator has just built under the same output root.
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCatalogue } from "../src/engine";
import { renderControlsMarkdown } from "../src/docs/controls-markdown";
import { WASM_BUNDLE } from "./build-policy";

export const CONTROLS_DOC = "docs/controls.md";

export function generateControlsDoc(outRoot: string): void {
  const catalogue = loadCatalogue(path.join(outRoot, WASM_BUNDLE));
  const target = path.join(outRoot, CONTROLS_DOC);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, renderControlsMarkdown(catalogue));
}

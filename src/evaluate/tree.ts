// What planFromConfig reads: the contract of src/inputs/config-tree.ts (helper D), restated
// structurally so that this module depends only on the shape.
import { Text } from "../model";

export interface ConfigModuleShape {
  /** "" | "module.a" | "module.a.module.b" */
  path: string;
  dir: string;
  files: string[];
  source?: string;
  /** Null-prototype objects: resource/data {TYPE: {NAME: [body]}}, module/variable/output
   * {NAME: [body]}, provider {NAME: [body, ...]}, locals [body, ...], terraform [body, ...]. */
  body: Record<string, unknown>;
  /** Where each declaration is written ("alicloud_x.y", "data.t.n", "module.a", ...), when known. */
  locations?: ReadonlyMap<string, { file: string; line?: number }>;
}

export interface UnreadModuleShape {
  path: string;
  source: string;
  file: string;
  reason: Text;
}

export interface ConfigTreeShape {
  flavour: "terraform" | "cdktf";
  target: string;
  modules: ReadonlyMap<string, ConfigModuleShape>;
  unread: readonly UnreadModuleShape[];
  tfvars: Record<string, unknown>;
  files: string[];
  /** What only a root module has (ConfigTree.rootMarkers); the plan lists it for lib/mode. */
  rootMarkers?: readonly { file: string; line?: number; marker: string }[];
}

// Where a finding's resource is written, for reports that point at code (SARIF, HTML): the
// `resource "type" "name"` block in .tf files (in the module's own folder), the resource's entry in
// a cdk.tf.json, or its resource_changes entry in a plan. Best effort: what cannot be found points
// at the input's first line.
import * as fs from "node:fs";
import * as path from "node:path";
import { InputDocument } from "./discover";

export interface Location {
  file: string;
  line: number;
}

const STACK = "(stack)";

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "module.a.module.b.alicloud_x.y[0]" -> { module: "module.a.module.b", type, name } */
function splitAddress(address: string): { module: string; type: string; name: string } | undefined {
  const match = /^((?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)*)([a-z0-9_]+)\.([^.[\]]+)(?:\[[^\]]*\])?$/.exec(address);
  if (!match) return undefined;
  const module = match[1].replace(/\.$/, "").replace(/\[[^\]]*\]/g, "");
  return { module, type: match[2], name: match[3] };
}

/** "module.net:alicloud.dr" -> { module: "module.net", alias: "dr" } */
function splitProviderKey(key: string): { module: string; alias: string } | undefined {
  const match = /^(?:(.*):)?alicloud(?:\.(.+))?$/.exec(key);
  return match ? { module: match[1] ?? "", alias: match[2] ?? "" } : undefined;
}

export class Locator {
  private readonly cache = new Map<string, string>();

  constructor(private readonly doc: InputDocument) {}

  locate(resource: string): Location {
    const fallback = { file: this.doc.kind === "hcl" ? (this.doc.sources[0] ?? this.doc.file) : this.doc.file, line: 1 };
    if (resource === STACK) return fallback;
    try {
      return (this.doc.kind === "hcl" ? this.inHcl(resource) : this.inJson(resource)) ?? fallback;
    } catch {
      return fallback;
    }
  }

  private read(file: string): string {
    let text = this.cache.get(file);
    if (text === undefined) {
      text = fs.readFileSync(file, "utf8");
      this.cache.set(file, text);
    }
    return text;
  }

  private filesOf(module: string): string[] {
    const dir = this.doc.moduleDirs?.[module];
    if (dir === undefined) return [];
    return this.doc.sources.filter((f) => path.dirname(f) === path.resolve(dir) || path.dirname(f) === dir).filter((f) => f.endsWith(".tf"));
  }

  private inHcl(resource: string): Location | undefined {
    const provider = splitProviderKey(resource);
    if (provider) {
      const pattern = new RegExp(`provider\\s+"alicloud"\\s*\\{`, "g");
      for (const file of this.filesOf(provider.module)) {
        const text = this.read(file);
        for (const match of text.matchAll(pattern)) {
          const block = text.slice(match.index, text.indexOf("}", match.index) + 1);
          const alias = /alias\s*=\s*"([^"]*)"/.exec(block)?.[1] ?? "";
          if (alias === provider.alias) return { file, line: lineAt(text, match.index ?? 0) };
        }
      }
      return undefined;
    }
    const parts = splitAddress(resource);
    if (!parts) return undefined;
    const pattern = new RegExp(`resource\\s+"${escapeRegExp(parts.type)}"\\s+"${escapeRegExp(parts.name)}"`);
    for (const file of this.filesOf(parts.module)) {
      const text = this.read(file);
      const match = pattern.exec(text);
      if (match) return { file, line: lineAt(text, match.index) };
    }
    return undefined;
  }

  private inJson(resource: string): Location | undefined {
    const file = this.doc.file;
    const text = this.read(file);
    if (this.doc.kind === "plan") {
      const start = Math.max(0, text.indexOf('"resource_changes"'));
      const provider = splitProviderKey(resource);
      if (provider) {
        const at = text.indexOf(`"${resource}"`, Math.max(0, text.indexOf('"provider_config"')));
        return at === -1 ? undefined : { file, line: lineAt(text, at) };
      }
      const pattern = new RegExp(`"address"\\s*:\\s*${escapeRegExp(JSON.stringify(resource))}`, "g");
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      return match ? { file, line: lineAt(text, match.index) } : undefined;
    }
    const parts = splitAddress(resource);
    if (!parts) {
      const at = text.indexOf('"provider"');
      return at === -1 ? undefined : { file, line: lineAt(text, at) };
    }
    const typeAt = text.indexOf(`"${parts.type}"`, Math.max(0, text.indexOf('"resource"')));
    if (typeAt === -1) return undefined;
    const nameAt = text.indexOf(`"${parts.name}"`, typeAt);
    return { file, line: lineAt(text, nameAt === -1 ? typeAt : nameAt) };
  }
}

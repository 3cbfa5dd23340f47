// Provider configurations as plan JSON names them ("alicloud", "alicloud.dr", "module.x:alicloud")
// and which one each resource uses: a module's own provider block, else what its caller passes in
// `providers = { alicloud = alicloud.dr }`, else (default configurations only, and only when the
// call has no `providers` argument) the caller's, up to the root, where a provider with no block
// is the empty default configuration Terraform implies.
import { bodies } from "./body";
import { bareReference } from "./engine";
import { isObject } from "./json";
import { namedBodies } from "./module";
import { ConfigTreeShape } from "./tree";

export interface ProviderConfig {
  key: string;
  /** Local name: "alicloud". */
  name: string;
  alias?: string;
  /** Configuration path of the module that holds (or would hold) the block. */
  modulePath: string;
  /** The provider block; undefined for a configuration Terraform implies. */
  body?: Record<string, unknown>;
}

const MAX_DEPTH = 64;

export function providerKey(modulePath: string, ref: string): string {
  return modulePath === "" ? ref : `${modulePath}:${ref}`;
}

function parentOf(modulePath: string): { parent: string; name: string } {
  const parts = modulePath.split(".");
  return { parent: parts.slice(0, -2).join("."), name: parts[parts.length - 1] };
}

function normalSource(source: string): string {
  const parts = source.split("/");
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${source}`;
  if (parts.length === 2) return `registry.terraform.io/${source}`;
  return source;
}

export class Providers {
  readonly configs = new Map<string, ProviderConfig>();

  constructor(private readonly tree: ConfigTreeShape) {
    for (const module of tree.modules.values()) {
      const section = module.body.provider;
      if (!isObject(section)) continue;
      for (const name of Object.keys(section)) {
        for (const body of bodies(section[name])) {
          const alias = typeof body.alias === "string" ? bareReference(body.alias) : undefined;
          const ref = alias ? `${name}.${alias}` : name;
          const key = providerKey(module.path, ref);
          this.configs.set(key, { key, name, alias, modulePath: module.path, body });
        }
      }
    }
  }

  /** The key of the configuration `ref` ("alicloud" or "alicloud.dr") means in `modulePath`. */
  resolve(modulePath: string, ref: string, depth = 0): string {
    const own = providerKey(modulePath, ref);
    if (this.configs.has(own)) return own;
    if (modulePath !== "" && depth < MAX_DEPTH) {
      const { parent, name } = parentOf(modulePath);
      const call = namedBodies(this.tree.modules.get(parent)?.body.module).find(([n]) => n === name)?.[1];
      if (call) {
        const passed = bodies(call.providers)[0];
        if (passed) {
          if (Object.hasOwn(passed, ref)) {
            const target = bareReference(passed[ref]);
            if (target) return this.resolve(parent, target, depth + 1);
          }
        } else if (!ref.includes(".") && this.fullName(modulePath, ref) === this.fullName(parent, ref)) {
          // Inherited only when both modules mean the same provider: a module without
          // required_providers means hashicorp/<name>, not the root's aliyun/alicloud.
          return this.resolve(parent, ref, depth + 1);
        }
      }
    }
    return this.implied(modulePath, ref);
  }

  private implied(modulePath: string, ref: string): string {
    const key = providerKey(modulePath, ref);
    if (!this.configs.has(key)) {
      const [name, alias] = ref.split(".", 2);
      this.configs.set(key, { key, name, alias, modulePath });
    }
    return key;
  }

  /** The provider's full source address as the module requires it (Terraform reads only the
   * module's own required_providers; without an entry, a name means hashicorp/<name>). */
  fullName(modulePath: string, name: string): string {
    for (const block of bodies(this.tree.modules.get(modulePath)?.body.terraform)) {
      for (const required of bodies(block.required_providers)) {
        if (!Object.hasOwn(required, name)) continue;
        const entry = required[name];
        const source = isObject(entry) && typeof entry.source === "string" ? bareReference(entry.source) : undefined;
        if (source) return normalSource(source);
      }
    }
    return normalSource(name);
  }
}

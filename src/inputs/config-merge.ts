// One module's body from its files, as Terraform assembles it (internal/configs/module.go,
// module_merge.go, module_merge_body.go): primary files accumulate, and a second declaration of a
// resource, data source, module, variable, local, output or provider configuration is refused;
// then each override file is merged in name order: an argument in the override replaces the
// base's, a nested block type replaces all the base's blocks of that type (and `dynamic` blocks
// of it), locals, variables, outputs, module calls and providers are overridden by name, and an
// override of something no primary file declares is refused.
import * as path from "node:path";
import { Text } from "../model";
import { InputError } from "../errors";
import { Body, ConfigFile, Declaration, declarationKey, emptyBody, isIdentifier, where } from "./config-declarations";
import { shownKey } from "./json-syntax";

export interface Location {
  file: string;
  line?: number;
}

export interface AssembledModule {
  body: Body;
  /** Where each declaration is written, by its key within the module ("alicloud_x.y", "data.t.n",
   * "module.a", "var.v", "local.l", "output.o", "provider.alicloud", "provider.alicloud.dr"). */
  locations: Map<string, Location>;
}

function copy(body: Body): Body {
  return Object.assign(emptyBody(), body);
}

function child(parent: Body, key: string): Body {
  let value = parent[key] as Body | undefined;
  if (value === undefined) {
    value = emptyBody();
    parent[key] = value;
  }
  return value;
}

function list<T>(parent: Record<string, unknown>, key: string): T[] {
  let value = parent[key] as T[] | undefined;
  if (value === undefined) {
    value = [];
    parent[key] = value;
  }
  return value;
}

function located(file: string, line?: number): Text {
  const at = where(line);
  return { zh: `${path.basename(file)}${at.zh}`, en: `${path.basename(file)}${at.en}` };
}

function providerAlias(d: Declaration & { body: Body }): string {
  const alias = d.body.alias;
  if (alias === undefined || alias === null) return "";
  if (typeof alias !== "string" || !isIdentifier(alias)) {
    throw new InputError(d.file, {
      zh: `提供方 ${shownKey(d.kind === "provider" ? d.name : "")} 的 alias 须为有效名称${where(d.line).zh}；Terraform 拒绝这样的配置`,
      en: `the alias of provider ${shownKey(d.kind === "provider" ? d.name : "")} must be a valid name${where(d.line).en}; Terraform refuses it`,
    });
  }
  return alias;
}

function locationKey(d: Declaration): string {
  if (d.kind !== "provider") return declarationKey(d);
  const alias = providerAlias(d);
  return alias === "" ? `provider.${d.name}` : `provider.${d.name}.${alias}`;
}

function declaredTwice(d: Declaration, first: Location): InputError {
  const key = shownKey(locationKey(d));
  const here = where(d.line);
  const there = located(first.file, first.line);
  return new InputError(d.file, {
    zh: `${key} 重复声明：此处${here.zh}与 ${there.zh}；Terraform 拒绝这样的配置`,
    en: `${key} is declared twice: here${here.en} and in ${there.en}; Terraform refuses this`,
  });
}

function nothingToOverride(d: Declaration): InputError {
  const key = shownKey(locationKey(d));
  return new InputError(d.file, {
    zh: `覆盖文件中的 ${key}${where(d.line).zh} 在主配置文件中没有声明；Terraform 拒绝这样的覆盖`,
    en: `the override file overrides ${key}${where(d.line).en}, which no primary configuration file declares; Terraform refuses this`,
  });
}

function notOverridable(d: Declaration, what: string): InputError {
  return new InputError(d.file, {
    zh: `覆盖文件不能包含 ${what}${where(d.line).zh}；Terraform 拒绝这样的覆盖`,
    en: `an override file cannot hold ${what}${where(d.line).en}; Terraform refuses this`,
  });
}

/** The slot a declaration takes in the module body: [container, key]. */
function slot(body: Body, d: Declaration): [Record<string, unknown>, string] | undefined {
  switch (d.kind) {
    case "resource":
    case "data":
    case "ephemeral":
    case "action":
      return [child(child(body, d.kind), d.type), d.name];
    case "module":
    case "variable":
    case "output":
    case "check":
      return [child(body, d.kind), d.name];
    default:
      return undefined;
  }
}

function append(module: AssembledModule, d: Declaration, locals: Body): void {
  const key = locationKey(d);
  const first = module.locations.get(key);
  if (d.kind === "terraform" || d.kind === "moved" || d.kind === "removed" || d.kind === "import") {
    list<Body>(module.body, d.kind).push(d.body);
    return;
  }
  if (first) throw declaredTwice(d, first);
  module.locations.set(key, { file: d.file, line: d.line });
  if (d.kind === "local") locals[d.name] = d.value;
  else if (d.kind === "provider") list<Body>(child(module.body, "provider"), d.name).push(d.body);
  else {
    const [container, name] = slot(module.body, d) as [Record<string, unknown>, string];
    container[name] = [d.body];
  }
}

/** MergeBodies: override arguments replace, an override block type replaces all base blocks of
 * that type, static or dynamic. */
function mergeBodies(base: Body, override: Body, skip: ReadonlySet<string> = new Set()): Body {
  const out = copy(base);
  const dynamic = copy((base.dynamic as Body | undefined) ?? emptyBody());
  for (const key of Object.keys(override)) {
    if (skip.has(key) || key === "dynamic") continue;
    out[key] = override[key];
    delete dynamic[key];
  }
  const overrideDynamic = (override.dynamic as Body | undefined) ?? emptyBody();
  for (const type of Object.keys(overrideDynamic)) {
    delete out[type];
    dynamic[type] = overrideDynamic[type];
  }
  if (Object.keys(dynamic).length > 0) out.dynamic = dynamic;
  else delete out.dynamic;
  return out;
}

const LIFECYCLE_OVERRIDES = ["create_before_destroy", "prevent_destroy", "ignore_changes"];

function firstBody(value: unknown): Body {
  const first = Array.isArray(value) ? (value[0] as Body | undefined) : (value as Body | undefined);
  return first !== undefined && typeof first === "object" && first !== null ? first : emptyBody();
}

function refuseDependsOn(d: Declaration & { body: Body }): void {
  if (d.body.depends_on !== undefined) {
    throw new InputError(d.file, {
      zh: `覆盖文件不能改写 depends_on${where(d.line).zh}；Terraform 拒绝这样的覆盖`,
      en: `an override file cannot override depends_on${where(d.line).en}; Terraform refuses this`,
    });
  }
}

function mergeResource(base: Body, d: Declaration & { body: Body }): Body {
  refuseDependsOn(d);
  const out = mergeBodies(base, d.body, new Set(["lifecycle"]));
  if (d.body.lifecycle !== undefined) {
    // Terraform merges the lifecycle settings one by one (Resource.merge).
    const lifecycle = copy(firstBody(base.lifecycle));
    const override = firstBody(d.body.lifecycle);
    for (const key of LIFECYCLE_OVERRIDES) if (override[key] !== undefined) lifecycle[key] = override[key];
    out.lifecycle = [lifecycle];
  }
  return out;
}

function mergeSome(base: Body, override: Body, keys: readonly string[]): Body {
  const out = copy(base);
  for (const key of keys) if (override[key] !== undefined) out[key] = override[key];
  return out;
}

const VARIABLE_OVERRIDES = ["description", "sensitive", "ephemeral", "const", "default", "type", "nullable"];
const OUTPUT_OVERRIDES = ["description", "value", "sensitive", "ephemeral", "type"];
const BACKENDS = ["backend", "cloud", "state_store"];

/** terraform blocks: required_version, the backend and each required provider are replaced. */
function mergeTerraform(module: AssembledModule, override: Body): void {
  const bases = (module.body.terraform as Body[] | undefined) ?? [];
  const replaced = new Set<string>();
  if (override.required_version !== undefined) replaced.add("required_version");
  if (BACKENDS.some((k) => override[k] !== undefined)) BACKENDS.forEach((k) => replaced.add(k));
  const providers = new Set(((override.required_providers as Body[] | undefined) ?? []).flatMap((b) => (typeof b === "object" && b !== null ? Object.keys(b) : [])));
  const kept = bases.map((base) => {
    const out = copy(base);
    for (const key of replaced) delete out[key];
    if (providers.size > 0 && Array.isArray(out.required_providers)) {
      out.required_providers = (out.required_providers as Body[]).map((rp) => {
        const rest = copy(rp);
        for (const name of providers) delete rest[name];
        return rest;
      });
    }
    return out;
  });
  const added = emptyBody();
  for (const key of ["required_version", "required_providers", ...BACKENDS]) if (override[key] !== undefined) added[key] = override[key];
  module.body.terraform = [...kept, added];
}

function override(module: AssembledModule, d: Declaration, locals: Body): void {
  switch (d.kind) {
    case "moved":
      throw notOverridable(d, "moved");
    case "import":
      throw notOverridable(d, "import");
    case "removed":
    case "check":
    case "ephemeral":
      return; // Terraform's mergeFile does not read these from override files.
    case "terraform":
      mergeTerraform(module, d.body);
      return;
    case "local":
      if (!Object.hasOwn(locals, d.name)) throw nothingToOverride(d);
      locals[d.name] = d.value;
      return;
    case "provider": {
      const alias = providerAlias(d);
      const bodies = list<Body>(child(module.body, "provider"), d.name);
      const index = bodies.findIndex((b) => (typeof b.alias === "string" ? b.alias : "") === alias);
      if (index === -1) {
        // An absent default configuration is an empty one, which the override fills.
        if (alias !== "") throw nothingToOverride(d);
        bodies.push(d.body);
        module.locations.set(locationKey(d), { file: d.file, line: d.line });
      } else bodies[index] = mergeBodies(bodies[index], d.body);
      return;
    }
    default: {
      const [container, name] = slot(module.body, d) as [Record<string, unknown>, string];
      if (!Object.hasOwn(container, name)) throw nothingToOverride(d);
      const base = (container[name] as Body[])[0];
      let merged: Body;
      if (d.kind === "variable") merged = mergeSome(base, d.body, VARIABLE_OVERRIDES);
      else if (d.kind === "output") {
        refuseDependsOn(d);
        merged = mergeSome(base, d.body, OUTPUT_OVERRIDES);
      } else if (d.kind === "module") {
        refuseDependsOn(d);
        merged = mergeBodies(base, d.body);
      } else merged = mergeResource(base, d);
      container[name] = [merged];
    }
  }
}

/** The module body from its primary files (in name order) and override files (in name order). */
export function assembleModule(primary: readonly ConfigFile[], overrides: readonly ConfigFile[]): AssembledModule {
  const module: AssembledModule = { body: emptyBody(), locations: new Map() };
  const locals = emptyBody();
  for (const file of primary) for (const d of file.declarations) append(module, d, locals);
  for (const file of overrides) for (const d of file.declarations) override(module, d, locals);
  if (Object.keys(locals).length > 0) module.body.locals = [locals];
  return module;
}

// Configuration (.tf, *.tf.json, cdk.tf.json, read by src/inputs/config-tree.ts) evaluated into a
// document in Terraform plan JSON form (`terraform show -json`), the "synthetic plan": every
// control then reads configuration through the same, tested plan path, and a .tf verdict equals
// the plan verdict. What cannot be established before apply is unknown exactly where a plan
// would show it; what govguard cannot evaluate is also listed in govguard_input.unverifiable.
import { Text } from "../model";
import { Budget } from "../hcl/caps";
import { checkValueDepth } from "../hcl/convert";
import { Scope, Unknown } from "../hcl/value";
import { bareReference, referencesInRaw, withBudget } from "./engine";
import { bodies, dynamicLabels, dynamicSpecs, RESOURCE_META } from "./body";
import { InstanceBudget, MAX_ELEMENTS_PER_DOCUMENT } from "./caps";
import { afterJson, emptyObject, settled, isObject, Json, JsonObject, knownJson, skeletonJson, unknownJson, unknownTextJson, unknownsWithin, valueOf } from "./json";
import { MODULE_META, ModuleCall, ModuleInstance, namedBodies, ResourceInstance, ResourceNode, typedBodies } from "./module";
import { Providers } from "./providers";
import { Sensitivity } from "./sensitivity";
import { ConfigTreeShape } from "./tree";

export interface PlanOptions {
  /** The bundle's attribute vocabulary: only attributes it reads are reported as unverifiable. */
  attributes?: ReadonlySet<string>;
}

export interface Unverifiable {
  address: string;
  attribute: string;
  reason: Text;
}

const NO_NAMES: Scope = { lookup: () => undefined };

/** A string written without interpolation ("$${" escapes undone), else undefined. */
function literalText(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const v = valueOf(raw, NO_NAMES);
  return typeof v === "string" ? v : undefined;
}

function byName<T>(map: ReadonlyMap<string, T>): [string, T][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** An expression as plan JSON `configuration` writes it. With a scope, a value known there is
 * written as its constant (govguard has already followed variables and locals). */
function expression(raw: unknown, hidden: ReadonlySet<string> = new Set(), scope?: Scope): JsonObject {
  const out = emptyObject();
  if (scope) {
    const known = knownJson(valueOf(raw, scope));
    if (known !== undefined) {
      out.constant_value = known;
      return out;
    }
  }
  const refs = referencesInRaw(raw, hidden);
  if (refs.length > 0) {
    out.references = refs;
    return out;
  }
  const known = knownJson(valueOf(raw, NO_NAMES));
  if (known !== undefined) out.constant_value = known;
  return out;
}

function isBlockList(raw: unknown): raw is Record<string, unknown>[] {
  return Array.isArray(raw) && raw.length > 0 && raw.every(isObject);
}

/** A body's expressions: attributes as expressions, nested blocks as lists of expression maps. */
function expressions(body: Record<string, unknown>, meta: ReadonlySet<string>, hidden: ReadonlySet<string>, scope?: Scope, depth = 0): JsonObject {
  checkValueDepth(depth);
  const out = emptyObject();
  const dynamic = new Set(dynamicLabels(body));
  for (const key of Object.keys(body)) {
    if (meta.has(key) || (key === "dynamic" && dynamic.size > 0)) continue;
    const raw = body[key];
    out[key] = isBlockList(raw) ? raw.map((b) => expressions(b, new Set(), hidden, scope, depth + 1)) : expression(raw, hidden, scope);
  }
  for (const [label, specs] of dynamicSpecs(body)) {
    for (const spec of specs) {
      const inner = new Set(hidden);
      inner.add(bareReference(spec.iterator) ?? label);
      const existing = out[label];
      const list: Json[] = Array.isArray(existing) ? existing : existing === undefined ? [] : [existing];
      for (const content of bodies(spec.content)) list.push(expressions(content, new Set(), inner, undefined, depth + 1));
      out[label] = list;
    }
  }
  return out;
}

class PlanBuilder {
  readonly unverifiable: Unverifiable[] = [];
  private readonly reported = new Set<string>();
  readonly resourceChanges: JsonObject[] = [];
  /** The first instance of each module path, whose scope provider blocks are evaluated in. */
  readonly firstInstance = new Map<string, ModuleInstance>();
  readonly providers: Providers;
  readonly sensitivity = new Sensitivity();

  constructor(
    readonly tree: ConfigTreeShape,
    readonly options: PlanOptions,
  ) {
    this.providers = new Providers(tree);
  }

  report(address: string, attribute: string, reason: Text): void {
    const key = JSON.stringify([address, attribute]);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.unverifiable.push({ address, attribute, reason });
  }

  private reads(attribute: string, keys: string[]): boolean {
    const attributes = this.options.attributes;
    return !attributes || attributes.has(attribute) || keys.some((k) => attributes.has(k));
  }

  private reportExpansion(address: string, expansion: { kind: string; meta?: string; unknown?: Unknown }, what: Text): void {
    if (expansion.kind !== "unknown" || !expansion.meta || !expansion.unknown) return;
    const detail = expansion.unknown.detail;
    this.report(address, expansion.meta, {
      zh: `${expansion.meta} 无法在应用前求值（${detail}），${what.zh}`,
      en: `${expansion.meta} cannot be evaluated before apply (${detail}); ${what.en}`,
    });
  }

  /** planned_values for one module instance and everything below it. */
  module(inst: ModuleInstance): JsonObject {
    if (!this.firstInstance.has(inst.path)) this.firstInstance.set(inst.path, inst);
    const resources: JsonObject[] = [];
    for (const [, nodes] of byName(inst.resources)) {
      for (const [, node] of byName(nodes)) {
        this.reportExpansion(node.address, node.expansion.get(), { zh: "该资源按单个实例检查", en: "the resource is checked as one instance" });
        for (const instance of node.instances.get()) resources.push(this.resource(node, instance));
      }
    }
    const children: JsonObject[] = [];
    for (const [, call] of byName(inst.calls)) for (const child of this.calls(call)) children.push(child);
    const out = emptyObject();
    if (inst.address !== "") out.address = inst.address;
    if (resources.length > 0) out.resources = resources;
    if (children.length > 0) out.child_modules = children;
    return out;
  }

  private calls(call: ModuleCall): JsonObject[] {
    if (!call.config) return [];
    this.reportExpansion(call.address, call.expansion.get(), { zh: "该模块按单个实例检查", en: "the module is checked as one instance" });
    return call.instances.get().map((child) => this.module(child));
  }

  private providerRef(node: ResourceNode): string {
    return bareReference(node.body.provider) ?? node.type.split("_")[0];
  }

  private resource(node: ResourceNode, instance: ResourceInstance): JsonObject {
    const after = emptyObject();
    const afterUnknown = emptyObject();
    const afterSensitive = emptyObject();
    const texts = emptyObject();
    const dynamic = new Set(dynamicLabels(node.body));
    const sensitive = this.sensitivity.attributes(node.module, node.body);
    for (const [attr, cell] of instance.cells) {
      const v = settled(cell.get());
      if (v instanceof Unknown) afterUnknown[attr] = true;
      else {
        after[attr] = afterJson(v);
        const flags = unknownJson(v);
        if (flags !== false) afterUnknown[attr] = flags;
      }
      if (sensitive.has(attr)) afterSensitive[attr] = true;
      else {
        const skeleton = skeletonJson(v instanceof Unknown ? null : v);
        if (skeleton !== false) afterSensitive[attr] = skeleton;
      }
      const unknowns = unknownsWithin(v);
      if (unknowns.length === 0) continue;
      // A wholly unknown value is one text; a partly known one has a text at each unknown part,
      // so that a rule reading a nested attribute names that attribute's own expression.
      texts[attr] = unknownTextJson(v);
      if (dynamic.has(attr) && v instanceof Unknown) {
        // Hidden blocks of a type no rule reads hide nothing a verdict depends on.
        if (!this.reads(attr, [])) continue;
        this.report(instance.address, attr, {
          zh: `${attr} 块无法在应用前展开：${v.detail}`,
          en: `${attr} blocks cannot be expanded before apply: ${v.detail}`,
        });
        continue;
      }
      for (const { keys, unknown } of unknowns) {
        if (unknown.reason !== "unsupported" || !this.reads(attr, keys)) continue;
        this.report(instance.address, attr, { zh: `${attr} 无法求值：${unknown.detail}`, en: `${attr} cannot be evaluated: ${unknown.detail}` });
        break;
      }
    }
    const providerKey = this.providers.resolve(node.module.path, this.providerRef(node));
    const providerConfig = this.providers.configs.get(providerKey);
    const providerName = this.providers.fullName(providerConfig?.modulePath ?? "", providerConfig?.name ?? node.type.split("_")[0]);
    const change = emptyObject();
    change.actions = ["create"];
    change.before = null;
    change.after = after;
    change.after_unknown = afterUnknown;
    change.before_sensitive = false;
    change.after_sensitive = afterSensitive;
    if (Object.keys(texts).length > 0) change.govguard_unknown = texts;
    const rc = emptyObject();
    rc.address = instance.address;
    if (node.module.address !== "") rc.module_address = node.module.address;
    rc.mode = "managed";
    rc.type = node.type;
    rc.name = node.name;
    if (instance.key !== undefined) rc.index = instance.key;
    rc.provider_name = providerName;
    rc.change = change;
    this.resourceChanges.push(rc);
    const planned = emptyObject();
    planned.address = instance.address;
    planned.mode = "managed";
    planned.type = node.type;
    planned.name = node.name;
    if (instance.key !== undefined) planned.index = instance.key;
    planned.provider_name = providerName;
    planned.schema_version = 0;
    planned.values = after;
    planned.sensitive_values = afterSensitive;
    return planned;
  }

  /** configuration.root_module and module_calls[].module, by configuration path. */
  configuration(modulePath: string, depth = 0): JsonObject {
    const out = emptyObject();
    const config = this.tree.modules.get(modulePath);
    if (!config || depth > 64) return out;
    const body = config.body;
    const resources: JsonObject[] = [];
    const sections: ["managed" | "data", unknown][] = [
      ["managed", body.resource],
      ["data", body.data],
    ];
    for (const [mode, section] of sections) {
      for (const [type, name, block] of typedBodies(section)) {
        const r = emptyObject();
        r.address = `${mode === "data" ? "data." : ""}${type}.${name}`;
        r.mode = mode;
        r.type = type;
        r.name = name;
        r.provider_config_key = this.providers.resolve(modulePath, bareReference(block.provider) ?? type.split("_")[0]);
        r.expressions = expressions(block, RESOURCE_META, new Set());
        r.schema_version = 0;
        if (Object.hasOwn(block, "count")) r.count_expression = expression(block.count);
        if (Object.hasOwn(block, "for_each")) r.for_each_expression = expression(block.for_each);
        resources.push(r);
      }
    }
    if (resources.length > 0) out.resources = resources;
    const calls = emptyObject();
    for (const [name, block] of namedBodies(body.module)) {
      const childPath = modulePath === "" ? `module.${name}` : `${modulePath}.module.${name}`;
      const call = emptyObject();
      call.source = literalText(block.source) ?? "";
      call.expressions = expressions(block, MODULE_META, new Set());
      if (Object.hasOwn(block, "count")) call.count_expression = expression(block.count);
      if (Object.hasOwn(block, "for_each")) call.for_each_expression = expression(block.for_each);
      const version = literalText(block.version);
      if (version !== undefined) call.version_constraint = version;
      if (this.tree.modules.has(childPath)) call.module = this.configuration(childPath, depth + 1);
      calls[name] = call;
    }
    if (Object.keys(calls).length > 0) out.module_calls = calls;
    const variables = emptyObject();
    for (const [name, decl] of namedBodies(body.variable)) {
      const v = emptyObject();
      if (Object.hasOwn(decl, "default")) {
        const known = knownJson(valueOf(decl.default, NO_NAMES));
        if (known !== undefined) v.default = known;
      }
      const description = literalText(decl.description);
      if (description !== undefined) v.description = description;
      if (decl.sensitive === true) v.sensitive = true;
      variables[name] = v;
    }
    if (Object.keys(variables).length > 0) out.variables = variables;
    return out;
  }

  providerConfig(): JsonObject {
    const out = emptyObject();
    for (const [key, config] of byName(this.providers.configs)) {
      const entry = emptyObject();
      entry.name = config.name;
      entry.full_name = this.providers.fullName(config.modulePath, config.name);
      if (config.alias) entry.alias = config.alias;
      if (config.modulePath !== "") entry.module_address = config.modulePath;
      if (config.body) {
        const scope = this.firstInstance.get(config.modulePath)?.scope;
        entry.expressions = expressions(config.body, new Set(["alias", "version"]), new Set(), scope);
      }
      out[key] = entry;
    }
    return out;
  }
}

/**
 * The synthetic plan of a configuration. Throws CapError (src/hcl/errors) when the configuration
 * asks for more than the documented caps (src/evaluate/caps.ts, src/hcl/caps.ts); the caller
 * reports it as exit 2 naming the file.
 */
export function planFromConfig(tree: ConfigTreeShape, options: PlanOptions = {}): Record<string, unknown> {
  return withBudget(new Budget(MAX_ELEMENTS_PER_DOCUMENT), () => buildPlan(tree, options));
}

function buildPlan(tree: ConfigTreeShape, options: PlanOptions): Record<string, unknown> {
  const rootConfig = tree.modules.get("");
  if (!rootConfig) throw new Error("the configuration tree has no root module");
  const budget = new InstanceBudget();
  const root = new ModuleInstance({ tree, budget, rootDir: rootConfig.dir }, rootConfig, "", undefined);
  const builder = new PlanBuilder(tree, options);
  const planned = builder.module(root);
  const configuration = emptyObject();
  const rootModule = builder.configuration("");
  configuration.provider_config = builder.providerConfig();
  configuration.root_module = rootModule;

  const variables = emptyObject();
  for (const name of root.vars.keys()) {
    const value = root.vars.get(name) ?? null;
    // Terraform refuses the whole run for a root variable's value it cannot take (a type it does
    // not fit, a function call in a variables file), used or not.
    const refused = unknownsWithin(value).find((u) => u.unknown.reason === "unsupported");
    if (refused !== undefined) {
      builder.report(`var.${name}`, "", {
        zh: `变量的值无法核实：${refused.unknown.detail}`,
        en: `the variable's value cannot be verified: ${refused.unknown.detail}`,
      });
    }
    const known = knownJson(value);
    if (known === undefined) continue;
    const v = emptyObject();
    v.value = known;
    variables[name] = v;
  }
  for (const unread of tree.unread) builder.report(unread.path, "source", unread.reason);

  const plannedValues = emptyObject();
  plannedValues.root_module = planned;
  const input = emptyObject<unknown>();
  input.flavour = tree.flavour;
  input.unverifiable = builder.unverifiable;
  // Module mode is refused for a configuration that has them (lib/mode).
  input.root_markers = (tree.rootMarkers ?? []).map((m) => ({ ...m }));
  const plan = emptyObject<unknown>();
  plan.format_version = "1.2";
  plan.terraform_version = "govguard";
  plan.variables = variables;
  plan.planned_values = plannedValues;
  plan.resource_changes = builder.resourceChanges;
  plan.configuration = configuration;
  plan.govguard_input = input;
  return plan;
}

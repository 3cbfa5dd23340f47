// The generator's model of a Terraform configuration: a tree of modules, each with resource
// blocks (one per `resource` in the code, possibly with count / for_each) and their instances
// (what the plan lists). bench/plan-json.ts writes it out as `terraform show -json` does.

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** Actions the generator writes: new resources, in-place updates and unchanged ones. */
export type Action = "create" | "update" | "no-op";

/** One instance of a resource as the plan lists it. */
export interface Instance {
  /** count index or for_each key; absent for a resource without either. */
  index?: number | string;
  action: Action;
  /** Known planned values; unknown ones are absent here and `true` in `afterUnknown`. */
  after: JsonObject;
  afterUnknown: JsonObject;
  afterSensitive: JsonObject;
  /** The prior values of an update or no-op (unknown after values are known before). */
  before?: JsonObject;
}

/** A `resource` block of the configuration and the instances it has in the plan. */
export interface ResourceBlock {
  type: string;
  name: string;
  /** Attributes the code sets, in the order written; every other one is the provider's default. */
  set: string[];
  /** Attributes set by an expression rather than a literal: the `references` terraform lists
   * (none for an expression that refers to nothing, such as `jsonencode({...})`). Nested block
   * attributes are keyed by path: "server_side_encryption_rule.kms_master_key_id". */
  refs: Record<string, string[]>;
  /** count_expression / for_each_expression, as terraform writes them. */
  count?: JsonObject;
  forEach?: JsonObject;
  /** provider_config_key, when not the default `alicloud`. */
  provider?: string;
  instances: Instance[];
}

export interface ModuleCall {
  source: string;
  /** The module's arguments: each a constant or the references of an expression. */
  args: Record<string, { constant: Json } | { refs: string[] }>;
  module: ModuleNode;
}

export class ModuleNode {
  readonly blocks: ResourceBlock[] = [];
  readonly calls = new Map<string, ModuleCall>();
  /** Declared variables with their default, if any. */
  readonly variables = new Map<string, { default?: Json; description?: string }>();

  /** `address` is "" for the root module, else "module.a" or "module.a.module.b". */
  constructor(readonly address: string) {}

  call(name: string, source: string, args: ModuleCall["args"] = {}): ModuleNode {
    const existing = this.calls.get(name);
    if (existing) return existing.module;
    const module = new ModuleNode(this.address === "" ? `module.${name}` : `${this.address}.module.${name}`);
    this.calls.set(name, { source, args, module });
    return module;
  }

  declare(name: string, spec: { default?: Json; description?: string } = {}): void {
    if (!this.variables.has(name)) this.variables.set(name, spec);
  }

  add(block: ResourceBlock): ResourceBlock {
    this.blocks.push(block);
    return block;
  }

  /** The module and every module below it, depth first. */
  *walk(): Generator<ModuleNode> {
    yield this;
    for (const call of this.calls.values()) yield* call.module.walk();
  }
}

export function indexSuffix(index: number | string | undefined): string {
  if (index === undefined) return "";
  return typeof index === "number" ? `[${index}]` : `[${JSON.stringify(index)}]`;
}

export function resourceAddress(module: string, type: string, name: string, index?: number | string): string {
  return `${module === "" ? "" : `${module}.`}${type}.${name}${indexSuffix(index)}`;
}

/** An expression that refers to other objects: `{"references": [...]}` ({} when it refers to none). */
export function refsExpression(refs: string[]): JsonObject {
  return refs.length === 0 ? {} : { references: refs };
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function clone<T extends Json>(value: T): T {
  return structuredClone(value);
}

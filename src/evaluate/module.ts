// Module instances as Terraform plans them: each with its variables, locals, resources, data
// sources and module calls, in a scope where expressions see exactly what Terraform shows them.
// Everything is computed on first use (Lazy), so references may point in any direction and a
// cycle ends as an Unknown instead of a hang.
import * as path from "node:path";
import { CapLocation } from "../hcl/errors";
import { ListValue, ObjectValue, Scope, Unknown, Value } from "../hcl/value";
import { InstanceKey, keySuffix, within } from "./address";
import { bodies, bodyCells, RESOURCE_META } from "./body";
import { InstanceBudget } from "./caps";
import { Expansion, expand } from "./expand";
import { isObject, valueOf } from "./json";
import { Lazy, lazyObject, lazyValue } from "./lazy";
import { NamedScope } from "./scope";
import { ConfigModuleShape, ConfigTreeShape } from "./tree";
import { convertToType, tfvarValue } from "./variables";

/** What one planFromConfig call shares: the tree and the instance budget. */
export interface Document {
  tree: ConfigTreeShape;
  budget: InstanceBudget;
  /** The folder of the root module, where Terraform would run. */
  rootDir: string;
}

/** Arguments of a module call that are not the module's variables. */
export const MODULE_META: ReadonlySet<string> = new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);

const EMPTY_SCOPE: Scope = { lookup: () => undefined };

/** The entries of a {NAME: [body]} section, first body of each name. */
export function namedBodies(section: unknown): [string, Record<string, unknown>][] {
  if (!isObject(section)) return [];
  const out: [string, Record<string, unknown>][] = [];
  for (const name of Object.keys(section)) {
    const body = bodies(section[name])[0];
    if (body) out.push([name, body]);
  }
  return out;
}

/** The entries of a {TYPE: {NAME: [body]}} section. */
export function typedBodies(section: unknown): [string, string, Record<string, unknown>][] {
  if (!isObject(section)) return [];
  const out: [string, string, Record<string, unknown>][] = [];
  for (const type of Object.keys(section)) for (const [name, body] of namedBodies(section[type])) out.push([type, name, body]);
  return out;
}

function metaOf(expansion: Expansion): "count" | "for_each" | undefined {
  return expansion.kind === "count" ? "count" : expansion.kind === "for_each" ? "for_each" : expansion.kind === "unknown" ? expansion.meta : undefined;
}

/** each / count as one instance sees them. */
function instanceNames(expansion: Expansion): { key: InstanceKey; names: Map<string, Value> }[] {
  const obj = (entries: [string, Value][]) => new ObjectValue(new Map(entries));
  switch (expansion.kind) {
    case "single":
      return [{ key: undefined, names: new Map() }];
    case "count":
      return Array.from({ length: expansion.n }, (_, i) => ({ key: i, names: new Map([["count", obj([["index", i]])]]) }));
    case "for_each":
      return expansion.entries.map(([k, v]) => ({ key: k, names: new Map([["each", obj([["key", k], ["value", v]])]]) }));
    case "unknown": {
      const u = expansion.unknown;
      const unknown = (name: string) => new Unknown(u.reason, `${name}, from ${u.detail}`, [name]);
      return [
        {
          key: undefined,
          names:
            expansion.meta === "count"
              ? new Map([["count", obj([["index", unknown("count.index")]])]])
              : new Map([["each", obj([["key", unknown("each.key")], ["value", unknown("each.value")]])]]),
        },
      ];
    }
  }
}

/** A resource instance as other expressions see it: the arguments its configuration sets and
 * knows before apply; anything else (ids, computed attributes) is known only after apply. */
class InstanceView implements ReadonlyMap<string, Value> {
  constructor(
    private readonly cells: ReadonlyMap<string, Lazy<Value>>,
    /** Module-relative address with key: alicloud_x.y[0] */
    private readonly local: string,
    private readonly references: string[],
  ) {}
  private later(key: string): Unknown {
    return new Unknown("after_apply", `${this.local}.${key}`, [`${this.local}.${key}`, ...this.references]);
  }
  get size(): number {
    return this.cells.size;
  }
  has(): boolean {
    return true;
  }
  get(key: string): Value {
    const cell = this.cells.get(key);
    if (!cell) return this.later(key);
    const v = cell.get();
    return v instanceof Unknown ? this.later(key) : v;
  }
  *keys(): MapIterator<string> {
    yield* this.cells.keys();
  }
  *values(): MapIterator<Value> {
    for (const key of this.cells.keys()) yield this.get(key);
  }
  *entries(): MapIterator<[string, Value]> {
    for (const key of this.cells.keys()) yield [key, this.get(key)];
  }
  [Symbol.iterator](): MapIterator<[string, Value]> {
    return this.entries();
  }
  forEach(callback: (value: Value, key: string, map: ReadonlyMap<string, Value>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

export class ResourceInstance {
  readonly address: string;
  readonly scope: Scope;
  readonly cells: Map<string, Lazy<Value>>;
  readonly view: ObjectValue;
  constructor(
    readonly node: ResourceNode,
    readonly key: InstanceKey,
    names: Map<string, Value>,
  ) {
    this.address = node.address + keySuffix(key);
    this.scope = new NamedScope(node.module.scope, names);
    this.cells = bodyCells(node.body, this.scope, { budget: node.module.doc.budget, meta: RESOURCE_META, what: this.address, at: node.at });
    const local = node.localAddress + keySuffix(key);
    this.view = new ObjectValue(new InstanceView(this.cells, local, key === undefined ? [local] : [local, node.localAddress]));
  }
}

/** One resource or data block in one module instance. */
export class ResourceNode {
  readonly localAddress: string;
  readonly address: string;
  /** Where the block is declared (for cap refusals). */
  readonly at: CapLocation | undefined;
  readonly expansion: Lazy<Expansion>;
  readonly instances: Lazy<ResourceInstance[]>;
  readonly value: Lazy<Value>;

  constructor(
    readonly module: ModuleInstance,
    readonly mode: "managed" | "data",
    readonly type: string,
    readonly name: string,
    readonly body: Record<string, unknown>,
  ) {
    this.localAddress = `${mode === "data" ? "data." : ""}${type}.${name}`;
    this.address = within(module.address, this.localAddress);
    this.at = module.config.locations?.get(this.localAddress);
    const meta = Object.hasOwn(body, "for_each") ? "for_each" : "count";
    this.expansion = new Lazy<Expansion>(
      () => expand(body, module.scope, module.doc.budget, this.address, this.at),
      () => ({ kind: "unknown", meta, unknown: new Unknown("unsupported", `${meta} of ${this.address} refers to the resource itself (a cycle)`) }),
    );
    this.instances = new Lazy(
      () => instanceNames(this.expansion.get()).map(({ key, names }) => new ResourceInstance(this, key, names)),
      () => [],
    );
    this.value = lazyValue(() => this.referenceValue(), this.address);
  }

  /** `type.name` in an expression: one instance, a list (count) or a map (for_each). */
  private referenceValue(): Value {
    const expansion = this.expansion.get();
    const instances = this.instances.get();
    switch (expansion.kind) {
      case "single":
        return instances[0].view;
      case "count":
        return new ListValue(instances.map((i) => i.view));
      case "for_each":
        return new ObjectValue(new Map(instances.map((i) => [i.key as string, i.view])));
      case "unknown":
        return new Unknown(expansion.unknown.reason, `${this.localAddress} (its ${expansion.meta} is not known: ${expansion.unknown.detail})`, [this.localAddress]);
    }
  }

  get meta(): "count" | "for_each" | undefined {
    return metaOf(this.expansion.get());
  }
}

/** One module block in one module instance, and the instances it makes. */
export class ModuleCall {
  readonly path: string;
  readonly address: string;
  readonly config: ConfigModuleShape | undefined;
  readonly expansion: Lazy<Expansion>;
  readonly instances: Lazy<ModuleInstance[]>;
  readonly value: Lazy<Value>;

  constructor(
    readonly parent: ModuleInstance,
    readonly name: string,
    readonly body: Record<string, unknown>,
  ) {
    this.path = parent.path === "" ? `module.${name}` : `${parent.path}.module.${name}`;
    this.address = within(parent.address, `module.${name}`);
    this.config = parent.doc.tree.modules.get(this.path);
    const meta = Object.hasOwn(body, "for_each") ? "for_each" : "count";
    this.expansion = new Lazy<Expansion>(
      () => expand(body, parent.scope, parent.doc.budget, this.address, parent.config.locations?.get(`module.${name}`)),
      () => ({ kind: "unknown", meta, unknown: new Unknown("unsupported", `${meta} of ${this.address} refers to the module itself (a cycle)`) }),
    );
    this.instances = new Lazy(() => this.makeInstances(), () => []);
    this.value = lazyValue(() => this.referenceValue(), this.address);
  }

  private makeInstances(): ModuleInstance[] {
    const config = this.config;
    if (!config) return [];
    return instanceNames(this.expansion.get()).map(({ key, names }) => {
      const callScope = new NamedScope(this.parent.scope, names);
      const args = new Map<string, Lazy<Value>>();
      for (const arg of Object.keys(this.body)) {
        if (MODULE_META.has(arg)) continue;
        const raw = this.body[arg];
        args.set(arg, lazyValue(() => valueOf(raw, callScope), `${this.address}${keySuffix(key)}.${arg}`));
      }
      return new ModuleInstance(this.parent.doc, config, within(this.parent.address, `module.${this.name}${keySuffix(key)}`), args, this.parent);
    });
  }

  /** `module.name` in an expression: the outputs of one instance, a list or a map of them. */
  private referenceValue(): Value {
    const local = `module.${this.name}`;
    if (!this.config) return new Unknown("unsupported", `${local}: the module's source was not read`, [local]);
    const expansion = this.expansion.get();
    const instances = this.instances.get();
    switch (expansion.kind) {
      case "single":
        return instances[0].outputs;
      case "count":
        return new ListValue(instances.map((i) => i.outputs));
      case "for_each":
        return new ObjectValue(new Map(instances.map((i, n) => [expansion.entries[n][0], i.outputs])));
      case "unknown":
        return new Unknown(expansion.unknown.reason, `${local} (its ${expansion.meta} is not known: ${expansion.unknown.detail})`, [local]);
    }
  }

  get meta(): "count" | "for_each" | undefined {
    return this.config ? metaOf(this.expansion.get()) : undefined;
  }
}

export class ModuleInstance {
  readonly path: string;
  readonly scope: Scope;
  readonly vars: ObjectValue;
  readonly locals: ObjectValue;
  readonly outputs: ObjectValue;
  /** Resource nodes by type, then name; data nodes likewise. */
  readonly resources = new Map<string, Map<string, ResourceNode>>();
  readonly data = new Map<string, Map<string, ResourceNode>>();
  readonly calls = new Map<string, ModuleCall>();
  private readonly typeObjects = new Map<string, ObjectValue>();
  private readonly dataObject: ObjectValue;
  private readonly moduleObject: ObjectValue;
  private readonly pathObject: ObjectValue;
  private readonly terraformObject: ObjectValue;

  constructor(
    readonly doc: Document,
    readonly config: ConfigModuleShape,
    /** "" for the root, else module.a["x"].module.b */
    readonly address: string,
    /** The module call's arguments (undefined for the root module). */
    args: ReadonlyMap<string, Lazy<Value>> | undefined,
    readonly parent?: ModuleInstance,
  ) {
    this.path = config.path;
    const body = config.body;
    const self = this;
    this.scope = { lookup: (root) => self.lookup(root) };

    const varCells = new Map<string, Lazy<Value>>();
    for (const [name, decl] of namedBodies(body.variable)) {
      varCells.set(name, lazyValue(() => this.variable(name, decl, args), `var.${name}`));
    }
    this.vars = lazyObject(varCells);

    const localCells = new Map<string, Lazy<Value>>();
    for (const block of bodies(body.locals)) {
      for (const name of Object.keys(block)) {
        const raw = block[name];
        localCells.set(name, lazyValue(() => valueOf(raw, this.scope), `local.${name}`));
      }
    }
    this.locals = lazyObject(localCells);

    const outputCells = new Map<string, Lazy<Value>>();
    for (const [name, decl] of namedBodies(body.output)) {
      outputCells.set(name, lazyValue(() => valueOf(decl.value, this.scope), `output.${name}`));
    }
    this.outputs = lazyObject(outputCells);

    for (const [type, name, block] of typedBodies(body.resource)) this.add(this.resources, new ResourceNode(this, "managed", type, name, block));
    for (const [type, name, block] of typedBodies(body.data)) this.add(this.data, new ResourceNode(this, "data", type, name, block));
    for (const [name, block] of namedBodies(body.module)) this.calls.set(name, new ModuleCall(this, name, block));

    for (const [type, nodes] of this.resources) this.typeObjects.set(type, nodeObject(nodes));
    this.dataObject = lazyObject(new Map([...this.data].map(([type, nodes]) => [type, new Lazy<Value>(() => nodeObject(nodes), () => null)])));
    this.moduleObject = lazyObject(new Map([...this.calls].map(([name, call]) => [name, call.value])));
    const relative = path.relative(doc.rootDir, config.dir).split(path.sep).join("/");
    this.pathObject = new ObjectValue(
      new Map<string, Value>([
        ["module", relative === "" ? "." : relative],
        ["root", "."],
        ["cwd", doc.rootDir],
      ]),
    );
    this.terraformObject = new ObjectValue(new Map<string, Value>([["workspace", "default"]]));
  }

  private add(into: Map<string, Map<string, ResourceNode>>, node: ResourceNode): void {
    let names = into.get(node.type);
    if (!names) into.set(node.type, (names = new Map()));
    names.set(node.name, node);
  }

  private lookup(root: string): Value | undefined {
    switch (root) {
      case "var":
        return this.vars;
      case "local":
        return this.locals;
      case "module":
        return this.moduleObject;
      case "data":
        return this.dataObject;
      case "path":
        return this.pathObject;
      case "terraform":
        return this.terraformObject;
      case "count":
      case "each":
      case "self":
        return undefined;
      default:
        return this.typeObjects.get(root);
    }
  }

  private variable(name: string, decl: Record<string, unknown>, args: ReadonlyMap<string, Lazy<Value>> | undefined): Value {
    const hasDefault = Object.hasOwn(decl, "default");
    const fallback = (): Value => (hasDefault ? valueOf(decl.default, EMPTY_SCOPE) : null);
    let v: Value;
    if (!args) {
      const tfvars = this.doc.tree.tfvars;
      if (Object.hasOwn(tfvars, name)) v = tfvarValue(tfvars[name]);
      else if (hasDefault) v = fallback();
      else return new Unknown("after_apply", `var.${name} (no value before apply: no default and not set in tfvars)`, [`var.${name}`]);
    } else {
      const arg = args.get(name);
      if (arg) v = arg.get();
      else if (hasDefault) v = fallback();
      else return new Unknown("unsupported", `var.${name} is required by the module but the call does not set it`, [`var.${name}`]);
    }
    if (v === null && hasDefault && decl.nullable === false) v = fallback();
    if (v === null && decl.nullable === false) {
      return new Unknown("unsupported", `var.${name} is null, and the variable has nullable = false and no default that is not null (Terraform refuses it)`, [`var.${name}`]);
    }
    return convertToType(v, decl.type, `var.${name}`);
  }

  /** Every module instance from this one down, this one first. */
  *walk(): Generator<ModuleInstance> {
    yield this;
    for (const call of this.calls.values()) for (const child of call.instances.get()) yield* child.walk();
  }
}

/** `type` in an expression: its resources by name. */
function nodeObject(nodes: ReadonlyMap<string, ResourceNode>): ObjectValue {
  return lazyObject(new Map([...nodes].map(([name, node]) => [name, node.value])));
}

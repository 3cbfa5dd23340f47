// A resource's (or module call's) body as values: attributes evaluated, nested blocks as lists of
// objects, `dynamic "x"` blocks expanded into x after any written x blocks. Each top-level
// attribute is computed on first read, so another resource can refer to one attribute without
// evaluating the rest (and a self-reference is a cycle, not a hang).
import { checkValueDepth, sortedKeys } from "../hcl/convert";
import { CapLocation } from "../hcl/errors";
import { ListValue, ObjectValue, Scope, Unknown, Value } from "../hcl/value";
import { InstanceBudget } from "./caps";
import { bareReference, shown, unknownDetail } from "./engine";
import { isObject, valueOf } from "./json";
import { Lazy, lazyValue } from "./lazy";
import { NamedScope } from "./scope";

/** Meta-arguments of resources and data sources: never part of `after`. */
export const RESOURCE_META: ReadonlySet<string> = new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection"]);

export function bodies(v: unknown): Record<string, unknown>[] {
  if (Array.isArray(v)) return v.filter(isObject);
  return isObject(v) ? [v] : [];
}

function isTemplateKey(key: string): boolean {
  return key.includes("{");
}

/** `dynamic` as hcl2json writes it ({label: [{for_each, content: [...]}]}) or Terraform JSON
 * ({label: {for_each, content: {...}}}). */
function isDynamicShape(v: unknown): v is Record<string, unknown> {
  return isObject(v) && Object.keys(v).every((label) => {
    const specs = bodies(v[label]);
    return specs.length > 0 && specs.every((spec) => Object.hasOwn(spec, "content"));
  });
}

export interface BodyOptions {
  budget: InstanceBudget;
  /** Names skipped at the top level (meta-arguments). */
  meta?: ReadonlySet<string>;
  /** For cycle messages: "alicloud_x.y". */
  what: string;
  /** Where the resource is declared, named when its dynamic blocks reach a cap. */
  at?: CapLocation;
  /** How deep in nested blocks this body is (bounded like any value's nesting). */
  depth?: number;
}

/** The top-level attributes of `body`, each computed on first read. */
export function bodyCells(body: Record<string, unknown>, scope: Scope, options: BodyOptions): Map<string, Lazy<Value>> {
  const meta = options.meta ?? new Set<string>();
  const depth = options.depth ?? 0;
  checkValueDepth(depth);
  const dynamics = isDynamicShape(body.dynamic) ? body.dynamic : undefined;
  const names: string[] = Object.keys(body).filter((k) => !meta.has(k) && !(k === "dynamic" && dynamics));
  if (dynamics) for (const label of Object.keys(dynamics)) if (!names.includes(label)) names.push(label);
  const cells = new Map<string, Lazy<Value>>();
  for (const name of names) {
    cells.set(
      name,
      lazyValue(() => {
        const written = Object.hasOwn(body, name) && !meta.has(name) ? blockish(body[name], scope, options, depth + 1) : undefined;
        if (!dynamics || !Object.hasOwn(dynamics, name)) return written ?? null;
        const generated = expandDynamic(name, bodies(dynamics[name]), scope, { ...options, depth: depth + 1 });
        if (generated instanceof Unknown) return generated;
        const before = written === undefined || written === null ? [] : written instanceof ListValue ? written.items : [written];
        return new ListValue([...before, ...generated]);
      }, `${options.what}.${name}`),
    );
  }
  return cells;
}

/** A nested block's body evaluated at once. */
function blockValue(body: Record<string, unknown>, scope: Scope, options: BodyOptions, depth: number): ObjectValue {
  const cells = bodyCells(body, scope, { budget: options.budget, what: options.what, at: options.at, depth });
  return new ObjectValue(new Map([...cells].map(([k, cell]) => [k, cell.get()])));
}

/** An attribute or nested block value: arrays and objects may hold blocks with dynamic inside. */
function blockish(raw: unknown, scope: Scope, options: BodyOptions, depth: number): Value {
  checkValueDepth(depth);
  if (Array.isArray(raw)) return new ListValue(raw.map((item) => blockish(item, scope, options, depth + 1)));
  if (isObject(raw) && !Object.keys(raw).some(isTemplateKey)) return blockValue(raw, scope, options, depth + 1);
  return valueOf(raw, scope, depth);
}

function expandDynamic(label: string, specs: Record<string, unknown>[], scope: Scope, options: BodyOptions): Value[] | Unknown {
  const out: Value[] = [];
  for (const spec of specs) {
    const text = typeof spec.for_each === "string" ? shown(spec.for_each) : JSON.stringify(spec.for_each ?? null);
    const collection = spec.for_each === undefined ? new Unknown("unsupported", `dynamic "${label}" has no for_each`) : valueOf(spec.for_each, scope);
    if (collection instanceof Unknown) {
      return new Unknown(collection.reason, unknownDetail(`dynamic "${label}" for_each = ${text}`, collection), collection.references);
    }
    let pairs: [Value, Value][];
    if (collection instanceof ListValue) pairs = collection.items.map((item, i) => [collection.kind === "set" ? item : i, item]);
    else if (collection instanceof ObjectValue) pairs = sortedKeys(collection).map((k) => [k, collection.get(k) ?? null]);
    else return new Unknown("unsupported", `dynamic "${label}" over ${text}, which is not a collection`);
    options.budget.spendBlocks(pairs.length, label, options.at);
    const iterator = bareReference(spec.iterator) ?? label;
    const content = bodies(spec.content)[0] ?? {};
    for (const [key, value] of pairs) {
      const names = new Map<string, Value>([[iterator, new ObjectValue(new Map<string, Value>([["key", key], ["value", value]]))]]);
      out.push(blockValue(content, new NamedScope(scope, names), options, (options.depth ?? 0) + 1));
    }
  }
  return out;
}

/** The labels of the dynamic blocks a body writes. */
export function dynamicLabels(body: Record<string, unknown>): string[] {
  return isDynamicShape(body.dynamic) ? Object.keys(body.dynamic) : [];
}

/** The dynamic specs of a body, by label. */
export function dynamicSpecs(body: Record<string, unknown>): [string, Record<string, unknown>[]][] {
  const dynamics = body.dynamic;
  return isDynamicShape(dynamics) ? Object.keys(dynamics).map((label) => [label, bodies(dynamics[label])]) : [];
}

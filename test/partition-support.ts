// Shared by the partition tests: comparing reports exactly, and forcing a part size.
import { PolicyReport } from "../src/model";
import { evaluatePartsSync, JoinDeclarations, partition } from "../src/engine/partition";
import { PolicyBundle } from "../src/engine/bundle";
import { PolicyEvaluator } from "../src/engine/policy";
import { InputDocument } from "../src/inputs/discover";

/** A value's JSON with object keys sorted. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** What one report has that the other lacks: findings (control, resource, attribute, message,
 * waiver… all of it), and any difference in the rest of the report. */
export function differences(single: PolicyReport, merged: PolicyReport): { missing: string[]; extra: string[]; rest: string[] } {
  const count = (r: PolicyReport): Map<string, number> => {
    const m = new Map<string, number>();
    for (const f of r.findings) m.set(canonical(f), (m.get(canonical(f)) ?? 0) + 1);
    return m;
  };
  const a = count(single);
  const b = count(merged);
  const missing = [...a].filter(([k, n]) => (b.get(k) ?? 0) < n).map(([k]) => k);
  const extra = [...b].filter(([k, n]) => (a.get(k) ?? 0) < n).map(([k]) => k);
  const rest: string[] = [];
  for (const key of ["kind", "flavour", "mode", "errors", "notes", "waivers_used", "summary", "catalogue"] as const) {
    if (canonical(single[key]) !== canonical(merged[key])) rest.push(`${key}: ${canonical(single[key]).slice(0, 300)} != ${canonical(merged[key]).slice(0, 300)}`);
  }
  return { missing, extra, rest };
}

/** A loaded policy per corpus configuration (a case's `config`), each loaded once, on the corpus's day. */
export function corpusEvaluators(bundle: PolicyBundle): (config: Record<string, unknown>) => PolicyEvaluator {
  const evaluators = new Map<string, PolicyEvaluator>();
  return (config) => {
    const key = JSON.stringify(config);
    let evaluator = evaluators.get(key);
    if (evaluator === undefined) {
      evaluator = new PolicyEvaluator(bundle, { govguard_config: config, govguard_today: "2026-12-05" });
      evaluators.set(key, evaluator);
    }
    return evaluator;
  };
}

/** Runs `fn` with GOVGUARD_PART_RESOURCES set to `size`. */
export function withPartSize<T>(size: number, fn: () => T): T {
  const before = process.env.GOVGUARD_PART_RESOURCES;
  process.env.GOVGUARD_PART_RESOURCES = String(size);
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.GOVGUARD_PART_RESOURCES;
    else process.env.GOVGUARD_PART_RESOURCES = before;
  }
}

interface Change {
  address: string;
  module_address?: string;
}

/** The naive split the partitioner must beat: one part per top-level module call, the root module's
 * resources copied into every part (owned by the first), the configuration whole, no joins, no hubs. */
export function naiveParts(content: Buffer): { content: Buffer; owns(address: string): boolean }[] {
  const plan = JSON.parse(content.toString("utf8")) as { resource_changes: Change[] };
  const top = (c: Change): string => /^module\.([^.[]+)/.exec(c.module_address ?? "")?.[1] ?? "";
  const root = plan.resource_changes.filter((c) => top(c) === "");
  const calls = [...new Set(plan.resource_changes.map(top).filter((m) => m !== ""))];
  return calls.map((call, k) => {
    const own = plan.resource_changes.filter((c) => top(c) === call);
    const owned = new Set([...own, ...(k === 0 ? root : [])].map((c) => c.address));
    return { content: Buffer.from(JSON.stringify({ ...plan, resource_changes: [...root, ...own] })), owns: (a: string) => owned.has(a), outsized: false, hub: false };
  });
}

/** A managed resource of a plan built by planOf. */
export interface PlanSpec {
  /** Top-level module call ("" or absent: the root module). */
  module?: string;
  type: string;
  name: string;
  after: Record<string, unknown>;
  /** Attributes set by reference, with what they refer to (as plan JSON's configuration lists it). */
  refs?: Record<string, string[]>;
  /** after_sensitive */
  sensitive?: Record<string, unknown>;
  /** Top-level attributes known only after apply. */
  unknown?: string[];
  /** after_unknown as written (nested blocks), merged over `unknown`. */
  afterUnknown?: Record<string, unknown>;
  /** after_unknown written as `true` (lib/plan reads a flag that is not an object as none). */
  wholeUnknown?: true;
  /** provider_config_key (default "alicloud"). */
  provider?: string;
  /** Module call arguments, for the first resource of a module. */
  args?: Record<string, string[]>;
}

const PROVIDER = "registry.terraform.io/aliyun/alicloud";

/** Plan JSON of `specs`, each in the root module or a module call of its own name, with provider
 * configuration `alicloud` in cn-hangzhou and any `providers` besides. */
export function planOf(specs: PlanSpec[], providers: Record<string, unknown> = {}): Record<string, unknown> {
  const rootResources: unknown[] = [];
  const calls: Record<string, { source: string; expressions: Record<string, unknown>; module: { resources: unknown[] } }> = {};
  const resourceChanges = specs.map((s) => {
    const module = s.module ?? "";
    const configResource = {
      address: `${s.type}.${s.name}`,
      mode: "managed",
      type: s.type,
      name: s.name,
      provider_config_key: s.provider ?? "alicloud",
      expressions: Object.fromEntries([
        ...Object.entries(s.after).filter(([k]) => !(s.refs && k in s.refs)).map(([k, v]) => [k, { constant_value: v }]),
        ...Object.entries(s.refs ?? {}).map(([k, refs]) => [k, { references: refs }]),
      ]),
    };
    if (module === "") rootResources.push(configResource);
    else {
      calls[module] ??= { source: `./${module}`, expressions: {}, module: { resources: [] } };
      calls[module].module.resources.push(configResource);
      for (const [k, refs] of Object.entries(s.args ?? {})) calls[module].expressions[k] = { references: refs };
    }
    return {
      address: `${module === "" ? "" : `module.${module}.`}${s.type}.${s.name}`,
      ...(module === "" ? {} : { module_address: `module.${module}` }),
      mode: "managed",
      type: s.type,
      name: s.name,
      provider_name: PROVIDER,
      change: {
        actions: ["create"],
        before: null,
        after: s.after,
        after_unknown: s.wholeUnknown === true ? true : { ...Object.fromEntries((s.unknown ?? []).map((k) => [k, true])), ...(s.afterUnknown ?? {}) },
        before_sensitive: false,
        after_sensitive: s.sensitive ?? {},
      },
    };
  });
  return {
    format_version: "1.2",
    terraform_version: "1.9.8",
    variables: {},
    resource_changes: resourceChanges,
    configuration: {
      provider_config: { alicloud: { name: "alicloud", full_name: PROVIDER, expressions: { region: { constant_value: "cn-hangzhou" } } }, ...providers },
      root_module: { resources: rootResources, module_calls: calls },
    },
  };
}

/** Asserts that `doc`, cut into parts of `size` resources (more than one part), gives exactly the
 * report of one pass over it. */
export function expectOnePassInParts(evaluator: PolicyEvaluator, joins: JoinDeclarations, doc: InputDocument, size: number): void {
  const single = evaluator.evaluate(doc.content);
  expect(single.errors).toEqual([]);
  expect(withPartSize(size, () => partition(doc, joins)).length).toBeGreaterThan(1);
  expect(differences(single, withPartSize(size, () => evaluatePartsSync(evaluator, doc, joins)))).toEqual({ missing: [], extra: [], rest: [] });
}

export const tags = { "data-classification": "internal" };

/** A bucket of module `module` named `name` (its resource name made an identifier). */
export const bucket = (module: string, name: string, after: Record<string, unknown> = {}): PlanSpec => ({
  module,
  type: "alicloud_oss_bucket",
  name: name.replace(/[^a-z0-9_]/g, "_"),
  after: { bucket: name, tags, redundancy_type: "ZRS", ...after },
});

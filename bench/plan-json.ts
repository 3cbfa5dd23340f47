// Writes the generator's module tree as Terraform 1.5's plan JSON (`terraform show -json`,
// format_version 1.2): variables, planned_values with child modules, resource_changes, prior_state
// for resources that already exist, configuration with provider_config, module calls and the
// `references` of every expression, relevant_attributes and the timestamp.
import { Instance, isObject, Json, JsonObject, ModuleNode, refsExpression, ResourceBlock, resourceAddress } from "./plan-model";

export const PROVIDER_NAME = "registry.terraform.io/aliyun/alicloud";
export const TERRAFORM_VERSION = "1.5.7";

export interface ProviderConfig {
  alias?: string;
  versionConstraint?: string;
  region: { constant: string } | { refs: string[] };
}

export interface PlanGlobals {
  /** Root variable values, as the run used them (tfvars or defaults). */
  variableValues: Record<string, Json>;
  /** provider_config by key ("alicloud", "alicloud.dr"). */
  providers: Record<string, ProviderConfig>;
  timestamp: string;
}

const NON_RESOURCES = new Set(["var", "local", "each", "count", "module", "data", "path", "terraform", "self"]);

function expression(spec: { constant: Json } | { refs: string[] }): JsonObject {
  return "refs" in spec ? refsExpression(spec.refs) : { constant_value: spec.constant };
}

/** The `expressions` of a block (or nested block) from its values, the keys set and the references. */
function expressionsOf(values: JsonObject, keys: string[], refs: Record<string, string[]>, prefix: string): JsonObject {
  const out: JsonObject = {};
  for (const key of keys) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (refs[path]) {
      out[key] = refsExpression(refs[path]);
      continue;
    }
    const value = values[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length > 0 && value.every((v) => isObject(v))) {
      // A nested block: one expressions object per block, with its own set attributes.
      out[key] = value.map((block) => {
        const nested = block as JsonObject;
        const nestedKeys = Object.keys(nested).filter((k) => nested[k] !== null);
        for (const r of Object.keys(refs)) {
          const rest = r.startsWith(`${path}.`) ? r.slice(path.length + 1) : undefined;
          if (rest && !rest.includes(".") && !nestedKeys.includes(rest)) nestedKeys.push(rest);
        }
        return expressionsOf(nested, nestedKeys.sort(), refs, path);
      });
      continue;
    }
    out[key] = { constant_value: value };
  }
  return out;
}

function configBlock(block: ResourceBlock): JsonObject {
  const first = block.instances[0];
  const out: JsonObject = {
    address: `${block.type}.${block.name}`,
    mode: "managed",
    type: block.type,
    name: block.name,
    provider_config_key: block.provider ?? "alicloud",
    expressions: expressionsOf(first.after, [...new Set([...block.set, ...Object.keys(block.refs).filter((k) => !k.includes("."))])].sort(), block.refs, ""),
    schema_version: 0,
  };
  if (block.count) out.count_expression = block.count;
  if (block.forEach) out.for_each_expression = block.forEach;
  return out;
}

function configModule(node: ModuleNode): JsonObject {
  const out: JsonObject = {};
  if (node.blocks.length > 0) out.resources = node.blocks.map(configBlock);
  if (node.calls.size > 0) {
    out.module_calls = Object.fromEntries(
      [...node.calls].map(([name, call]) => [
        name,
        {
          source: call.source,
          expressions: Object.fromEntries(Object.entries(call.args).map(([k, v]) => [k, expression(v)])),
          module: configModule(call.module),
        },
      ]),
    );
  }
  if (node.variables.size > 0) {
    out.variables = Object.fromEntries(
      [...node.variables].map(([name, spec]) => [
        name,
        {
          ...(spec.default === undefined ? {} : { default: spec.default }),
          ...(spec.description === undefined ? {} : { description: spec.description }),
        },
      ]),
    );
  }
  return out;
}

function providerConfig(p: ProviderConfig): JsonObject {
  return {
    name: "alicloud",
    full_name: PROVIDER_NAME,
    ...(p.alias ? { alias: p.alias } : {}),
    ...(p.versionConstraint ? { version_constraint: p.versionConstraint } : {}),
    expressions: { region: expression(p.region) },
  };
}

/** The values of an instance with every unknown filled in: what it holds once applied. */
function appliedValues(instance: Instance): JsonObject {
  return instance.before ?? instance.after;
}

function valueResource(module: string, block: ResourceBlock, instance: Instance, values: JsonObject): JsonObject {
  return {
    address: resourceAddress(module, block.type, block.name, instance.index),
    mode: "managed",
    type: block.type,
    name: block.name,
    ...(instance.index === undefined ? {} : { index: instance.index }),
    provider_name: PROVIDER_NAME,
    schema_version: 0,
    values,
    sensitive_values: instance.afterSensitive,
  };
}

/** planned_values / prior_state module tree; `pick` selects and shapes each instance's values. */
function valuesModule(node: ModuleNode, pick: (i: Instance) => JsonObject | undefined): JsonObject | undefined {
  const resources: JsonObject[] = [];
  for (const block of node.blocks) {
    for (const instance of block.instances) {
      const values = pick(instance);
      if (values) resources.push(valueResource(node.address, block, instance, values));
    }
  }
  const children = [...node.calls.values()].flatMap((c) => {
    const m = valuesModule(c.module, pick);
    return m ? [m] : [];
  });
  if (resources.length === 0 && children.length === 0 && node.address !== "") return undefined;
  resources.sort((a, b) => compare(a.address as string, b.address as string));
  return {
    ...(resources.length > 0 ? { resources } : {}),
    ...(node.address === "" ? {} : { address: node.address }),
    ...(children.length > 0 ? { child_modules: children } : {}),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function resourceChange(module: string, block: ResourceBlock, instance: Instance): JsonObject {
  const existing = instance.action !== "create";
  return {
    address: resourceAddress(module, block.type, block.name, instance.index),
    ...(module === "" ? {} : { module_address: module }),
    mode: "managed",
    type: block.type,
    name: block.name,
    ...(instance.index === undefined ? {} : { index: instance.index }),
    provider_name: PROVIDER_NAME,
    change: {
      actions: [instance.action],
      before: existing ? (instance.before as JsonObject) : null,
      after: instance.after,
      after_unknown: instance.afterUnknown,
      before_sensitive: existing ? instance.afterSensitive : false,
      after_sensitive: instance.afterSensitive,
    },
  };
}

/** One entry per resource an expression refers to (what terraform records as relevant). */
function relevantAttributes(root: ModuleNode): JsonObject[] {
  const seen = new Set<string>();
  const out: JsonObject[] = [];
  for (const node of root.walk()) {
    for (const block of node.blocks) {
      for (const refs of Object.values(block.refs)) {
        for (const ref of refs) {
          const parts = ref.split(".");
          if (parts.length < 3 || NON_RESOURCES.has(parts[0])) continue;
          const resource = resourceAddress(node.address, parts[0], parts[1]);
          const key = `${resource}|${parts[2]}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ resource, attribute: [parts[2]] });
        }
      }
    }
  }
  return out.sort((a, b) => compare(a.resource as string, b.resource as string));
}

export function planJson(root: ModuleNode, globals: PlanGlobals): JsonObject {
  const changes: JsonObject[] = [];
  let existing = false;
  for (const node of root.walk()) {
    for (const block of node.blocks) {
      for (const instance of block.instances) {
        changes.push(resourceChange(node.address, block, instance));
        if (instance.action !== "create") existing = true;
      }
    }
  }
  changes.sort((a, b) => compare(a.address as string, b.address as string));
  const plan: JsonObject = {
    format_version: "1.2",
    terraform_version: TERRAFORM_VERSION,
    variables: Object.fromEntries(Object.entries(globals.variableValues).map(([k, v]) => [k, { value: v }])),
    planned_values: { root_module: valuesModule(root, (i) => i.after) as JsonObject },
    resource_changes: changes,
  };
  if (existing) {
    plan.prior_state = {
      format_version: "1.0",
      terraform_version: TERRAFORM_VERSION,
      values: { root_module: valuesModule(root, (i) => (i.action === "create" ? undefined : appliedValues(i))) as JsonObject },
    };
  }
  plan.configuration = {
    provider_config: Object.fromEntries(Object.entries(globals.providers).map(([k, p]) => [k, providerConfig(p)])),
    root_module: configModule(root),
  };
  plan.relevant_attributes = relevantAttributes(root);
  plan.timestamp = globals.timestamp;
  return plan;
}

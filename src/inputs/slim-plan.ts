// Drops from plan JSON what no control reads, before the plan is copied into wasm memory: the
// prior state, `before` values, planned_values (when resource_changes carry the same `after`),
// output changes and drift. A plan holds most resources two or three times over, and wasm's JSON
// representation is about ten times the text, so this halves evaluation memory on large plans.
// The bundle reads every kept field the same way, so opa eval on the full plan gives the same
// findings: the differential tests check exactly that.

import { isObject, JsonObject } from "../model";

/** Top-level members dropped whole. */
export const DROPPED = ["prior_state", "output_changes", "resource_drift", "relevant_attributes", "checks", "timestamp"];
// govguard_unknown: what each unknown value is set from, in a plan govguard evaluated from
// configuration (src/evaluate); its top-level `govguard_input` section is kept like any other.
const CHANGE_KEPT = ["actions", "after", "after_unknown", "after_sensitive", "govguard_unknown"];

/** An object with only the attributes the policies can read, and any the plan marks sensitive. */
function onlyRead(values: unknown, attributes: ReadonlySet<string>, sensitive: unknown): unknown {
  if (!isObject(values)) return values;
  const flags = isObject(sensitive) ? sensitive : undefined;
  // Keys are the plan author's: no name (`__proto__`, `toString`) may be special.
  const kept: JsonObject = Object.create(null) as JsonObject;
  // Object.keys, not Object.entries: a pair array for every attribute of every resource was most
  // of this function's time.
  const keys = Object.keys(values);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (attributes.has(key) || (flags !== undefined && Object.hasOwn(flags, key) && flags[key] !== false)) kept[key] = values[key];
  }
  return kept;
}

/** Only the flags that mark something sensitive: `false` and what holds no `true` say nothing (a
 * plan's after_sensitive mirrors the whole of `after`), and lib/sensitive skips a resource whose
 * flags are empty without serialising them. A list keeps its positions (false where nothing is). */
export function markedOnly(flags: unknown): unknown {
  if (flags === true) return true;
  if (Array.isArray(flags)) {
    const items = flags.map(markedOnly);
    return items.some((f) => f !== undefined) ? items.map((f) => (f === undefined ? false : f)) : undefined;
  }
  if (isObject(flags)) {
    let kept: JsonObject | undefined;
    for (const key of Object.keys(flags)) {
      const marked = markedOnly(flags[key]);
      if (marked === undefined) continue;
      kept ??= Object.create(null) as JsonObject;
      kept[key] = marked;
    }
    return kept;
  }
  return undefined;
}

/** An element of resource_changes without what no control reads. */
export function slimChange(change: unknown, attributes?: ReadonlySet<string>): unknown {
  if (!isObject(change) || !isObject(change.change)) return change;
  const kept: JsonObject = {};
  for (const key of CHANGE_KEPT) if (key in change.change) kept[key] = change.change[key];
  if (attributes) {
    const sensitive = kept.after_sensitive;
    for (const key of ["after", "after_unknown", "after_sensitive", "govguard_unknown"]) if (key in kept) kept[key] = onlyRead(kept[key], attributes, sensitive);
    if (isObject(kept.after_sensitive)) kept.after_sensitive = markedOnly(kept.after_sensitive) ?? {};
    // One copy, in the change's own key order (a copy without the unread keys, then a spread of it,
    // made two).
    const out: JsonObject = { ...change, change: kept };
    for (const key of CHANGE_UNREAD) delete out[key];
    return out;
  }
  return { ...change, change: kept };
}

/** Members of a resource change, and of a resource's configuration, that no rule reads (checked by
 * test/slim-plan.test.ts against the bundle's Rego): each is a string or number on every resource
 * of a plan, which wasm's JSON reading turns into about 150 bytes of memory. */
export const CHANGE_UNREAD = ["provider_name"];
export const CONFIG_RESOURCE_UNREAD = ["schema_version"];

/** A resource of a module's configuration without what no control reads, in its own key order. */
function slimConfigResource(resource: JsonObject, attributes: ReadonlySet<string>): JsonObject {
  const out: JsonObject = { ...resource };
  for (const key of CONFIG_RESOURCE_UNREAD) delete out[key];
  if (isObject(resource.expressions)) out.expressions = onlyRead(resource.expressions, attributes, undefined);
  return out;
}

function slimConfigurationModule(module: unknown, attributes: ReadonlySet<string>): unknown {
  if (!isObject(module)) return module;
  const out: JsonObject = { ...module };
  if (Array.isArray(module.resources)) {
    out.resources = module.resources.map((r: unknown) => (isObject(r) ? slimConfigResource(r, attributes) : r));
  }
  if (isObject(module.module_calls)) {
    out.module_calls = Object.fromEntries(Object.entries(module.module_calls).map(([name, call]) => [name, slimModuleCall(call, attributes)]));
  }
  return out;
}

/** A call of root_module.module_calls (or deeper) without what no control reads. */
export function slimModuleCall(call: unknown, attributes?: ReadonlySet<string>): unknown {
  if (!attributes) return call;
  return isObject(call) ? { ...call, module: slimConfigurationModule(call.module, attributes) } : call;
}

/** The top-level `configuration` without what no control reads. */
export function slimConfiguration(configuration: unknown, attributes?: ReadonlySet<string>): unknown {
  return attributes && isObject(configuration) ? { ...configuration, root_module: slimConfigurationModule(configuration.root_module, attributes) } : configuration;
}

/** Whether slimPlan keeps the top-level member `key` (whole, or slimmed for resource_changes and
 * configuration), given whether the plan's resource_changes is an array. */
export function keepsMember(key: string, changesIsArray: boolean): boolean {
  return !DROPPED.includes(key) && !(key === "planned_values" && changesIsArray);
}

/**
 * The plan without what no control reads. With `attributes` (the bundle's vocabulary), resources
 * also keep only the attributes a policy can read by name, and those the plan marks sensitive, so
 * that scrubbing still sees them; everything else about a resource is kept.
 */
export function slimPlan(plan: JsonObject, attributes?: ReadonlySet<string>): JsonObject {
  // Keys are the plan author's: a top-level `__proto__` is a member like any other.
  const out = Object.create(null) as JsonObject;
  for (const [key, value] of Object.entries(plan)) {
    if (!keepsMember(key, Array.isArray(plan.resource_changes))) continue;
    if (key === "resource_changes" && Array.isArray(value)) out[key] = value.map((c) => slimChange(c, attributes));
    else if (key === "configuration") out[key] = slimConfiguration(value, attributes);
    else out[key] = value;
  }
  return out;
}

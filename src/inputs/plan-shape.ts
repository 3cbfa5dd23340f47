// The parts of Terraform's plan format (terraform show -json) that name resources and modules.
// Findings are reported against these names, so a plan whose addresses are not strings cannot
// be judged: it is refused with the path of the first field that breaks the format.
import { isObject, JsonObject, Text } from "../model";

const FORMAT = { zh: "不符合 Terraform 计划 JSON 格式", en: "does not follow Terraform's plan JSON format" };

function problem(path: string, zh: string, en: string): Text {
  return { zh: `${path} ${zh}，${FORMAT.zh}`, en: `${path} ${en}; the file ${FORMAT.en}` };
}

export const notString = (path: string) => problem(path, "不是字符串", "is not a string");
export const notObject = (path: string) => problem(path, "不是对象", "is not an object");
export const notArray = (path: string) => problem(path, "不是数组", "is not an array");

function stringFields(value: JsonObject, path: string, keys: string[], optional: string[] = []): Text | undefined {
  for (const key of keys) if (typeof value[key] !== "string") return notString(`${path}.${key}`);
  for (const key of optional) if (key in value && typeof value[key] !== "string") return notString(`${path}.${key}`);
  return undefined;
}

function resourceChanges(changes: unknown): Text | undefined {
  if (changes === undefined) return undefined;
  if (!Array.isArray(changes)) return notArray("resource_changes");
  for (const [i, change] of changes.entries()) {
    const bad = changeProblem(change, i);
    if (bad) return bad;
  }
  return undefined;
}

/** What breaks the format in resource_changes[i], if anything. */
export function changeProblem(change: unknown, i: number): Text | undefined {
  const path = `resource_changes[${i}]`;
  if (!isObject(change)) return notObject(path);
  const bad = stringFields(change, path, ["address", "type", "name"], ["mode", "module_address", "provider_name"]);
  if (bad) return bad;
  if (!isObject(change.change)) return notObject(`${path}.change`);
  return undefined;
}

/** The optional string fields of a resource in planned_values, and in configuration. */
export const PLANNED_RESOURCE_OPTIONAL = ["mode", "provider_name"];
export const CONFIGURED_RESOURCE_OPTIONAL = ["mode", "provider_config_key"];

/** What breaks the format in `${path}[i]`, a resource of a list, if anything. */
export function resourceProblem(resource: unknown, path: string, i: number, optional: string[]): Text | undefined {
  if (!isObject(resource)) return notObject(`${path}[${i}]`);
  return stringFields(resource, `${path}[${i}]`, ["address", "type", "name"], optional);
}

/** A list of resources, each naming itself by address, type and name. */
function resourceList(list: unknown, path: string, optional: string[]): Text | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) return notArray(path);
  for (const [i, resource] of list.entries()) {
    const bad = resourceProblem(resource, path, i, optional);
    if (bad) return bad;
  }
  return undefined;
}

function plannedModule(module: unknown, path: string, depth: number): Text | undefined {
  if (!isObject(module)) return notObject(path);
  if (depth > 0 && typeof module.address !== "string") return notString(`${path}.address`);
  const resources = resourceList(module.resources, `${path}.resources`, PLANNED_RESOURCE_OPTIONAL);
  if (resources) return resources;
  if (module.child_modules !== undefined) {
    if (!Array.isArray(module.child_modules)) return notArray(`${path}.child_modules`);
    for (const [i, child] of module.child_modules.entries()) {
      const bad = plannedModule(child, `${path}.child_modules[${i}]`, depth + 1);
      if (bad) return bad;
    }
  }
  return undefined;
}

/** The first break of the format in a module of `configuration`, or undefined. */
export function configurationModuleProblem(module: unknown, path: string): Text | undefined {
  if (!isObject(module)) return notObject(path);
  const resources = configuredResourcesProblem(module.resources, path);
  if (resources) return resources;
  if (module.module_calls !== undefined) {
    if (!isObject(module.module_calls)) return notObject(`${path}.module_calls`);
    for (const [name, call] of Object.entries(module.module_calls)) {
      const callPath = `${path}.module_calls.${name}`;
      const bad = moduleCallProblem(call, callPath);
      if (bad) return bad;
    }
  }
  return undefined;
}

/** The first break of the format in the resources of a module of `configuration` at `path`. */
export function configuredResourcesProblem(resources: unknown, path: string): Text | undefined {
  return resourceList(resources, `${path}.resources`, CONFIGURED_RESOURCE_OPTIONAL);
}

/** The first break of the format in the module call at `callPath` (…module_calls.<name>). */
export function moduleCallProblem(call: unknown, callPath: string): Text | undefined {
  if (!isObject(call)) return notObject(callPath);
  return call.module === undefined ? undefined : configurationModuleProblem(call.module, `${callPath}.module`);
}

/** The first break of the plan format in the fields that name resources, or undefined. */
export function planShapeProblem(plan: JsonObject): Text | undefined {
  const changes = resourceChanges(plan.resource_changes);
  if (changes) return changes;
  if (plan.planned_values !== undefined) {
    if (!isObject(plan.planned_values)) return notObject("planned_values");
    if (plan.planned_values.root_module !== undefined) {
      const bad = plannedModule(plan.planned_values.root_module, "planned_values.root_module", 0);
      if (bad) return bad;
    }
  }
  if (plan.configuration !== undefined) {
    if (!isObject(plan.configuration)) return notObject("configuration");
    if (plan.configuration.root_module !== undefined) {
      const bad = configurationModuleProblem(plan.configuration.root_module, "configuration.root_module");
      if (bad) return bad;
    }
    if (plan.configuration.provider_config !== undefined && !isObject(plan.configuration.provider_config)) {
      return notObject("configuration.provider_config");
    }
  }
  if (plan.variables !== undefined && !isObject(plan.variables)) return notObject("variables");
  return undefined;
}

// The parts of Terraform's plan format (terraform show -json) that name resources and modules.
// Findings are reported against these names, so a plan whose addresses are not strings cannot
// be judged: it is refused with the path of the first field that breaks the format.
import { Text } from "../engine/types";

type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const FORMAT = { zh: "不符合 Terraform 计划 JSON 格式", en: "does not follow Terraform's plan JSON format" };

function problem(path: string, zh: string, en: string): Text {
  return { zh: `${path} ${zh}，${FORMAT.zh}`, en: `${path} ${en}; the file ${FORMAT.en}` };
}

const notString = (path: string) => problem(path, "不是字符串", "is not a string");
const notObject = (path: string) => problem(path, "不是对象", "is not an object");
const notArray = (path: string) => problem(path, "不是数组", "is not an array");

function stringFields(value: JsonObject, path: string, keys: string[], optional: string[] = []): Text | undefined {
  for (const key of keys) if (typeof value[key] !== "string") return notString(`${path}.${key}`);
  for (const key of optional) if (key in value && typeof value[key] !== "string") return notString(`${path}.${key}`);
  return undefined;
}

function resourceChanges(changes: unknown): Text | undefined {
  if (changes === undefined) return undefined;
  if (!Array.isArray(changes)) return notArray("resource_changes");
  for (const [i, change] of changes.entries()) {
    const path = `resource_changes[${i}]`;
    if (!isObject(change)) return notObject(path);
    const bad = stringFields(change, path, ["address", "type", "name"], ["mode", "module_address", "provider_name"]);
    if (bad) return bad;
    if (!isObject(change.change)) return notObject(`${path}.change`);
  }
  return undefined;
}

/** A list of resources, each naming itself by address, type and name. */
function resourceList(list: unknown, path: string, optional: string[]): Text | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) return notArray(path);
  for (const [i, resource] of list.entries()) {
    if (!isObject(resource)) return notObject(`${path}[${i}]`);
    const bad = stringFields(resource, `${path}[${i}]`, ["address", "type", "name"], optional);
    if (bad) return bad;
  }
  return undefined;
}

function plannedModule(module: unknown, path: string, depth: number): Text | undefined {
  if (!isObject(module)) return notObject(path);
  if (depth > 0 && typeof module.address !== "string") return notString(`${path}.address`);
  const resources = resourceList(module.resources, `${path}.resources`, ["mode", "provider_name"]);
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

function configurationModule(module: unknown, path: string): Text | undefined {
  if (!isObject(module)) return notObject(path);
  const resources = resourceList(module.resources, `${path}.resources`, ["mode", "provider_config_key"]);
  if (resources) return resources;
  if (module.module_calls !== undefined) {
    if (!isObject(module.module_calls)) return notObject(`${path}.module_calls`);
    for (const [name, call] of Object.entries(module.module_calls)) {
      const callPath = `${path}.module_calls.${name}`;
      if (!isObject(call)) return notObject(callPath);
      if (call.module !== undefined) {
        const bad = configurationModule(call.module, `${callPath}.module`);
        if (bad) return bad;
      }
    }
  }
  return undefined;
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
      const bad = configurationModule(plan.configuration.root_module, "configuration.root_module");
      if (bad) return bad;
    }
    if (plan.configuration.provider_config !== undefined && !isObject(plan.configuration.provider_config)) {
      return notObject("configuration.provider_config");
    }
  }
  if (plan.variables !== undefined && !isObject(plan.variables)) return notObject("variables");
  return undefined;
}

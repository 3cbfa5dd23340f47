// A document already in memory (a slimmed plan, or the plan govguard evaluated from configuration)
// behind the IndexedPlan interface the partitioner reads: the streaming reader (src/inputs/plan-index)
// indexes files, and refuses, as a user's input, what only govguard itself writes.
import { IndexedPlan } from "../../inputs/plan-index";
import { isObject, JsonObject } from "../../model";


/** Undefined when `content` is not a JSON object. */
export function indexInMemory(file: string, content: Buffer): IndexedPlan | undefined {
  let value: unknown;
  try {
    value = JSON.parse(content.toString("utf8"));
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const header = new Map<string, string>();
  for (const [key, member] of Object.entries(value)) if (key !== "resource_changes" && key !== "configuration") header.set(key, JSON.stringify(member));
  const changes = Array.isArray(value.resource_changes) ? (value.resource_changes as unknown[]) : [];
  const configuration = isObject(value.configuration) ? value.configuration : undefined;
  const root = configuration && isObject(configuration.root_module) ? configuration.root_module : undefined;
  const calls = root && isObject(root.module_calls) ? root.module_calls : undefined;
  const text = (v: unknown): string => (v === undefined ? "null" : JSON.stringify(v));
  return {
    file,
    header,
    hasResourceChanges: Array.isArray(value.resource_changes),
    changeCount: changes.length,
    change: (i) => {
      const c = isObject(changes[i]) ? (changes[i] as JsonObject) : {};
      const str = (k: string): string => (typeof c[k] === "string" ? (c[k] as string) : "");
      return { address: str("address"), module: str("module_address"), type: str("type"), mode: str("mode"), line: 1 };
    },
    changeText: (i) => text(changes[i]),
    forEachChange: (fn) => changes.forEach((c, i) => fn(i, isObject(c) ? c : {})),
    configurationBase: () => (configuration && root && calls ? { ...configuration, root_module: { ...root, module_calls: {} } } : configuration),
    moduleCalls: calls ? Object.keys(calls) : [],
    moduleCall: (name) => JSON.parse(text(calls && Object.hasOwn(calls, name) ? calls[name] : undefined)) as unknown,
    moduleCallText: (name) => text(calls && Object.hasOwn(calls, name) ? calls[name] : undefined),
  };
}

// What a partitioned evaluation must keep together, as the policy declares it (govguard/about/joins):
// each lib that relates resources by literal name lists its joins, lib/stack and lib/oss the hub
// types every part holds. Nothing here is a second, hand-kept list of relations.
import { JOINS_ENTRYPOINT } from "../bundle";
import { PolicyEvaluator } from "../policy";

/** Resources of `type` whose `attributes` (dotted paths into `after`) hold a name of `namespace`;
 * each attribute is a list of alternatives, read as the rules read them: the first holding a name;
 * `named` when that is the resource's own name (a bucket's `bucket`), not a reference to another's. */
export interface NameJoin {
  namespace: string;
  type: string;
  attributes: string[][];
  /** With one attribute: the name is the regular expression's first group (an ARN's project). */
  pattern?: string;
  named: boolean;
}

export interface JoinDeclarations {
  names: NameJoin[];
  /** Types (as rules read them) whose resources every part holds. */
  hubs: string[];
  /** Types (as rules read them) read only for whether the stack has one: every part holds the first. */
  witnesses: string[];
  /** Types (as rules read them) whose resources naming a hub are judged with the others of their type naming it. */
  siblings: string[];
  /** By hub type: the types a hub of it is judged against, every resource of them (the part owning the hub holds them all). */
  companions: Record<string, string[]>;
  /** Deprecated types by the type rules read them as. */
  aliases: Record<string, string>;
}

function fail(detail: string): never {
  throw new Error(`${JOINS_ENTRYPOINT}: ${detail}`);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

/** Checks the entrypoint's result (a bundle built from other sources could return anything). */
export function parseJoins(raw: unknown): JoinDeclarations {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail("did not return an object");
  const o = raw as Record<string, unknown>;
  if (!Array.isArray(o.names)) fail("names is not a list");
  if (!isStringArray(o.hubs)) fail("hubs is not a list of strings");
  if (!isStringArray(o.witnesses)) fail("witnesses is not a list of strings");
  if (!isStringArray(o.siblings)) fail("siblings is not a list of strings");
  const companions = o.companions;
  if (typeof companions !== "object" || companions === null || Array.isArray(companions) || !Object.values(companions).every(isStringArray)) {
    fail("companions is not an object of lists of strings");
  }
  const aliases = o.aliases;
  if (typeof aliases !== "object" || aliases === null || Array.isArray(aliases) || !Object.values(aliases).every((v) => typeof v === "string")) {
    fail("aliases is not an object of strings");
  }
  const names = o.names.map((entry: unknown): NameJoin => {
    const e = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    const attributes = Array.isArray(e.attributes) ? e.attributes.map((a: unknown) => (typeof a === "string" ? [a] : a)) : [];
    if (typeof e.namespace !== "string" || typeof e.type !== "string" || attributes.length === 0 || !attributes.every((a) => isStringArray(a) && a.length > 0)) fail(`malformed join ${JSON.stringify(entry)}`);
    if (e.pattern !== undefined && (typeof e.pattern !== "string" || attributes.length !== 1 || !compiles(e.pattern))) fail(`malformed pattern in ${JSON.stringify(entry)}`);
    return { namespace: e.namespace, type: e.type, attributes: attributes as string[][], named: e.named === true, ...(typeof e.pattern === "string" ? { pattern: e.pattern } : {}) };
  });
  return {
    names,
    hubs: o.hubs,
    witnesses: o.witnesses,
    siblings: o.siblings,
    companions: Object.assign(Object.create(null) as Record<string, string[]>, companions),
    aliases: Object.assign(Object.create(null) as Record<string, string>, aliases),
  };
}

interface Queries {
  query<T>(entrypoint: string, input: object): T;
}

/** The joins the loaded bundle declares. */
export function joinsOf(evaluator: PolicyEvaluator): JoinDeclarations {
  // PolicyEvaluator's input-free query is private; this is the one entrypoint it has no method for yet.
  return parseJoins((evaluator as unknown as Queries).query<unknown>(JOINS_ENTRYPOINT, {}));
}

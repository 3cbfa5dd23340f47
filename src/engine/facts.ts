// The parameter questions the constructs ask the policy ("which types are data-bearing?", "may this
// port be public?", "is this region allowed?"), answered from the bundle's govguard/about/facts
// entrypoint: the policy computes the answers from its own lib and the configuration it was given,
// so no second copy of a list lives in TypeScript.
import { FACTS_ENTRYPOINT } from "./bundle";
import { PolicyEvaluator } from "./policy";

/** What govguard/about/facts returns, for one configuration. */
export interface PolicyFacts {
  /** Types lib/classification treats as holding data, with the deprecated names read as them. */
  readonly dataBearingTypes: readonly string[];
  /** public.ports */
  readonly publicPorts: readonly number[];
  /** admin.ports */
  readonly adminPorts: readonly number[];
  /** regions.allowed */
  readonly allowedRegions: readonly string[];
  /** cloud.platform */
  readonly platform: string;
  /** The regions of that platform. */
  readonly platformRegions: readonly string[];
  /** Deprecated resource types, by the type every rule reads them as. */
  readonly aliases: ReadonlyMap<string, string>;
}

function strings(raw: Record<string, unknown>, key: string): string[] {
  const value = raw[key];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) throw new Error(`${FACTS_ENTRYPOINT}: ${key} is not a list of strings`);
  return value as string[];
}

function numbers(raw: Record<string, unknown>, key: string): number[] {
  const value = raw[key];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "number")) throw new Error(`${FACTS_ENTRYPOINT}: ${key} is not a list of numbers`);
  return value as number[];
}

/** Checks the entrypoint's result (a bundle built from other sources could return anything). */
export function parseFacts(raw: unknown): PolicyFacts {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error(`${FACTS_ENTRYPOINT} did not return an object`);
  const o = raw as Record<string, unknown>;
  const aliases = o.aliases;
  if (typeof aliases !== "object" || aliases === null || Array.isArray(aliases) || !Object.values(aliases).every((v) => typeof v === "string")) {
    throw new Error(`${FACTS_ENTRYPOINT}: aliases is not an object of strings`);
  }
  if (typeof o.platform !== "string") throw new Error(`${FACTS_ENTRYPOINT}: platform is not a string`);
  return {
    dataBearingTypes: strings(o, "data_bearing_types"),
    publicPorts: numbers(o, "public_ports"),
    adminPorts: numbers(o, "admin_ports"),
    allowedRegions: strings(o, "allowed_regions"),
    platform: o.platform,
    platformRegions: strings(o, "platform_regions"),
    aliases: new Map(Object.entries(aliases as Record<string, string>)),
  };
}

/** The parameter questions, answered for one configuration. */
export class Facts {
  constructor(readonly data: PolicyFacts) {}

  /** Whether lib/classification treats a resource of `type` as holding data (A21.1, A12.1). */
  isDataBearing(type: string): boolean {
    return this.data.dataBearingTypes.includes(type);
  }

  /** Whether the internet may reach `port` (public.ports, A19.2). */
  mayBePublic(port: number): boolean {
    return this.data.publicPorts.includes(port);
  }

  /** Whether `port` is an administration port (admin.ports, A19.1). */
  isAdminPort(port: number): boolean {
    return this.data.adminPorts.includes(port);
  }

  /** Whether a provider may be in `region`: allowed (A23.1) and of the declared platform (A24.1). */
  isRegionAllowed(region: string): boolean {
    return this.data.allowedRegions.includes(region) && this.data.platformRegions.includes(region);
  }

  /** The type every rule reads a resource of `type` as. */
  canonicalType(type: string): string {
    return this.data.aliases.get(type) ?? type;
  }
}

/** The facts of the configuration `evaluator` was loaded with. */
export function factsOf(evaluator: PolicyEvaluator): Facts {
  return new Facts(parseFacts(evaluator.facts()));
}

// Parts of a plan as documents: the header, the part's resource changes in plan order (its own
// and its context), and the configuration with the resource configurations of other parts left out.
// Variables and provider configurations stay whole, and so do the module calls a provider
// configuration is declared under (its region is resolved through them whichever resources a part
// holds). Of the other module calls, the first part carries every one (stripped of the resource
// configurations it does not hold) and the others only those their resources are under: rules
// reach a module call only from a resource in it (lib/plan module_argument, config_resource) or
// from a provider configuration, so a call no held resource is under changes no finding, and the
// configuration of every part would otherwise grow with the estate (8 MB a part at 1,000,000
// resources, 3,390 calls).
import { randomUUID } from "node:crypto";
import { IndexedPlan } from "../../inputs/plan-index";
import { Graph, moduleNames, modulePath } from "./graph";
import { isObject, JsonObject } from "../../model";
import { checkHeap, heapStep } from "../../heap-guard";
import { utf8 } from "./utf8";
import { ConfigAddresses } from "./config-addresses";
import { PlanTexts } from "./plan-texts";


/** What a part holds, as its calls are made from it. */
interface Holdings {
  part: PartPlan;
  heldConfig: ConfigAddresses;
  heldByCall: Map<string, string[]>;
}

export interface PartPlan {
  /** Change indexes whose findings this part reports. */
  own: number[];
  /** Change indexes it holds besides, in plan order with `own`. */
  all: number[];
  /** Whether it carries every module call (the first part). */
  everyCall: boolean;
  /** Whether it owns a hub with neighbours (and so holds them). */
  hub: boolean;
}

/** Groups packed in plan order into parts of up to `max` own resources; a larger group is a part of
 * its own, and so is a group holding a hub with neighbours: each such part holds its hubs' neighbours
 * only, not every hub's (at 100,000 resources, 5,566 login profiles for the security preference and
 * 9,900 loggings, flow logs and VPCs for the archive bucket and the flow log store). */
export function pack(graph: Graph, max: number): PartPlan[] {
  const packed: number[][] = [];
  let current: number[] = [];
  for (const group of graph.groups) {
    heapStep(group.length);
    const alone = group.some((i) => graph.neighbours.has(i));
    if (current.length > 0 && (alone || current.length + group.length > max)) {
      packed.push(current);
      current = [];
    }
    for (const i of group) current.push(i);
    if (alone) {
      packed.push(current);
      current = [];
    }
  }
  if (current.length > 0) packed.push(current);
  return packed.map((own, n) => {
    heapStep(own.length);
    const holds = new Set(own);
    for (const i of graph.everywhere) holds.add(i);
    let hub = false;
    for (const h of own) {
      const neighbours = graph.neighbours.get(h);
      if (neighbours === undefined) continue;
      hub = true;
      for (const i of neighbours) holds.add(i);
    }
    for (const i of own) for (const list of graph.siblings.get(i) ?? []) for (const j of list) holds.add(j);
    if (n === 0) for (const i of graph.others) holds.add(i);
    return { own, all: [...holds].sort((a, b) => a - b), everyCall: n === 0, hub };
  });
}

/** A configuration module with only the resource configurations `keep` accepts, module calls below it alike. */
function filterModule(module: unknown, path: string, keep: (path: string, address: string) => boolean): unknown {
  if (!isObject(module)) return module;
  const out: JsonObject = { ...module };
  if (Array.isArray(module.resources)) {
    out.resources = module.resources.filter((r: unknown) => !isObject(r) || r.mode !== "managed" || typeof r.address !== "string" || keep(path, r.address));
  }
  if (isObject(module.module_calls)) {
    const calls = Object.create(null) as JsonObject;
    for (const [name, call] of Object.entries(module.module_calls)) {
      calls[name] = isObject(call) ? { ...call, module: filterModule(call.module, path === "" ? `module.${name}` : `${path}.module.${name}`, keep) } : call;
    }
    out.module_calls = calls;
  }
  return out;
}

/** Builds each part's document on demand, so that only one is in memory at a time. */
export class PartWriter {
  private readonly base: JsonObject | undefined;
  private readonly strippedCalls = new Map<string, string>();
  private readonly partialCalls = new Map<string, string>();
  /** The calls of the parts owning hubs, made in one sweep when the first of them is built. */
  private sweptCalls: Map<PartPlan, Map<string, string>> | undefined;
  private changedCounts: Map<string, number> | undefined;
  /** Top-level module calls a provider configuration is declared under. */
  private readonly providerCalls: Set<string>;

  constructor(
    private readonly plan: IndexedPlan,
    private readonly graph: Graph,
    /** Every part to be built: those owning hubs have their calls made together. */
    private readonly parts: readonly PartPlan[],
    /** Each change's and call's text: as the graph's pass read it when kept, else read again from the plan. */
    private readonly texts: PlanTexts,
  ) {
    this.base = plan.configurationBase();
    const providers = this.base !== undefined && isObject(this.base.provider_config) ? Object.values(this.base.provider_config) : [];
    this.providerCalls = new Set(providers.flatMap((p) => (isObject(p) && typeof p.module_address === "string" ? moduleNames(p.module_address).slice(0, 1) : [])));
  }

  /** A module call without the configurations of resources that have changes: what a part that holds none of them needs. */
  private strippedCall(name: string): string {
    let text = this.strippedCalls.get(name);
    if (text === undefined) {
      checkHeap();
      const call = this.texts.call(name);
      const stripped = isObject(call) ? { ...call, module: filterModule(call.module, `module.${name}`, (p, a) => !this.graph.changedConfig.has(p, a)) } : call;
      text = JSON.stringify(stripped);
      this.strippedCalls.set(name, text);
    }
    return text;
  }

  /** The resource configurations a part holds, and their keys by top-level call. */
  private holdings(part: PartPlan): Holdings {
    const heldConfig = new ConfigAddresses();
    const heldByCall = new Map<string, string[]>();
    for (const i of part.all) {
      const r = this.graph.resources.get(i);
      if (r === undefined) continue;
      const path = modulePath(r.module);
      const local = r.local;
      heldConfig.add(path, local);
      const call = moduleNames(r.module)[0];
      if (call === undefined) continue;
      const key = `${path}|${local}`;
      const keys = heldByCall.get(call);
      if (keys) keys.push(key);
      else heldByCall.set(call, [key]);
    }
    return { part, heldConfig, heldByCall };
  }

  /**
   * The module calls of every part owning a hub, each call parsed once for all of them: such a
   * part holds resources under most calls (a hub's neighbours are everywhere), and each parsed
   * every call again (at 100,000 resources, 333 calls for each of three parts: 0.44-0.54 s a part).
   * A call only one of them holds is left to be made when that part is built.
   */
  private sweepHubCalls(): void {
    if (this.sweptCalls !== undefined) return;
    this.sweptCalls = new Map();
    const hubs = this.parts.filter((p) => p.hub).map((p) => this.holdings(p));
    if (hubs.length < 2) return;
    for (const h of hubs) this.sweptCalls.set(h.part, new Map());
    for (const name of this.plan.moduleCalls) {
      const holding = hubs.filter((h) => h.heldByCall.has(name));
      if (holding.length < 2) continue;
      checkHeap();
      const call = this.texts.call(name);
      let whole: string | undefined;
      for (const h of holding) {
        const text = this.heldKeys(name, h.heldByCall) === undefined ? (whole ??= JSON.stringify(call)) : this.filteredCall(call, name, h.heldConfig);
        this.sweptCalls.get(h.part)!.set(name, text);
      }
    }
  }

  content(part: PartPlan): Buffer {
    checkHeap();
    if (part.hub) this.sweepHubCalls();
    const { heldConfig, heldByCall } = this.holdings(part);
    const pieces: string[] = ["{"];
    const member = (key: string): void => {
      pieces.push(`${pieces.length === 1 ? "" : ","}${JSON.stringify(key)}:`);
    };
    for (const [key, text] of this.plan.header) {
      member(key);
      pieces.push(text);
    }
    if (this.plan.hasResourceChanges) {
      member("resource_changes");
      pieces.push("[");
      part.all.forEach((i, k) => {
        if (k > 0) pieces.push(",");
        pieces.push(this.texts.text(i));
      });
      pieces.push("]");
    }
    if (this.base !== undefined) {
      member("configuration");
      this.configuration(part, heldConfig, heldByCall, pieces);
    }
    pieces.push("}");
    return utf8(pieces);
  }

  /** The configuration of the resources a part holds, and of those no plan change names. */
  private keep(heldConfig: ConfigAddresses): (path: string, address: string) => boolean {
    return (path, address) => heldConfig.has(path, address) || !this.graph.changedConfig.has(path, address);
  }

  /** The call as the index holds it when the part holds all its resources (a module it owns);
   * else with only the configurations of those it holds, kept for the next part that holds the same. */
  private heldCall(part: PartPlan, name: string, heldConfig: ConfigAddresses, heldByCall: Map<string, string[]>): string {
    const swept = this.sweptCalls?.get(part);
    const text = swept?.get(name);
    if (text !== undefined) {
      // Made for this part alone: let go once used (a part read again makes it as below).
      swept!.delete(name);
      return text;
    }
    const held = this.heldKeys(name, heldByCall);
    if (held === undefined) return this.texts.callText(name);
    const key = `${name}\u0000${held.join("\u0000")}`;
    let partial = this.partialCalls.get(key);
    if (partial === undefined) {
      checkHeap();
      partial = this.filteredCall(this.texts.call(name), name, heldConfig);
      // Kept when few: the hubs and witnesses every part holds, not one part's neighbours.
      if (held.length <= 16) this.partialCalls.set(key, partial);
    }
    return partial;
  }

  /** The keys of the resource configurations a part holds under call `name`, sorted; undefined
   * when they are all those with changes (the call goes in as the index holds it). */
  private heldKeys(name: string, heldByCall: Map<string, string[]>): string[] | undefined {
    const held = [...new Set(heldByCall.get(name) ?? [])].sort();
    return held.length === this.changedIn(name) ? undefined : held;
  }

  /** A call with only the resource configurations a part holds, and those no change names. */
  private filteredCall(call: unknown, name: string, heldConfig: ConfigAddresses): string {
    return JSON.stringify(isObject(call) ? { ...call, module: filterModule(call.module, `module.${name}`, this.keep(heldConfig)) } : call);
  }

  /** How many resource configurations under a call have changes. */
  private changedIn(name: string): number {
    if (this.changedCounts === undefined) {
      this.changedCounts = new Map();
      for (const [path, count] of this.graph.changedConfig.counts()) {
        const call = moduleNames(path)[0];
        if (call !== undefined) this.changedCounts.set(call, (this.changedCounts.get(call) ?? 0) + count);
      }
    }
    return this.changedCounts.get(name) ?? 0;
  }

  /** Pushes the part's configuration, as JSON text, onto `pieces`. */
  private configuration(part: PartPlan, heldConfig: ConfigAddresses, heldByCall: Map<string, string[]>, pieces: string[]): void {
    const base = this.base!;
    if (!isObject(base.root_module)) return void pieces.push(JSON.stringify(base));
    const root = filterModule({ ...base.root_module, module_calls: undefined }, "", this.keep(heldConfig)) as JsonObject;
    if (!isObject(base.root_module.module_calls)) return void pieces.push(JSON.stringify({ ...base, root_module: { ...root, module_calls: base.root_module.module_calls } }));
    // The calls go in as the index holds them, as text: a sentinel no input can predict marks their place.
    const sentinel = JSON.stringify(`govguard-module-calls-${randomUUID()}`);
    const text = JSON.stringify({ ...base, root_module: { ...root, module_calls: JSON.parse(sentinel) as string } });
    const at = text.indexOf(sentinel);
    pieces.push(text.slice(0, at), "{");
    const carried = part.everyCall ? this.plan.moduleCalls : this.plan.moduleCalls.filter((name) => heldByCall.has(name) || this.providerCalls.has(name));
    carried.forEach((name, k) => {
      pieces.push(`${k === 0 ? "" : ","}${JSON.stringify(name)}:`, heldByCall.has(name) ? this.heldCall(part, name, heldConfig, heldByCall) : this.strippedCall(name));
    });
    pieces.push("}", text.slice(at + sentinel.length));
  }
}


// Which resources of a plan must be evaluated together. Groups start as top-level module calls
// (a module instance's resources refer to each other by reference, which lib/links resolves only
// within the instance) and root-module resources one by one (joined when one's configuration
// refers to another); groups holding one literal name of one namespace (lib joins) are merged.
// Hubs, which every application relates to, are not merged through: every part holds them, with
// what refers to them or they refer to in their module instance; a hub's group is merged with what
// it names; the part owning a hub holds what names it (its neighbours), and a part holding a
// resource of a sibling type a control declares holds the others of its type naming the same hub.
// Neighbours and siblings come with what they refer to for values unknown until apply.
import { IndexedPlan } from "../../inputs/plan-index";
import { JoinDeclarations, NameJoin } from "./joins";
import { isObject } from "../../model";
import { heapStep } from "../../heap-guard";
import { ConfigAddresses } from "./config-addresses";


/** A name shared by more groups than this is a hub's (a shared log project, an archive bucket):
 * its named resources are copied into every part instead of merging every application into one. */
export const HUB_GROUPS = 3;

class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[x] !== root) {
      const next = this.parent[x];
      this.parent[x] = root;
      x = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const MODULE_STEP = /module\.([^.["]+)(\[(?:"(?:[^"\\]|\\.)*"|[0-9]+)\])?/g;

// Module instance addresses repeat (one per resource, 2,661 distinct at 100,000 resources), and
// the graph and every part's holdings ask for their names: matching each again was 0.25 s of a
// 100,000-resource partition. Resources come in address order, so those of one module instance
// come together and a small memory, cleared when full, answers nearly every question: with room
// for all 26,620 addresses of 1,000,000 resources the run peaked 70-100 MiB higher (three runs).
const MODULE_CACHE_SIZE = 1024;
// A longer address (a hostile for_each key) is matched each time rather than kept: the cache holds
// at most MODULE_CACHE_SIZE short strings, not the texts a long one may be a slice of.
const MODULE_CACHED_CHARS = 512;
const moduleCache = new Map<string, { names: readonly string[]; path: string }>();

function moduleOf(address: string): { names: readonly string[]; path: string } {
  let known = moduleCache.get(address);
  if (known === undefined) {
    const names = Object.freeze([...address.matchAll(MODULE_STEP)].map((m) => m[1]));
    known = { names, path: names.map((n) => `module.${n}`).join(".") };
    if (address.length > MODULE_CACHED_CHARS) return known;
    if (moduleCache.size >= MODULE_CACHE_SIZE) moduleCache.clear();
    moduleCache.set(address, known);
  }
  return known;
}

/** Module call names of a module instance address: module.a[0].module.b["x"] -> ["a", "b"]. */
export function moduleNames(address: string): readonly string[] {
  return moduleOf(address).names;
}

/** The configuration path of a module instance address, as lib/plan's module_paths gives it. */
export function modulePath(address: string): string {
  return moduleOf(address).path;
}

const NOT_RESOURCES = new Set(["data", "var", "local", "module", "each", "count", "path", "terraform", "self"]);
const REFERENCE = /^([a-z][a-z0-9_]*)\.([\p{L}_][\p{L}\p{N}\p{M}_-]*)/u;

/** "type.name" of every resource a configuration resource's expressions (of `attributes`, when
 * given) refer to (lib/links). */
export function referencedResources(configResource: unknown, attributes?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const walk = (node: unknown, key: string): void => {
    if (Array.isArray(node)) {
      if (key === "references") {
        for (const text of node) {
          if (typeof text !== "string") continue;
          const m = REFERENCE.exec(text);
          if (m && !NOT_RESOURCES.has(m[1])) out.push(`${m[1]}.${m[2]}`);
        }
      } else for (const v of node) walk(v, "");
    } else if (isObject(node)) for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  if (isObject(configResource) && isObject(configResource.expressions)) {
    const expressions = configResource.expressions;
    if (attributes === undefined) walk(expressions, "");
    else for (const attribute of attributes) if (Object.hasOwn(expressions, attribute)) walk(expressions[attribute], "");
  }
  return out;
}

/** Every value at a dotted path of `after`, through lists of blocks, that `after_unknown` does not
 * flag unknown, read as lib/fields reads it: only a flag on the attribute itself makes a value
 * unknown; a block's bodies take their flags from the block's list of flags (or its one object
 * for the first body), and a flag that is not an object is none (lib/plan `object_or_empty`). */
function valuesAt(after: unknown, unknown: unknown, path: string[]): unknown[] {
  let nodes: [unknown, JsonFlags][] = [[after, isObject(unknown) ? unknown : {}]];
  path.forEach((step, depth) => {
    const last = depth === path.length - 1;
    const next: [unknown, JsonFlags][] = [];
    for (const [node, flags] of nodes) {
      if (!isObject(node) || !Object.hasOwn(node, step)) continue;
      const value = node[step];
      const flag = Object.hasOwn(flags, step) ? flags[step] : undefined;
      if (last) {
        if (flag !== true) next.push([value, {}]);
        continue;
      }
      (Array.isArray(value) ? value : [value]).forEach((body, i) => {
        const own = Array.isArray(flag) ? flag[i] : i === 0 ? flag : undefined;
        next.push([body, isObject(own) ? own : {}]);
      });
    }
    nodes = next;
  });
  return nodes.map(([value]) => value);
}

/** The name tuples a resource holds under one declaration; null where an attribute holds no literal
 * name (unknown until apply, or set by reference: a log store whose project is a reference). */
function joinTuples(after: unknown, unknown: unknown, join: NameJoin, pattern: RegExp | undefined): (string | null)[][] {
  let tuples: (string | null)[][] = [[]];
  for (const alternatives of join.attributes) {
    const names: string[] = [];
    // The first alternative holding a text is the one read (a log store's project_name before its
    // deprecated project, unknown until apply when project_name is set).
    const texts = alternatives.map((a) => valuesAt(after, unknown, a.split(".")).filter((v) => typeof v === "string")).find((list) => list.length > 0) ?? [];
    for (const v of texts) {
      if (pattern === undefined) names.push(v);
      else {
        const m = pattern.exec(v);
        if (m && typeof m[1] === "string") names.push(m[1]);
      }
    }
    tuples = names.length === 0 ? tuples.map((t) => [...t, null]) : tuples.flatMap((t) => names.map((n) => [...t, n]));
  }
  // A tuple with no literal name relates nothing it can be keyed by (a resource of no name is
  // related by reference, within its group).
  return tuples.filter((t) => t.some((n) => n !== null));
}

type JsonFlags = Record<string, unknown>;

// Stands for a name a tuple does not hold: no literal name is this character.
const ANY = "\u0001";

/** The key of a tuple with the positions in `wild` (a mask of "1"/"0") read as any name. */
function keyOf(namespace: string, tuple: (string | null)[], wild: string): string {
  return [namespace, ...tuple.map((n, k) => (wild[k] === "1" ? ANY : n))].join("\u0000");
}

// lib/sensitive: texts of at least four characters, and whole numbers of at least 1000, that a
// plan marks sensitive are scrubbed from every message of the report, whichever resource holds them.
function holdsSensitiveText(value: unknown): boolean {
  if (typeof value === "string") return value.length >= 4;
  if (typeof value === "number") return Number.isInteger(value) && Math.abs(value) >= 1000;
  if (Array.isArray(value)) return value.some(holdsSensitiveText);
  if (isObject(value)) return Object.values(value).some(holdsSensitiveText);
  return false;
}

function marksTrue(flags: unknown): boolean {
  if (flags === true) return true;
  if (Array.isArray(flags)) return flags.some(marksTrue);
  if (isObject(flags)) return Object.values(flags).some(marksTrue);
  return false;
}

function marksSensitive(flags: unknown, values: unknown): boolean {
  if (flags === true) return holdsSensitiveText(values);
  if (Array.isArray(flags)) return flags.some((f, i) => marksSensitive(f, Array.isArray(values) ? values[i] : undefined));
  if (isObject(flags)) return Object.entries(flags).some(([k, f]) => marksSensitive(f, isObject(values) && Object.hasOwn(values, k) ? values[k] : undefined));
  return false;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// A resource type is "<provider>_<kind>": a type without "_" ("alicloud") would give addresses
// that read as provider keys ("alicloud.hk").
const RESOURCE_TYPE = /^[A-Za-z][A-Za-z0-9-]*_[A-Za-z0-9_-]*$/;
const INSTANCE_KEY = /^(?:\[(?:[0-9]+|"(?:[^"\\]|\\.)*")\])?$/;
const MODULE_ADDRESS = /^(?:module\.[A-Za-z_][A-Za-z0-9_-]*(?:\[(?:[0-9]+|"(?:[^"\\]|\\.)*")\])?)(?:\.module\.[A-Za-z_][A-Za-z0-9_-]*(?:\[(?:[0-9]+|"(?:[^"\\]|\\.)*")\])?)*$/;

/** Whether `address` is the address Terraform gives a managed resource `type.name` in `module`. */
export function isResourceAddress(address: string, module: string, type: string, name: string): boolean {
  if (!RESOURCE_TYPE.test(type) || !IDENT.test(name) || type === "data" || type === "module") return false;
  if (module !== "" && !MODULE_ADDRESS.test(module)) return false;
  const prefix = `${module === "" ? "" : `${module}.`}${type}.${name}`;
  return address.startsWith(prefix) && INSTANCE_KEY.test(address.slice(prefix.length));
}

export class Resource {
  constructor(
    readonly index: number,
    readonly address: string,
    /** Module instance address, "" in the root. */
    readonly module: string,
    /** Where "type.name" ends in the address. */
    readonly localEnd: number,
  ) {}

  /** "type.name", read from the address (isResourceAddress: [module.]type.name[key]) when asked:
   * held for every resource of the plan, it was a tenth of the graph's memory. */
  get local(): string {
    return this.address.slice(this.module === "" ? 0 : this.module.length + 1, this.localEnd);
  }
}

/** Managed resources by change index, in change order. Held for the whole evaluation, so each
 * resource is three slots of arrays and a Resource is made when asked: at 1,000,000 resources the
 * Resource objects and their array took 66 MiB of the heap, these arrays 20 MiB. (A Map took 3.5
 * MiB at 100,000 resources where one array of objects took 0.8.) */
export class ResourceTable {
  private readonly addresses: (string | undefined)[] = [];
  private readonly modules: (string | undefined)[] = [];
  private localEnds = new Int32Array(1024);
  private count = 0;

  set(index: number, resource: Resource): void {
    while (this.addresses.length <= index) {
      this.addresses.push(undefined);
      this.modules.push(undefined);
    }
    if (index >= this.localEnds.length) {
      const grown = new Int32Array(Math.max(index + 1, 2 * this.localEnds.length));
      grown.set(this.localEnds);
      this.localEnds = grown;
    }
    if (this.addresses[index] === undefined) this.count++;
    this.addresses[index] = resource.address;
    this.modules[index] = resource.module;
    this.localEnds[index] = resource.localEnd;
  }

  get(index: number): Resource | undefined {
    const address = this.addresses[index];
    return address === undefined ? undefined : new Resource(index, address, this.modules[index] as string, this.localEnds[index]);
  }

  get size(): number {
    return this.count;
  }

  *values(): Generator<Resource> {
    for (let i = 0; i < this.addresses.length; i++) if (this.addresses[i] !== undefined) yield this.get(i) as Resource;
  }

  *keys(): Generator<number> {
    for (let i = 0; i < this.addresses.length; i++) if (this.addresses[i] !== undefined) yield i;
  }
}

export interface Graph {
  /** Managed resources by change index. */
  resources: ResourceTable;
  /** Changes that are not managed resources (data sources): no control reads them. */
  others: number[];
  /** Groups of change indexes, each evaluated in one part, in plan order. */
  groups: number[][];
  /** Copied into every part: hubs with their groups, the first of each witness type, and resources holding sensitive values. */
  everywhere: Set<number>;
  /** Hubs: the part owning one also holds its `neighbours`. */
  hubs: Set<number>;
  /** Resources sharing a name with a hub. */
  /** By hub: the resources sharing a name with it (and a companion's of its type), with what they refer to for values unknown until apply. */
  neighbours: Map<number, Set<number>>;
  /** Of a resource naming a hub: the lists of resources of its type naming the same, held with it. */
  siblings: Map<number, number[][]>;
  /** The configuration address of every managed resource with a change, by module path. */
  changedConfig: ConfigAddresses;
}

/** Undefined when the plan is not one the partitioner can split safely (then it is one part). */
export function buildGraph(plan: IndexedPlan, joins: JoinDeclarations, rootResources: unknown[], moduleResources: (path: string) => unknown[]): Graph | undefined {
  const canonical = (type: string): string => (Object.hasOwn(joins.aliases, type) ? joins.aliases[type] : type);
  const byType = new Map<string, { join: NameJoin; pattern?: RegExp }[]>();
  for (const join of joins.names) {
    const list = byType.get(canonical(join.type)) ?? [];
    list.push({ join, pattern: join.pattern === undefined ? undefined : new RegExp(join.pattern, "u") });
    byType.set(canonical(join.type), list);
  }
  const hubTypes = new Set(joins.hubs.map(canonical));
  const witnessTypes = new Set(joins.witnesses.map(canonical));
  const siblingTypes = new Set(joins.siblings.map(canonical));
  const witnessed = new Set<string>();

  const uf = new UnionFind();
  const baseIds = new Map<string, number>();
  const base = (key: string): number => {
    let id = baseIds.get(key);
    if (id === undefined) {
      id = uf.add();
      baseIds.set(key, id);
    }
    return id;
  };
  const resources = new ResourceTable();
  const others: number[] = [];
  // A resource's starting node by change index.
  const nodeOf = new Int32Array(plan.changeCount);
  const addresses = new Set<string>();
  const keyMembers = new Map<string, { index: number; named: boolean }[]>();
  const everywhere = new Set<number>();
  const hubs = new Set<number>();
  const changedConfig = new ConfigAddresses();
  let malformed = false;
  const tuples: { namespace: string; tuple: (string | null)[]; index: number; named: boolean }[] = [];
  const wildMasks = new Map<string, Set<string>>();
  const unknownAttributes = new Map<number, Set<string>>();

  // Module instance addresses repeat: one configuration path each.
  const paths = new Map<string, string>();
  const pathOf = (module: string): string => {
    let path = paths.get(module);
    if (path === undefined) paths.set(module, (path = modulePath(module)));
    return path;
  };

  plan.forEachChange((i, change) => {
    const mode = Object.hasOwn(change, "mode") ? change.mode : "managed";
    if (mode !== "managed") {
      others.push(i);
      return;
    }
    const { address, type, name } = change;
    const module = Object.hasOwn(change, "module_address") ? change.module_address : "";
    // A finding is routed to the part owning its address: an address that is not a resource's as
    // Terraform writes it ("(stack)", a provider key), or that two changes share, could capture
    // findings no part is complete for. Such a plan is one part.
    if (typeof address !== "string" || typeof type !== "string" || typeof name !== "string" || typeof module !== "string" || addresses.has(address) || !isResourceAddress(address, module, type, name)) {
      malformed = true;
      return;
    }
    addresses.add(address);
    const local = `${type}.${name}`;
    // The index's strings, equal to these (the index checks the address, and interns modules): the
    // graph is held for the whole evaluation, one copy is enough.
    const indexed = plan.change(i);
    const held = indexed.address === address ? indexed.address : address;
    const resource = new Resource(i, held, indexed.module === module ? indexed.module : module, (module === "" ? 0 : module.length + 1) + local.length);
    resources.set(i, resource);
    changedConfig.add(pathOf(module), resource.local);
    const calls = moduleNames(module);
    nodeOf[i] = base(calls.length === 0 ? `root:${local}` : `call:${calls[0]}`);
    const body = isObject(change.change) ? change.change : {};
    const after = body.after;
    const rulesType = canonical(type);
    if (hubTypes.has(rulesType)) hubs.add(i);
    // lib/resources counts a type without the resources a plan deletes.
    const deleted = Array.isArray(body.actions) && body.actions.length === 1 && body.actions[0] === "delete";
    if (witnessTypes.has(rulesType) && !deleted && !witnessed.has(rulesType)) {
      witnessed.add(rulesType);
      everywhere.add(i);
    }
    if (marksSensitive(body.after_sensitive, after)) everywhere.add(i);
    // Of a resource that may name a hub: what it sets from values unknown until apply, which rules
    // resolve through the references it is set from.
    const unknown = body.after_unknown;
    if (byType.has(rulesType) && isObject(unknown)) {
      const pending = Object.keys(unknown).filter((k) => marksTrue(unknown[k]));
      if (pending.length > 0) unknownAttributes.set(i, new Set(pending));
    }
    for (const { join, pattern } of byType.get(rulesType) ?? []) {
      for (const tuple of joinTuples(after, body.after_unknown, join, pattern)) {
        tuples.push({ namespace: join.namespace, tuple, index: i, named: join.named });
        if (tuple.includes(null)) {
          const masks = wildMasks.get(join.namespace) ?? new Set<string>();
          masks.add(tuple.map((n) => (n === null ? "1" : "0")).join(""));
          wildMasks.set(join.namespace, masks);
        }
      }
    }
  });
  if (malformed) return undefined;
  addresses.clear();

  // A tuple missing a name may be joined, once applied, to any tuple with its other names: it is
  // keyed by those, and so is every tuple of its namespace.
  for (const { namespace, tuple, index, named } of tuples) {
    heapStep();
    const masks = ["0".repeat(tuple.length), ...(wildMasks.get(namespace) ?? [])];
    for (const mask of masks) {
      if (tuple.some((n, k) => n === null && mask[k] !== "1")) continue;
      if (!tuple.some((n, k) => n !== null && mask[k] !== "1")) continue;
      const key = keyOf(namespace, tuple, mask);
      const members = keyMembers.get(key) ?? [];
      members.push({ index, named });
      keyMembers.set(key, members);
    }
  }

  // Root resources refer to each other by reference (lib/links resolves them within the module).
  for (const r of rootResources) {
    if (!isObject(r) || typeof r.address !== "string" || !baseIds.has(`root:${r.address}`)) continue;
    for (const target of referencedResources(r)) if (baseIds.has(`root:${target}`)) uf.union(base(`root:${r.address}`), base(`root:${target}`));
  }

  // What hubs name or refer to comes with them (a trail's bucket and log project).
  const byModuleLocal = new Map<string, number[]>();
  for (const r of resources.values()) {
    heapStep();
    const key = `${r.module}|${r.local}`;
    const list = byModuleLocal.get(key);
    if (list) list.push(r.index);
    else byModuleLocal.set(key, [r.index]);
  }
  // Work that reads module configurations goes call by call: the caller parses one top-level call
  // at a time (graphOf), and all of them at once would hold the whole configuration.
  const inCallOrder = (indexes: Iterable<number>): number[] => {
    const byCall = new Map<string, number[]>();
    for (const i of indexes) {
      const call = moduleNames(resources.get(i)!.module)[0] ?? "";
      const list = byCall.get(call);
      if (list) list.push(i);
      else byCall.set(call, [i]);
    }
    return [...byCall.values()].flat();
  };
  const anchors = new Set(hubs);
  for (const h of inCallOrder(anchors)) {
    heapStep();
    const r = resources.get(h)!;
    const configs = r.module === "" ? rootResources : moduleResources(modulePath(r.module));
    const config = configs.find((c) => isObject(c) && c.address === r.local);
    for (const target of referencedResources(config)) {
      for (const t of byModuleLocal.get(`${r.module}|${target}`) ?? []) {
        hubs.add(t);
        uf.union(nodeOf[h], nodeOf[t]);
      }
    }
  }
  // The part owning a hub holds the whole group of what it names (a trail's log project with the
  // stores that point at the project by reference): the groups are merged, not copied by piece.
  for (const members of keyMembers.values()) {
    heapStep(members.length);
    const anchor = members.find((m) => anchors.has(m.index) && !m.named);
    if (anchor === undefined) continue;
    for (const m of members) {
      if (!m.named) continue;
      hubs.add(m.index);
      uf.union(nodeOf[anchor.index], nodeOf[m.index]);
    }
  }

  // Names: merge the groups that share one, unless it is a hub's. A name is a hub's when what it
  // names is a hub; a hub that only names it (a trail's bucket logging to another bucket) is in every
  // part already, and the others that share the name are merged as if it were not there.
  const neighbours = new Map<number, Set<number>>();
  const addNeighbour = (hub: number, i: number): void => {
    const set = neighbours.get(hub);
    if (set) set.add(i);
    else neighbours.set(hub, new Set([i]));
  };
  const siblings = new Map<number, number[][]>();
  for (const members of keyMembers.values()) {
    heapStep(members.length);
    if (!members.some((m) => m.named && hubs.has(m.index))) {
      const others = members.filter((m) => !hubs.has(m.index));
      const groups = new Set(others.map((m) => uf.find(nodeOf[m.index])));
      if (groups.size <= 1) continue;
      if (groups.size <= HUB_GROUPS) {
        for (const m of others) uf.union(nodeOf[others[0].index], nodeOf[m.index]);
        continue;
      }
      if (!others.some((m) => m.named)) continue; // names nothing in the plan: relates nothing
      for (const m of others) if (m.named) hubs.add(m.index);
    }
    // The hubs the name is of: the part owning one holds the others sharing it.
    const owners = members.filter((m) => m.named && hubs.has(m.index));
    const ofType = new Map<string, number[]>();
    for (const m of members) {
      if (hubs.has(m.index)) continue;
      for (const owner of owners) addNeighbour(owner.index, m.index);
      const local = resources.get(m.index)!.local;
      const type = local.slice(0, local.indexOf("."));
      const list = ofType.get(type);
      if (list) list.push(m.index);
      else ofType.set(type, [m.index]);
    }
    // What names a hub may be judged with the others of its type naming it (a bucket policy of
    // unknown text, by whether another policy of the bucket refuses HTTP): the part owning one of a
    // type the policy declares so holds them.
    for (const [type, list] of ofType) {
      if (list.length < 2 || !siblingTypes.has(canonical(type))) continue;
      for (const i of list) {
        const known = siblings.get(i);
        if (known) known.push(list);
        else siblings.set(i, [list]);
      }
    }
  }
  // Every resource of a type a hub is judged against (joins.companions: the account's security
  // preference, against every login profile) is held by the part owning the hub.
  const typeOf = (i: number): string => {
    const local = resources.get(i)!.local;
    return canonical(local.slice(0, local.indexOf(".")));
  };
  const companionHubs = [...hubs].filter((h) => (joins.companions[typeOf(h)] ?? []).length > 0);
  if (companionHubs.length > 0) {
    const ofCompanionType = new Map<string, number[]>();
    for (const r of resources.values()) {
      heapStep();
      if (hubs.has(r.index)) continue;
      const list = ofCompanionType.get(typeOf(r.index));
      if (list) list.push(r.index);
      else ofCompanionType.set(typeOf(r.index), [r.index]);
    }
    for (const h of companionHubs) for (const type of joins.companions[typeOf(h)]) for (const i of ofCompanionType.get(canonical(type)) ?? []) addNeighbour(h, i);
  }
  const byRoot = new Map<number, number[]>();
  for (const i of resources.keys()) {
    heapStep();
    const root = uf.find(nodeOf[i]);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  }
  // A hub comes with what it refers to and what refers to it in its module instance (a log store
  // whose project is a reference needs the project for its name; a project, the stores pointing at
  // it). Its whole group would be the whole plan when every application holds a hub.
  for (const h of hubs) everywhere.add(h);
  const configsOf = (module: string): unknown[] => (module === "" ? rootResources : moduleResources(modulePath(module)));
  const referring = new Map<string, Map<string, string[]>>();
  const referrers = (module: string): Map<string, string[]> => {
    const path = modulePath(module);
    let map = referring.get(path);
    if (map === undefined) {
      map = new Map();
      for (const c of configsOf(module)) {
        heapStep();
        if (!isObject(c) || typeof c.address !== "string") continue;
        for (const target of referencedResources(c)) {
          const list = map.get(target) ?? [];
          list.push(c.address);
          map.set(target, list);
        }
      }
      referring.set(path, map);
    }
    return map;
  };
  for (const h of inCallOrder(hubs)) {
    heapStep();
    const r = resources.get(h)!;
    const config = configsOf(r.module).find((c) => isObject(c) && c.address === r.local);
    const related = [...referencedResources(config), ...(referrers(r.module).get(r.local) ?? [])];
    for (const local of related) for (const t of byModuleLocal.get(`${r.module}|${local}`) ?? []) everywhere.add(t);
  }
  // What names a hub comes with what it refers to in its module instance for values unknown until
  // apply, which the rules resolve through the reference: the hub's findings and a sibling's read
  // them (an attachment naming a shared policy, its user a reference to a user whose name is
  // unknown; a replication of an archive bucket, its destination's region that of a bucket it
  // refers to). A known value is read as it is (a bucket logging's bucket, by name).
  const pendingOnes = new Set<number>();
  for (const set of neighbours.values()) for (const i of set) if (unknownAttributes.has(i)) pendingOnes.add(i);
  for (const lists of siblings.values()) for (const list of lists) for (const i of list) if (unknownAttributes.has(i)) pendingOnes.add(i);
  const references = new Map<number, number[]>();
  // The configurations of one top-level call, by module path and address (the first of an address).
  let configs = new Map<string, Map<string, unknown>>();
  let configsCall: string | undefined;
  for (const i of inCallOrder(pendingOnes)) {
    heapStep();
    const r = resources.get(i)!;
    const call = moduleNames(r.module)[0] ?? "";
    if (call !== configsCall) {
      configs = new Map();
      configsCall = call;
    }
    const path = modulePath(r.module);
    let byLocal = configs.get(path);
    if (byLocal === undefined) {
      byLocal = new Map();
      for (const c of configsOf(r.module)) {
        heapStep();
        if (isObject(c) && typeof c.address === "string" && !byLocal.has(c.address)) byLocal.set(c.address, c);
      }
      configs.set(path, byLocal);
    }
    references.set(i, referencedResources(byLocal.get(r.local), unknownAttributes.get(i)).flatMap((local) => byModuleLocal.get(`${r.module}|${local}`) ?? []));
  }
  configs = new Map();
  const referencedBy = (i: number): number[] => references.get(i) ?? [];
  for (const set of neighbours.values()) {
    for (const i of [...set]) {
      heapStep();
      for (const t of referencedBy(i)) set.add(t);
    }
  }
  const extended = new Map<number[], number[]>();
  for (const [i, lists] of siblings) {
    siblings.set(
      i,
      lists.map((list) => {
        let withReferences = extended.get(list);
        if (withReferences === undefined) {
          withReferences = [...new Set([...list, ...list.flatMap(referencedBy)])];
          extended.set(list, withReferences);
        }
        return withReferences;
      }),
    );
  }
  const groups = [...byRoot.values()].sort((a, b) => a[0] - b[0]);
  return { resources, others, groups, everywhere, hubs, neighbours, siblings, changedConfig };
}

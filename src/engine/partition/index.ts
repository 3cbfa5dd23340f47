// A large plan evaluated as parts (docs/architecture.md, "Partitioned evaluation and workers"),
// one after another with one loaded policy (OPA's wasm heap starts afresh with every evaluation,
// so memory is bounded by the largest part), with the findings of one pass. A part holds whole
// groups of related resources (graph.ts) and, as context, the hubs every part needs; each finding
// comes from the part that owns its resource.
import { InputDocument } from "../../inputs/discover";
import { IndexedPlan, reassemblePlan } from "../../inputs/plan-index";
import { PolicyReport } from "../../model";
import { PolicyEvaluator } from "../policy";
import { PlanTexts } from "./plan-texts";
import { buildGraph, Graph } from "./graph";
import { indexInMemory } from "./in-memory";
import { JoinDeclarations } from "./joins";
import { mergeReports } from "./merge";
import { pack, PartWriter } from "./parts";
import { isObject } from "../../model";
import { checkHeap, endOfPhase } from "../../heap-guard";

export { joinsOf, parseJoins } from "./joins";
export type { JoinDeclarations, NameJoin } from "./joins";
export { mergeReports } from "./merge";

export interface Part {
  /** The part as a plan document (built when read: hold one part at a time). */
  readonly content: Buffer;
  /** Whether findings on `address` are this part's to report. */
  owns(address: string): boolean;
  /** Whether it holds far more resources than most parts (OUTSIZED_SHARE times the median): the
   * part with the hubs' neighbours, or a group too large to cut. */
  readonly outsized: boolean;
  /** Whether it owns a hub with neighbours, which it holds: what names the hub grows with the plan. */
  readonly hub: boolean;
  /** The resource changes it holds, its own and its context (0 for a document evaluated as it is). */
  readonly held: number;
}

export interface PartitionOptions {
  /** Own resources a part holds at most; GOVGUARD_PART_RESOURCES overrides it (for tests). */
  maxResources?: number;
  /** Keep each change's and call's text from the graph's pass for building the parts (plan-texts.ts): for
   * parts built in the thread that evaluates them, where building them is on the way; a pool's
   * workers evaluate while this thread builds the next parts, so there it would only hold memory. */
  keepTexts?: boolean;
}

/** Measured on the bench's 100,000-resource plan read by the streaming index (11,537 findings at
 * every size): 1,000 a part peaked at 589 MiB, 1,500 at 593 MiB, 2,500 at 775 MiB, 5,000 at
 * 920 MiB, 10,000 at 1,155 MiB; CPU time was lowest at 1,500. The largest part is the one holding
 * the hubs' neighbours. */
export const DEFAULT_MAX_RESOURCES = 1500;

/** A plan of up to this many resource changes is evaluated in one pass: measured at 10,000 resources
 * (bench estate / legacy estate), one pass took 1.49 s / 1.80 s and peaked at 451 / 527 MiB, parts of
 * 1,500 took 2.53 s / 2.93 s at 261 / 339 MiB; about 50 KiB a resource puts one pass past 768 MiB near
 * 15,000 resources. */
export const SINGLE_PASS_RESOURCES = 12000;

/** A part holding more than this many times the resources of the median part (of those owning no
 * hub with neighbours) is outsized (Part): on the bench's 100,000 resources, the archive bucket's and
 * flow log store's part holds 9,923 and the security preference's 5,580, against 1,513. */
export const OUTSIZED_SHARE = 3;

/** At most this share (1/4) of a plan's resources go into every part. */
export const EVERYWHERE_SHARE = 4;

// No resource change in plan JSON is shorter than this, so a smaller document cannot need parts.
const MIN_CHANGE_BYTES = 64;

export function maxResources(options: PartitionOptions = {}): number {
  const fromEnv = process.env.GOVGUARD_PART_RESOURCES;
  if (fromEnv !== undefined && /^[1-9][0-9]*$/.test(fromEnv)) return Number(fromEnv);
  return options.maxResources ?? DEFAULT_MAX_RESOURCES;
}

/** The largest plan evaluated in one pass: the part size when a test or caller sets one. */
function singlePassUpTo(options: PartitionOptions): number {
  const fromEnv = process.env.GOVGUARD_PART_RESOURCES;
  if ((fromEnv !== undefined && /^[1-9][0-9]*$/.test(fromEnv)) || options.maxResources !== undefined) return maxResources(options);
  return Math.max(DEFAULT_MAX_RESOURCES, SINGLE_PASS_RESOURCES);
}


function whole(doc: InputDocument, plan?: IndexedPlan): Part {
  const content = doc.content.length > 0 || plan === undefined ? doc.content : Buffer.from(JSON.stringify(reassemblePlan(plan)));
  return { content, owns: () => true, outsized: false, hub: false, held: 0 };
}

/** The plan's graph. Its own function, so that the module configurations it parsed are not kept
 * alive by the parts' closures while the parts are evaluated. */
function graphOf(plan: IndexedPlan, joins: JoinDeclarations, texts: PlanTexts): Graph | undefined {
  const base = plan.configurationBase();
  const root = base !== undefined && isObject(base.root_module) ? base.root_module : {};
  const rootResources = Array.isArray(root.resources) ? (root.resources as unknown[]) : [];
  // One top-level call parsed at a time (the graph asks for them call by call): all of them at
  // once held the whole configuration, 520 MiB of the heap at 1,000,000 resources.
  let parsed: { name: string; call: unknown } | undefined;
  const callNames = new Set(plan.moduleCalls);
  const moduleResources = (path: string): unknown[] => {
    const names = path.split(".").filter((_, k) => k % 2 === 1);
    if (!callNames.has(names[0])) return [];
    if (parsed?.name !== names[0]) {
      parsed = undefined;
      checkHeap();
      parsed = { name: names[0], call: texts.readCall(names[0]) };
    }
    let call = parsed.call;
    for (const name of names.slice(1)) {
      const inner = isObject(call) && isObject(call.module) && isObject(call.module.module_calls) ? call.module.module_calls : {};
      call = Object.hasOwn(inner, name) ? inner[name] : undefined;
    }
    const module = isObject(call) && isObject(call.module) ? call.module : {};
    return Array.isArray(module.resources) ? (module.resources as unknown[]) : [];
  };
  return buildGraph(texts.reading(), joins, rootResources, moduleResources);
}

/** Whether a resource's address is a provider configuration's key: it would be routed that key's
 * findings. Its own function: a set the parts' closures could reach would be held while they are
 * evaluated (the address set, 25 MiB at 1,000,000 resources, was). */
function addressIsProviderKey(plan: IndexedPlan, graph: Graph): boolean {
  const base = plan.configurationBase();
  const providers = base !== undefined && isObject(base.provider_config) ? Object.keys(base.provider_config) : [];
  if (providers.length === 0) return false;
  const addresses = new Set([...graph.resources.values()].map((r) => r.address));
  return providers.some((key) => addresses.has(key));
}

/** The parts to evaluate `doc` in: [one part, the document as it is] when it is small. */
export function partition(doc: InputDocument, joins: JoinDeclarations, options: PartitionOptions = {}): Part[] {
  const max = maxResources(options);
  const onePass = singlePassUpTo(options);
  if (doc.indexed === undefined && doc.content.length < onePass * MIN_CHANGE_BYTES) return [whole(doc)];
  if (doc.indexed === undefined && doc.changes !== undefined && doc.changes <= onePass) return [whole(doc)];
  const plan: IndexedPlan | undefined = doc.indexed ?? indexInMemory(doc.file, doc.content);
  if (plan === undefined) return [whole(doc)]; // not a JSON object: evaluated as it is, which reports why
  if (!plan.hasResourceChanges || plan.changeCount <= onePass) return [whole(doc, plan)];
  const texts = new PlanTexts(plan, options.keepTexts === true);
  const graph = graphOf(plan, joins, texts);
  if (graph === undefined) return [whole(doc, plan)];
  if (addressIsProviderKey(plan, graph)) return [whole(doc, plan)];
  // Every part holds what goes everywhere (hubs and what they relate to, witnesses, values marked
  // sensitive). A plan that puts a quarter of its resources there (a value marked sensitive on
  // every resource) would make every part most of the plan: it is one part. (The bench's 100,000
  // resources put 7,345 there.)
  if (graph.everywhere.size > Math.max(max, options.maxResources ?? DEFAULT_MAX_RESOURCES, graph.resources.size / EVERYWHERE_SHARE)) return [whole(doc, plan)];
  // A part owns at least as many resources as it carries as context, so context never more than
  // doubles the work: on the bench's 100,000 resources, parts of 1,500 with 7,345 of context took
  // 126 s of CPU and peaked at 1.5 GiB.
  const plans = pack(graph, singlePassUpTo(options) === max ? max : Math.max(max, graph.everywhere.size));
  // No group (a plan of data sources only: nothing to own) or one: the plan in one pass.
  if (plans.length <= 1) return [whole(doc, plan)];
  texts.heldBy(plans);
  const writer = new PartWriter(plan, graph, plans, texts);
  // The median of the parts that own no hub with neighbours: a hub's part holds what names it, and
  // each is a part of its own, however small.
  const regular = plans.filter((p) => !p.hub);
  const sizes = (regular.length > 0 ? regular : plans).map((p) => p.all.length).sort((a, b) => a - b);
  const median = sizes[Math.floor((sizes.length - 1) / 2)];
  const parts = plans.map((p): Part => {
    const owned = new Set(p.own.map((i) => graph.resources.get(i)!.address));
    return {
      get content() {
        return writer.content(p);
      },
      owns: (address: string) => owned.has(address),
      outsized: p.all.length > OUTSIZED_SHARE * median,
      hub: p.hub,
      held: p.all.length,
    };
  });
  // What relating the plan's resources held is garbage now.
  endOfPhase();
  return parts;
}

/**
 * The order in which one thread evaluates the parts: the one holding the most resources, then the
 * rest as cut. A loaded policy has the memory of the largest document it was given, and is loaded
 * again, in fresh memory, for a larger one (PolicyEvaluator.prepareFor): with the largest first it
 * is loaded once and every later part evaluates in memory already touched. At 100,000 resources
 * the 82 parts' evaluations took 3.83-3.97 s against 4.04-4.20 s in the order cut (three runs
 * each, alternated).
 */
export function evaluationOrder(parts: readonly Pick<Part, "held">[]): number[] {
  let largest = 0;
  parts.forEach((p, i) => {
    if (p.held > parts[largest].held) largest = i;
  });
  return parts.length === 0 ? [] : [largest, ...parts.map((_, i) => i).filter((i) => i !== largest)];
}

/** Evaluates `doc` part by part with one loaded policy and merges the reports (the synchronous path). */
export function evaluatePartsSync(evaluator: PolicyEvaluator, doc: InputDocument, joins: JoinDeclarations, options: PartitionOptions = {}): PolicyReport {
  const parts = partition(doc, joins, { keepTexts: true, ...options });
  if (parts.length === 1) return evaluator.evaluate(parts[0].content);
  const reports: PolicyReport[] = new Array<PolicyReport>(parts.length);
  for (const k of evaluationOrder(parts)) {
    // The reports so far are held until merged.
    checkHeap();
    reports[k] = evaluator.evaluate(parts[k].content);
  }
  return mergeReports(doc, parts, reports);
}

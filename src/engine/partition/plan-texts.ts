// The slimmed text of each resource change and of each top-level module call, kept as the graph's
// pass reads the plan, so that building the parts does not read, parse and slim them again. For
// parts built in the thread that evaluates them (partition's keepTexts), where building them is on
// the way. Measured on the bench's 100,000 resources in one thread, three runs each: relating and
// building the 82 parts took 4.13-4.42 s reading each change again, 3.71-3.81 s from the kept texts
// (the graph's pass 0.5 s longer, the building 2.1-2.3 -> 1.2-1.3 s); every part byte-identical;
// the bench's in-process peak 815-818 MiB either way. Each module call is read by several parts
// (1,003 reads of 333 calls at 100,000 resources, 1.19 s): its text is kept too, until the parts
// are let go, and building the parts took 1.40-1.63 s before, 0.75-0.99 s after.
import * as v8 from "node:v8";
import { IndexedPlan } from "../../inputs/plan-index";

/** Characters of change text kept at most; past it, a change is read again when a part needs it. */
export const KEEP_TEXT_CHARS = 128 * 1024 * 1024;

/** And at most this share of the heap's limit, counting two bytes a character: under a small heap
 * the texts would otherwise take the room the heap guard keeps for the plan itself. */
export const KEEP_HEAP_SHARE = 8;

/** What a ChangeTexts keeps by default: KEEP_TEXT_CHARS, less under a heap too small for it. */
export function keepBudget(heapLimit = v8.getHeapStatistics().heap_size_limit): number {
  return Math.min(KEEP_TEXT_CHARS, Math.floor(heapLimit / KEEP_HEAP_SHARE / 2));
}

/** Plans of more changes keep none: the texts of their first changes would be held, up to the
 * budget, while their largest parts are evaluated, where the memory of a plan that size peaks. */
export const KEEP_TEXTS_UP_TO = 200_000;

export class PlanTexts {
  private readonly texts: (string | undefined)[] | undefined;
  private readonly calls: Map<string, string> | undefined;
  /** How many parts not yet built hold each change: its text is let go after the last. */
  private uses: Uint32Array | undefined;
  private kept = 0;

  /** With `keep` false, it keeps nothing: every text is read again from the plan. */
  constructor(
    private readonly plan: IndexedPlan,
    keep: boolean,
    private readonly budget = keepBudget(),
  ) {
    if (keep && plan.changeCount <= KEEP_TEXTS_UP_TO) {
      this.texts = new Array<string | undefined>(plan.changeCount);
      this.calls = new Map();
    }
  }

  /** Call `name` slimmed, for the graph's pass: its text is kept, within the budget. */
  readCall(name: string): unknown {
    const call = this.plan.moduleCall(name);
    if (this.calls !== undefined && this.kept < this.budget && !this.calls.has(name)) {
      const text = JSON.stringify(call);
      this.calls.set(name, text);
      this.kept += text.length;
    }
    return call;
  }

  /** Call `name` slimmed, a value of its own: parsed from its kept text, else read from the plan. */
  call(name: string): unknown {
    const text = this.calls?.get(name);
    return text === undefined ? this.plan.moduleCall(name) : (JSON.parse(text) as unknown);
  }

  /** Call `name` slimmed, as JSON text: as kept, else read from the plan. */
  callText(name: string): string {
    return this.calls?.get(name) ?? this.plan.moduleCallText(name);
  }

  /** How many calls' texts are held. */
  heldCalls(): number {
    return this.calls?.size ?? 0;
  }

  /** The plan for the graph's one pass: each change's text is kept as it goes by. */
  reading(): IndexedPlan {
    const texts = this.texts;
    if (texts === undefined) return this.plan;
    const plan = this.plan;
    return {
      get file() {
        return plan.file;
      },
      get header() {
        return plan.header;
      },
      get hasResourceChanges() {
        return plan.hasResourceChanges;
      },
      get changeCount() {
        return plan.changeCount;
      },
      get moduleCalls() {
        return plan.moduleCalls;
      },
      change: (i) => plan.change(i),
      changeText: (i) => plan.changeText(i),
      forEachChange: (fn) =>
        plan.forEachChange((i, slimmed) => {
          // Before the graph reads it: the text is the change as changeText would give it.
          if (this.kept < this.budget) {
            const text = JSON.stringify(slimmed);
            texts[i] = text;
            this.kept += text.length;
          }
          fn(i, slimmed);
        }),
      configurationBase: () => plan.configurationBase(),
      moduleCall: (name) => plan.moduleCall(name),
      moduleCallText: (name) => plan.moduleCallText(name),
      ...(plan.providerLine === undefined ? {} : { providerLine: (key: string) => plan.providerLine!(key) }),
      ...(plan.plannedLine === undefined ? {} : { plannedLine: (address: string) => plan.plannedLine!(address) }),
    };
  }

  /** The parts to be built, each holding the changes `all` lists: a text is let go once the last of
   * them has taken it. */
  heldBy(parts: readonly { all: readonly number[] }[]): void {
    if (this.texts === undefined) return;
    const uses = new Uint32Array(this.plan.changeCount);
    for (const part of parts) for (const i of part.all) uses[i]++;
    this.uses = uses;
  }

  /** How many texts are held now. */
  held(): number {
    let n = 0;
    this.texts?.forEach((t) => (n += t === undefined ? 0 : 1));
    return n;
  }

  /** Change i's slimmed text: as kept, else read again from the plan. */
  text(i: number): string {
    const text = this.texts?.[i];
    if (text === undefined) return this.plan.changeText(i);
    if (this.uses !== undefined && this.uses[i] > 0 && --this.uses[i] === 0) this.texts![i] = undefined;
    return text;
  }
}

// Parts built and evaluated in one thread take each change's and module call's text as the graph's
// pass read it (partition/plan-texts.ts), not read, parsed and slimmed again: the bytes must be those of a
// part built by reading every change again, however many parts hold a change, however often a part
// is read, and whatever the budget leaves unkept.
import { readBundle } from "../src/engine/bundle";
import { joinsOf, partition } from "../src/engine/partition";
import { PlanTexts, KEEP_TEXT_CHARS, keepBudget } from "../src/engine/partition/plan-texts";
import { indexInMemory } from "../src/engine/partition/in-memory";
import { PolicyEvaluator } from "../src/engine/policy";
import { jsonDocument } from "../src/inputs/discover";
import { generatePlan } from "../bench/generate-plan";
import { withPartSize } from "./partition-support";

const bundle = readBundle();
const evaluator = new PolicyEvaluator(bundle, { govguard_today: "2026-12-06" });
const joins = joinsOf(evaluator);

describe.each([
  ["the bench's estate", "bench"],
  ["a legacy estate", "legacy"],
] as const)("%s of 3,000 resources in parts of 200", (_label, estate) => {
  const doc = jsonDocument("plan.json", generatePlan({ resources: 3000, seed: 11, estate }), undefined, { attributes: bundle.attributes });

  test("parts built from the kept texts are the bytes of parts built by reading each change again, read once or twice", () => {
    const kept = withPartSize(200, () => partition(doc, joins, { keepTexts: true }));
    const read = withPartSize(200, () => partition(doc, joins, { keepTexts: false }));
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.some((p) => p.hub)).toBe(true);
    const first = kept.map((p) => p.content);
    // Read again, every text has been let go: each is read from the plan.
    const again = kept.map((p) => p.content);
    const fromPlan = read.map((p) => p.content);
    expect(first.map((c, k) => c.equals(fromPlan[k]))).toEqual(kept.map(() => true));
    expect(again.map((c, k) => c.equals(fromPlan[k]))).toEqual(kept.map(() => true));
  });
});

describe("the texts kept", () => {
  const doc = jsonDocument("plan.json", generatePlan({ resources: 600, seed: 3 }), undefined, { attributes: bundle.attributes });
  const plan = indexInMemory(doc.file, doc.content)!;
  const read = (texts: PlanTexts): void => texts.reading().forEachChange(() => undefined);
  const all = [...Array(plan.changeCount).keys()];

  test("are each change's slimmed text, and one is let go after the last part holding it takes it", () => {
    const texts = new PlanTexts(plan, true);
    read(texts);
    expect(texts.held()).toBe(plan.changeCount);
    texts.heldBy([{ all: [0, 1] }, { all: [1, 2] }, { all }]);
    expect(texts.text(0)).toBe(plan.changeText(0));
    expect(texts.held()).toBe(plan.changeCount);
    expect(all.map((i) => texts.text(i))).toEqual(all.map((i) => plan.changeText(i)));
    // 0 was taken by both parts holding it, 3 and on by the only one: 1 and 2 are held for one more.
    expect(texts.held()).toBe(2);
    expect([texts.text(1), texts.text(2)]).toEqual([plan.changeText(1), plan.changeText(2)]);
    expect(texts.held()).toBe(1);
    expect(texts.text(1)).toBe(plan.changeText(1));
    expect(texts.held()).toBe(0);
    // Asked again, a text let go is read from the plan.
    expect(all.map((i) => texts.text(i))).toEqual(all.map((i) => plan.changeText(i)));
  });

  test("keep each module call the graph's pass reads, once, and give each reader a value of its own", () => {
    expect(plan.moduleCalls.length).toBeGreaterThan(1);
    const [first, second] = plan.moduleCalls;
    const texts = new PlanTexts(plan, true);
    expect(texts.readCall(first)).toEqual(plan.moduleCall(first));
    texts.readCall(first);
    expect(texts.heldCalls()).toBe(1);
    expect(texts.callText(first)).toBe(plan.moduleCallText(first));
    const a = texts.call(first);
    expect(a).toEqual(plan.moduleCall(first));
    expect(texts.call(first)).not.toBe(a);
    // Not read by the graph's pass: read from the plan.
    expect(texts.callText(second)).toBe(plan.moduleCallText(second));
    expect(texts.call(second)).toEqual(plan.moduleCall(second));
    expect(texts.heldCalls()).toBe(1);
  });

  test("past the budget, the rest are read again from the plan", () => {
    const budget = plan.changeText(0).length + plan.changeText(1).length;
    const texts = new PlanTexts(plan, true, budget);
    read(texts);
    expect(texts.held()).toBe(2);
    expect(all.map((i) => texts.text(i))).toEqual(all.map((i) => plan.changeText(i)));
    // The budget spent on changes, no call is kept.
    texts.readCall(plan.moduleCalls[0]);
    expect(texts.heldCalls()).toBe(0);
    expect(texts.callText(plan.moduleCalls[0])).toBe(plan.moduleCallText(plan.moduleCalls[0]));
  });

  test("kept none when not asked to, and none for a plan of more changes than it keeps texts for", () => {
    const off = new PlanTexts(plan, false);
    expect(off.reading()).toBe(plan);
    read(off);
    expect(off.held()).toBe(0);
    expect(all.map((i) => off.text(i))).toEqual(all.map((i) => plan.changeText(i)));
    off.readCall(plan.moduleCalls[0]);
    expect(off.heldCalls()).toBe(0);
    const larger = { ...plan, changeCount: 200_001 };
    const large = new PlanTexts(larger, true);
    expect(large.reading()).toBe(larger);
    read(large);
    expect(large.held()).toBe(0);
  });
});

test("the budget is a share of the heap's limit under a small heap, and KEEP_TEXT_CHARS under a large one", () => {
  const MiB = 1024 * 1024;
  // Two bytes a character, an eighth of the heap: 1 MiB of characters under a heap of 16 MiB.
  expect(keepBudget(16 * MiB)).toBe(MiB);
  expect(keepBudget(64 * 1024 * MiB)).toBe(KEEP_TEXT_CHARS);
});

// scripts/heap-by-rule.ts, the measure policies/README.md gives for a rule's wasm memory: it must
// see every control, count what each adds exactly once, and tell a control that builds from one
// that does not.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { heapByRule as HeapByRule } from "../scripts/heap-by-rule";

// The compiled script, as its users run it (scripts find the repository from dist/scripts).
const compiled = path.join(__dirname, "..", "dist", "scripts", "heap-by-rule.js");
if (!fs.existsSync(compiled)) throw new Error(`run npm run build first: ${compiled} is missing`);
const { heapByRule } = require(compiled) as { heapByRule: typeof HeapByRule };

const controlsDir = path.join(__dirname, "..", "policies", "govguard", "controls");
const plan = path.join(controlsDir, "a19_1", "cases", "ssh-rdp-exposed", "plan.json");

test("every control, what each adds, and a rule measured alone", async () => {
  const found = await heapByRule(plan, ["lib.sg.openings"]);
  expect(found.controls.map((c) => c.control)).toEqual(fs.readdirSync(controlsDir).filter((c) => /^a[0-9]+_[0-9]+$/.test(c)).sort());
  expect(found.reading).toBeGreaterThan(found.documentBytes);
  let total = 0;
  for (const row of found.controls) {
    // Each probe evaluates the controls before it as well: nothing is counted twice or lost.
    expect(row.adds).toBeGreaterThanOrEqual(0);
    total += row.adds;
    expect(row.total).toBe(total);
  }
  // The report holds every control's findings and more.
  expect(found.report).toBeGreaterThanOrEqual(total);
  const adds = new Map(found.controls.map((c) => [c.control, c.adds]));
  // A19.1 judges this plan's security group rules; A17.1 has nothing here to judge.
  expect(adds.get("a19_1")!).toBeGreaterThan(adds.get("a17_1")!);
  expect(found.rules).toEqual([{ rule: "lib.sg.openings", alone: expect.any(Number) }]);
  expect(found.rules[0].alone).toBeGreaterThan(0);
}, 120_000);

test("a rule that does not exist is refused, and nothing is left behind", async () => {
  const before = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith("govguard-heap-"));
  await expect(heapByRule(plan, ["lib.no_such_lib.rule"])).rejects.toThrow();
  const after = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith("govguard-heap-"));
  expect(after).toEqual(before);
}, 120_000);

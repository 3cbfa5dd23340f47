// Locating a plan's findings is read ahead while the workers evaluate (prepareLocator): the
// locations must be those locating afterwards gives, and what is read ahead must be what is used.
import * as fs from "node:fs";
import * as path from "node:path";
import { generatePlan } from "../bench/generate-plan";
import { InputDocument } from "../src/inputs/discover";
import { Locator, prepareLocator, takeLocator } from "../src/inputs/locate";
import { runCli, tempDir } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = tempDir("govguard-locate-ahead-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function planDocument(file: string): { doc: InputDocument; addresses: string[] } {
  const plan = generatePlan({ resources: 60, seed: 7 });
  fs.writeFileSync(file, JSON.stringify(plan, null, 2));
  const doc: InputDocument = { file, kind: "plan", content: Buffer.from("{}"), sources: [file], digests: [], notes: [] };
  const addresses = (plan.resource_changes as { address: string }[]).map((c) => c.address);
  return { doc, addresses };
}

test("a locator prepared ahead locates every resource where one made afterwards does, and is taken once", () => {
  const { doc, addresses } = planDocument(path.join(dir, "plan.json"));
  expect(addresses.length).toBeGreaterThan(50);
  const fresh = new Locator(doc);
  const expected = addresses.map((a) => fresh.locate(a));
  expect(new Set(expected.map((l) => l.line)).size).toBe(new Set(addresses).size); // each at its own line
  prepareLocator(doc);
  const prepared = takeLocator(doc);
  expect(addresses.map((a) => prepared.locate(a))).toEqual(expected);
  // Let go once taken: the next report of the same document reads afresh.
  expect(takeLocator(doc)).not.toBe(prepared);
});

test("what is prepared is read ahead: the file gone afterwards, its resources are still located", () => {
  const file = path.join(dir, "gone.json");
  const { doc, addresses } = planDocument(file);
  const expected = addresses.map((a) => new Locator(doc).locate(a));
  prepareLocator(doc);
  fs.rmSync(file);
  // Unprepared, a file that is gone is located at its first line, as locating is best effort.
  expect(new Locator(doc).locate(addresses[5])).toEqual({ file, line: 1 });
  const taken = takeLocator(doc);
  expect(addresses.map((a) => taken.locate(a))).toEqual(expected);
});

test("a plan read here and evaluated by workers reports the locations it reports evaluated here", () => {
  // Over 4 MiB, so that the workers start ahead and this thread reads it (a file of 1 MiB or less is
  // read and located by its worker; with less than 4 MiB in all, one plan is evaluated here).
  const file = path.join(dir, "big.json");
  fs.writeFileSync(file, JSON.stringify(generatePlan({ resources: 2600, seed: 11 }), null, 1));
  expect(fs.statSync(file).size).toBeGreaterThan(4 << 20);
  const env = { GOVGUARD_TODAY: "2026-12-07" };
  const [one, two] = ["1", "2"].map((jobs) => runCli(["check", "--format", "json", "--jobs", jobs, "big.json"], { cwd: dir, env }));
  expect([one.status, two.status]).toEqual([1, 1]);
  const lines = (out: string): string[] => (JSON.parse(out) as { findings: { resource: string; location: { line: number } }[] }).findings.map((f) => `${f.resource}:${f.location.line}`);
  const located = lines(two.stdout);
  expect(located.length).toBeGreaterThan(50);
  // Only the stack's own findings point at the first line.
  expect(located.filter((l) => l.endsWith(":1") && !l.startsWith("(stack):"))).toEqual([]);
  expect(located).toEqual(lines(one.stdout));
});

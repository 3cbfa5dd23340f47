// A report cloned from a worker holds its own copy of every string in it; the main thread holds
// every finding until the report is written, so each finding's control ID and severity are made
// the catalogue's one copy as the report arrives (src/engine/shared-strings.ts).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { withSharedStrings } from "../src/engine/shared-strings";
import { ControlMetadata, PolicyFinding } from "../src/model";
import { generatePlan } from "../bench/generate-plan";
import { tempDir } from "./helpers";

const RUN = { govguard_today: "2026-12-05" };

const catalogue = (ids: string[]): Record<string, ControlMetadata> =>
  Object.fromEntries(ids.map((id) => [id, { id } as ControlMetadata]));

test("a cloned finding's control and severity take no memory of their own once shared", () => {
  // In a fresh Node, so that nothing else this process holds or does moves the measure.
  const script = `
    const v8 = require("node:v8");
    const vm = require("node:vm");
    const { withSharedStrings } = require(${JSON.stringify(path.join(__dirname, "..", "dist", "src", "engine", "shared-strings.js"))});
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc");
    const used = () => (gc(), process.memoryUsage().heapUsed);
    const ids = ["A20.1", "A22.4", "A30.2"];
    const severities = ["critical", "high", "medium"];
    const catalogue = Object.fromEntries(ids.map((id) => [id, { id }]));
    const findings = Array.from({ length: 100000 }, (_, i) => ({ control: ids[i % 3], article: 20, severity: severities[i % 3], resource: "alicloud_oss_bucket.b" + i, message: { zh: "未开启", en: "off" } }));
    const held = (make) => { const before = used(); const value = make(); return { per: (used() - before) / findings.length, value }; };
    // The first clone also makes what any clone of these needs once (measured: 24 bytes a finding).
    structuredClone({ findings });
    // As a worker's reply arrives: a copy of every string.
    const cloned = held(() => structuredClone({ findings }));
    const shared = held(() => withSharedStrings(structuredClone({ findings }), catalogue));
    const same = JSON.stringify(shared.value.findings) === JSON.stringify(findings) && JSON.stringify(cloned.value.findings) === JSON.stringify(findings);
    process.stdout.write(JSON.stringify({ cloned: cloned.per, shared: shared.per, same }));
  `;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect([r.status, r.stderr]).toEqual([0, ""]);
  const { cloned, shared, same } = JSON.parse(r.stdout) as { cloned: number; shared: number; same: boolean };
  expect(same).toBe(true);
  // Two strings of a few characters each: about 40 bytes a finding on 64-bit V8.
  expect(cloned - shared).toBeGreaterThan(24);
});

test("a control the catalogue does not name, or a name like __proto__, is left as it is", () => {
  const odd: PolicyFinding[] = ["__proto__", "toString", "Z9.9"].map((control) => ({ control, article: 1, severity: "low", resource: "x", message: { zh: "", en: "" } }));
  const report = withSharedStrings({ findings: structuredClone(odd) }, catalogue(["A20.1"]));
  expect(report.findings).toEqual(odd);
});

test("the pool's reports come with shared strings", () => {
  // In a fresh Node too: in a jest worker, what other tests left running freed memory between the
  // measures (one run read -310 bytes a finding).
  const dir = tempDir("govguard-shared-strings-");
  try {
    const file = path.join(dir, "legacy.json");
    fs.writeFileSync(file, JSON.stringify(generatePlan({ resources: 4000, seed: 5, estate: "legacy" })));
    const dist = (module: string): string => JSON.stringify(path.join(__dirname, "..", "dist", "src", module));
    const script = `
      const v8 = require("node:v8");
      const vm = require("node:vm");
      const { EvaluationPool } = require(${dist("engine/pool.js")});
      const { readBundle } = require(${dist("engine/bundle.js")});
      const { readInputs } = require(${dist("inputs/discover.js")});
      v8.setFlagsFromString("--expose-gc");
      const gc = vm.runInNewContext("gc");
      // Measured in later tasks: the worker's message, which holds the findings as it cloned them,
      // is let go when the task that read it ends.
      const settled = async () => { await new Promise((resolve) => setImmediate(resolve)); gc(); return process.memoryUsage().heapUsed; };
      (async () => {
        const bundle = readBundle();
        const [doc] = await readInputs([${JSON.stringify(file)}], { attributes: bundle.attributes });
        const pool = new EvaluationPool(bundle, ${JSON.stringify(RUN)}, { size: 1 });
        let report;
        try {
          report = await pool.evaluate(doc.content, { transfer: false });
        } finally {
          await pool.close();
        }
        const n = report.findings.length;
        // The same findings cloned again hold a copy of each string: the pool's hold less. (The
        // first clone also makes what any clone of them needs once: measured, 24 bytes a finding.)
        structuredClone(report.findings);
        let copy = structuredClone(report.findings);
        const same = JSON.stringify(copy) === JSON.stringify(report.findings);
        const both = await settled();
        copy = [];
        const poolsOnly = await settled();
        report.findings = [];
        const none = await settled();
        process.stdout.write(JSON.stringify({ n, same, copy: (both - poolsOnly) / n, pool: (poolsOnly - none) / n }));
      })();
    `;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect([r.status, r.stderr]).toEqual([0, ""]);
    const { n, same, copy, pool } = JSON.parse(r.stdout) as { n: number; same: boolean; copy: number; pool: number };
    expect(n).toBeGreaterThan(4000);
    expect(same).toBe(true);
    expect(copy - pool).toBeGreaterThan(24);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Red team on reports written a piece at a time (report/chunks.ts, report/json-chunks.ts,
// cli/write-output.ts blocks()). The pieces are byte for byte the reports rendered whole (checked
// against a9eec98's renderers on root, module, waived-only, baseline-with-stale and zero-finding
// runs in every format and language); what these tests hold is what the writing must also keep:
// memory that does not grow with the report wherever stdout goes, and a failure that says what it is.
import * as fs from "node:fs";
import * as path from "node:path";
import { generatePlan } from "../bench/generate-plan";
import { writeOutputFile } from "../src/cli/write-output";
import { runCli, tempDir } from "./helpers";

let dir: string;

beforeAll(() => {
  dir = tempDir("govguard-rt-chunks-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a report on stdout", () => {
  test("written to a pipe, at most about two blocks wait in memory, not the whole report", () => {
    // Files and terminals take a write at once; a pipe (CI runners, `| tee`, `| gzip`) takes what
    // fits in its buffer and Node queues the rest in the stream until the event loop runs. Blocks
    // written in a loop without waiting for "drain" are all queued: the report is held whole again.
    const plan = path.join(dir, "legacy.json");
    fs.writeFileSync(plan, JSON.stringify(generatePlan({ resources: 3000, seed: 7, estate: "legacy" })));
    const stats = path.join(dir, "stdout-stats.json");
    const preload = path.join(dir, "watch-stdout.js");
    // Observes only: the largest number of characters queued in process.stdout after a write.
    fs.writeFileSync(
      preload,
      `const fs = require("fs");
let queued = 0, written = 0;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => { const r = write(chunk, ...rest); written += chunk.length; queued = Math.max(queued, process.stdout.writableLength); return r; };
process.on("exit", () => fs.writeFileSync(${JSON.stringify(stats)}, JSON.stringify({ queued, written })));
`,
    );
    const r = runCli(["check", plan, "--format", "json", "--jobs", "1"], {
      env: { GOVGUARD_TODAY: "2026-12-05", NO_COLOR: "1", NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${preload}`.trim() },
    });
    expect([r.status, r.stderr]).toEqual([1, ""]);
    const { queued, written } = JSON.parse(fs.readFileSync(stats, "utf8")) as { queued: number; written: number };
    expect(written).toBe(r.stdout.length);
    expect(written).toBeGreaterThan(3 * (1 << 20));
    expect(queued).toBeLessThanOrEqual(2 * (1 << 20));
  });
});

describe("a report file whose rendering fails part way", () => {
  test("ends with the rendering's own error (exhaustion, govguard bug), not as a file that cannot be written", () => {
    const file = path.join(dir, "out", "report.html");
    const exhausted = new RangeError("Invalid string length");
    function* pieces(): Generator<string> {
      yield "<!doctype html>\n";
      throw exhausted;
    }
    let thrown: unknown;
    try {
      writeOutputFile(file, pieces());
    } catch (e: unknown) {
      thrown = e;
    }
    // main.ts's failureLine says "exhausted a runtime resource" for this RangeError and "internal
    // error (a govguard bug)" for others; wrapped, it reads "report.html: cannot be written ()".
    expect(thrown).toBe(exhausted);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });
});

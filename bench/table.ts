// The benchmark's results as plain-text tables for the terminal.
import { availableParallelism } from "node:os";
import type { BenchResults } from "./results";
import { SizeResult } from "./sizes";
import { round, Summary } from "./stats";
import { TOOLS } from "./tools";

function table(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const n = (v: number | undefined | null, digits = 0): string => (v === undefined || v === null ? "–" : round(v, digits).toLocaleString("en-US"));
const spread = (s?: Summary): string => (s ? `${n(s.min)}–${n(s.max)}` : "–");
const count = (v: number): string => v.toLocaleString("en-US");
/** The size with its estate when it is not the bench's: "10,000 legacy". */
const size = (s: SizeResult): string => `${count(s.resources)}${s.estate === "legacy" ? " legacy" : ""}`;

function toolRows(s: SizeResult): string[][] {
  if (s.error) return [[size(s), "–", "(plan)", "–", "–", "–", "–", "–", "–", s.error]];
  return TOOLS.flatMap((tool, i) => {
    const t = s.tools[tool];
    if (!t) return [];
    return [[
      i === 0 ? size(s) : "",
      i === 0 ? n((s.bytes ?? 0) / 2 ** 20, 1) : "",
      tool,
      `${t.ok}/${t.runs}`,
      n(t.wallMs?.median),
      spread(t.wallMs),
      n(t.cpuMs?.median),
      n(t.peakRssMiB),
      t.ratioToOpa === undefined ? "–" : t.ratioToOpa.toFixed(2),
      t.error ? `FAILED: ${t.error}` : "",
    ]];
  });
}

export function renderTables(r: BenchResults): string {
  const out: string[] = [];
  out.push(`govguard 基准测试 / govguard benchmark — ${r.date}`);
  out.push(
    `${r.environment.machine.cpu} × ${r.environment.machine.cores} cores (${availableParallelism()} available), ${r.environment.machine.memoryGiB} GiB; node ${r.environment.versions.node}, opa ${r.environment.versions.opa}; seed ${r.seed}; load average at start ${r.environment.machine.loadAverage.join(" ")}; first touch of memory ${r.environment.machine.freshMemoryMsPerGiB ?? "?"} ms/GiB`,
  );
  out.push("");
  out.push("End to end, each tool a fresh process (wall ms: median and min–max over the runs; cpu = median user+sys; peak = highest ru_maxrss; ÷ opa = median wall ÷ opa eval's):");
  out.push(
    table(
      ["resources", "plan MiB", "tool", "runs ok", "median ms", "min–max ms", "cpu ms", "peak MiB", "÷ opa", "note"],
      r.sizes.flatMap(toolRows),
      [true, true, false, true, true, true, true, true, true, false],
    ),
  );
  out.push("");
  out.push("Inside the process (in-process worker; medians, ms): JSON.parse alone is the yardstick");
  out.push(
    table(
      ["resources", "JSON.parse", "govguard read", "load wasm", "first eval", "warm eval", "parse µs/res", "eval µs/res", "eval ÷ parse", "worker MiB"],
      r.sizes.flatMap((s) => {
          const p = s.inProcess;
          if (!p) return [];
          return [[
            size(s),
            n(p.parseMs?.median, 1),
            n(p.prepareMs?.median, 1),
            n(p.loadMs?.median, 1),
            n(p.firstEvalMs?.median, 1),
            n(p.warmEvalMs?.median, 1),
            n(p.parseUsPerResource, 1),
            n(p.firstEvalUsPerResource, 1),
            p.firstEvalToParse === undefined ? "–" : `${p.firstEvalToParse.toFixed(1)}×`,
            n(p.maxRssMiB),
          ]];
        }),
      [true, true, true, true, true, true, true, true, true, true],
    ),
  );
  out.push("");
  out.push("Findings (same (control, resource, attribute, message) multiset in every tool):");
  out.push(
    table(
      ["resources", ...TOOLS, "identical", "stable", "resources flagged"],
      r.sizes.flatMap((s) => {
          const f = s.findings;
          if (!f) return [];
          return [[
            size(s),
            ...TOOLS.map((t) => (f.counts[t] === undefined ? "–" : count(f.counts[t]))),
            `${f.identical === null ? "–" : f.identical ? "yes" : "NO"}${f.tools.length < TOOLS.length ? ` (${f.tools.length} of ${TOOLS.length} tools)` : ""}`,
            f.stableAcrossRuns ? "yes" : "NO",
            f.resourcesWithFindings === undefined ? "–" : `${count(f.resourcesWithFindings)} (${((f.shareOfResources ?? 0) * 100).toFixed(1)}%)`,
          ]];
        }),
      [true, true, true, true, true, false, false, true],
    ),
  );
  for (const s of r.sizes) for (const d of s.findings?.differences ?? []) out.push(`  ${size(s)}: ${d}`);
  if (r.growth.length > 0) {
    out.push("");
    out.push(`Growth (median time ratio; linear is ${r.growth.map((g) => `${g.to / g.from}×`).join(", ")}): ${r.growth.map((g) => `${count(g.from)}→${count(g.to)}: ${Object.entries(g.ratios).map(([t, v]) => `${t} ${v}×`).join(", ")}`).join("; ")}`);
  }
  if (r.throughput) {
    const t = r.throughput;
    out.push("");
    out.push(`Throughput: ${count(t.plans)} plans of ${t.resourcesPerPlan} resources (seeds ${t.seed}), one process each:`);
    out.push(
      table(
        ["how", "plans", "wall ms", "cpu ms", "plans/s", "steady plans/s", "per plan ms (median / p95 / max)", "peak MiB", "note"],
        Object.entries(t.figures).map(([how, f]) => [
          how,
          count(f.plans),
          n(f.wallMs),
          n(f.cpuMs),
          n(f.plansPerSecond, 1),
          n(f.steadyPlansPerSecond, 1),
          f.perPlanMs ? `${f.perPlanMs.median} / ${f.perPlanMs.p95} / ${f.perPlanMs.max}` : "–",
          n(f.peakRssMiB),
          f.ok ? "" : `FAILED: ${f.error ?? ""}`,
        ]),
        [false, true, true, true, true, true, false, true, false],
      ),
    );
    if (t.server) {
      const sv = t.server;
      out.push(
        sv.ok
          ? `  opa run --server (Data API, ${sv.clients} concurrent clients): ${n(sv.plansPerSecond, 1)} plans/s over ${n(sv.wallMs)} ms; per request ms (median / p95 / max) ${sv.requestMs ? `${sv.requestMs.median} / ${sv.requestMs.p95} / ${sv.requestMs.max}` : "–"}; server peak ${n(sv.peakRssMiB)} MiB; started in ${n(sv.startMs)} ms`
          : `  opa run --server: FAILED: ${sv.error ?? ""}`,
      );
    }
    out.push(`  findings identical in ${t.agreement.plansIdentical}/${t.agreement.plansCompared} plans${t.agreement.firstDifferences.length > 0 ? `; ${t.agreement.firstDifferences.join("; ")}` : ""}`);
  }
  out.push("");
  out.push(`Load average per size at its start: ${r.sizes.map((s) => `${size(s)} ${s.loadAverage.join(" ")}`).join("; ")}`);
  out.push("Targets (issue 12):");
  for (const target of r.targets) {
    const mark = target.met === null ? "[ n/a ]" : target.met ? "[ met ]" : "[ NOT ]";
    out.push(`  ${mark} ${target.description}: ${target.detail}`);
  }
  return out.join("\n");
}

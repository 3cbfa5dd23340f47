// The targets of issue 6, judged from a run's results. A target whose size was not measured is
// `met: null` (not measured); one whose tool failed is not met.
import { SizeResult } from "./sizes";
import { round } from "./stats";
import { ThroughputResult } from "./throughput";

export interface Target {
  id: string;
  description: string;
  met: boolean | null;
  detail: string;
}

const MIB_LIMIT = 1024;

function at(sizes: SizeResult[], resources: number): SizeResult | undefined {
  return sizes.find((s) => s.resources === resources);
}

function govguardMedian(s: SizeResult | undefined): number | undefined {
  return s?.tools.govguard?.wallMs?.median;
}

function failed(s: SizeResult | undefined, tool: "govguard" | "opa eval"): string | undefined {
  if (!s) return undefined;
  if (s.error) return s.error;
  const t = s.tools[tool];
  return t && t.ok < t.runs ? `${tool} failed: ${t.error ?? "?"}` : undefined;
}

export function judgeTargets(sizes: SizeResult[], throughput?: ThroughputResult): Target[] {
  const targets: Target[] = [];
  const s10k = at(sizes, 10_000);
  const s100k = at(sizes, 100_000);

  const g10k = govguardMedian(s10k);
  targets.push({
    id: "10k-under-2s",
    description: "10,000 resources: govguard check end to end under 2 s",
    met: s10k ? (g10k === undefined ? false : g10k < 2000) : null,
    detail: s10k ? (g10k === undefined ? (failed(s10k, "govguard") ?? "no result") : `median ${g10k} ms`) : "10,000 not measured",
  });
  const ratio = s10k?.tools.govguard?.ratioToOpa;
  targets.push({
    id: "10k-vs-opa",
    description: "10,000 resources: govguard no slower than opa eval on the same bundle and input (ratio ≤ 1.0)",
    met: s10k ? (ratio === undefined ? false : ratio <= 1.0) : null,
    detail: s10k ? (ratio === undefined ? (failed(s10k, "govguard") ?? failed(s10k, "opa eval") ?? "no result") : `govguard ÷ opa eval = ${ratio}`) : "10,000 not measured",
  });
  const g100k = govguardMedian(s100k);
  targets.push({
    id: "100k-linear",
    description: "100,000 resources: at most 12× the 10,000-resource time",
    met: s100k && s10k ? (g100k === undefined || g10k === undefined ? false : g100k <= 12 * g10k) : null,
    detail:
      s100k && s10k
        ? g100k === undefined || g10k === undefined
          ? (failed(s100k, "govguard") ?? failed(s10k, "govguard") ?? "no result")
          : `${g100k} ms ÷ ${g10k} ms = ${round(g100k / g10k, 2)}×`
        : "10,000 and 100,000 not both measured",
  });
  const peak = s100k?.tools.govguard?.peakRssMiB;
  targets.push({
    id: "100k-memory",
    description: "100,000 resources: govguard peak memory under 1 GiB",
    met: s100k ? (g100k === undefined || peak === undefined || peak === null ? false : peak < MIB_LIMIT) : null,
    detail: s100k ? `${peak === undefined || peak === null ? "peak unknown" : `peak RSS ${peak} MiB`}${g100k === undefined ? ` (${failed(s100k, "govguard") ?? "no result"})` : ""}` : "100,000 not measured",
  });
  const large = sizes.filter((s) => s.resources >= 10_000);
  const perResource = large.map((s) => ({ s, r: s.inProcess?.firstEvalToParse }));
  targets.push({
    id: "eval-vs-parse",
    description: "Policy evaluation per resource within 5× of JSON.parse of the plan (first evaluation, sizes from 10,000)",
    met: large.length === 0 ? null : perResource.every(({ r }) => r !== undefined && r <= 5),
    detail:
      large.length === 0
        ? "no size from 10,000 measured"
        : perResource.map(({ s, r }) => `${s.resources}: ${r === undefined ? (s.tools["in-process"]?.error ?? "no result") : `${r}×`}`).join(", "),
  });
  const required = ["govguard", "opa eval", "conftest"];
  const verdict = (s: SizeResult): string => {
    const f = s.findings;
    if (s.error || !f) return s.error ?? "not compared";
    const missing = required.filter((t) => !f.tools.includes(t));
    if (missing.length > 0) return `${missing.join(", ")} gave no findings`;
    return f.identical ? "identical" : "DIFFERENT";
  };
  const throughputOk = !throughput || (throughput.agreement.plansCompared > 0 && throughput.agreement.plansIdentical === throughput.agreement.plansCompared);
  targets.push({
    id: "findings-identical",
    description: "Findings identical across govguard, opa eval and conftest for every generated plan",
    met: sizes.length === 0 && !throughput ? null : sizes.every((s) => verdict(s) === "identical") && throughputOk,
    detail: [
      ...sizes.map((s) => `${s.resources}: ${verdict(s)}`),
      ...(throughput ? [`throughput: ${throughput.agreement.plansIdentical}/${throughput.agreement.plansCompared} plans identical`] : []),
    ].join(", "),
  });
  return targets;
}

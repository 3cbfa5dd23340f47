// Findings as each tool reports them, reduced to one comparable key per finding, and the
// comparison of the tools' findings on one plan. Two tools agree when they report the same
// multiset of (control, resource, attribute, message): the findings compared as a set, as
// test/corpus.test.ts compares wasm, opa eval and conftest.

export interface FindingLike {
  control: string;
  resource: string;
  attribute?: string;
  message: { zh: string; en: string };
}

export function findingKey(f: FindingLike): string {
  return [f.control, f.resource, f.attribute ?? "", f.message.en, f.message.zh].join("\t");
}

/** `govguard check --format json`: the report's findings. */
export function fromGovguardJson(text: string): string[] {
  const report = JSON.parse(text) as { findings?: FindingLike[] };
  if (!Array.isArray(report.findings)) throw new Error("govguard JSON has no findings list");
  return report.findings.map(findingKey);
}

/** `opa eval --format json ... data.govguard.report`: the report's findings. */
export function fromOpaEval(text: string): string[] {
  const out = JSON.parse(text) as { result?: { expressions: { value: { findings: FindingLike[]; errors?: unknown[] } }[] }[] };
  const value = out.result?.[0]?.expressions?.[0]?.value;
  if (!value || !Array.isArray(value.findings)) throw new Error("opa eval gave no report");
  return value.findings.map(findingKey);
}

/** opa eval of many documents in one query: findings by document id (see bench/throughput.ts). */
export function fromOpaEvalRows(text: string): Map<string, string[]> {
  const out = JSON.parse(text) as { result?: { bindings: { id: string; findings: FindingLike[] } }[] };
  if (!out.result) throw new Error("opa eval gave no result");
  return new Map(out.result.map((r) => [r.bindings.id, r.bindings.findings.map(findingKey)]));
}

interface ConftestResult {
  filename: string;
  failures?: { msg: string; metadata?: { finding?: FindingLike } }[];
}

/** `conftest test --output json`: each file's failures that carry a govguard finding. Other
 * failures (an input error) are kept as "error\t<msg>" so that they count as a difference. */
export function fromConftest(text: string): Map<string, string[]> {
  const results = JSON.parse(text) as ConftestResult[];
  if (!Array.isArray(results)) throw new Error("conftest gave no result list");
  return new Map(results.map((r) => [r.filename, (r.failures ?? []).map((f) => (f.metadata?.finding ? findingKey(f.metadata.finding) : `error\t${f.msg}`))]));
}

export interface Agreement {
  identical: boolean;
  /** Findings per tool. */
  counts: Record<string, number>;
  /** Distinct (control, resource) pairs per tool. */
  pairs: Record<string, number>;
  /** Up to five findings one tool has and the reference does not, or the other way round. */
  differences: string[];
}

function sorted(keys: string[]): string[] {
  return [...keys].sort();
}

/** Compares every tool's findings with the first tool's. */
export function compareFindings(byTool: Record<string, string[]>): Agreement {
  const tools = Object.keys(byTool);
  const counts: Record<string, number> = {};
  const pairs: Record<string, number> = {};
  for (const tool of tools) {
    counts[tool] = byTool[tool].length;
    pairs[tool] = new Set(byTool[tool].map((k) => k.split("\t").slice(0, 2).join(" "))).size;
  }
  const differences: string[] = [];
  const reference = tools[0];
  const ref = sorted(byTool[reference] ?? []);
  let identical = true;
  for (const tool of tools.slice(1)) {
    const other = sorted(byTool[tool]);
    if (other.length === ref.length && other.every((k, i) => k === ref[i])) continue;
    identical = false;
    const inRef = new Map<string, number>();
    for (const k of ref) inRef.set(k, (inRef.get(k) ?? 0) + 1);
    for (const k of other) {
      const n = inRef.get(k) ?? 0;
      if (n > 0) inRef.set(k, n - 1);
      else if (differences.length < 5) differences.push(`only ${tool}: ${k.split("\t").slice(0, 4).join(" | ")}`);
    }
    for (const [k, n] of inRef) if (n > 0 && differences.length < 5) differences.push(`only ${reference} (not ${tool}): ${k.split("\t").slice(0, 4).join(" | ")}`);
  }
  return { identical, counts, pairs, differences };
}

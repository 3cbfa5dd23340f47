// One report from the reports on the parts of a document, as one pass over it would give: each
// finding on a resource from the part that owns it; findings on what no part owns ("(stack)", a
// provider configuration, a module call) and notes and errors, once; the summary counted again.
import { InputDocument } from "../../inputs/discover";
import { PolicyFinding, PolicyReport, Severity } from "../../model";
import { heapStep } from "../../heap-guard";

interface Owner {
  owns(address: string): boolean;
}

/** A value's JSON with object keys sorted: equal values, equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

function unique<T>(items: T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) {
    const key = canonical(item);
    if (!seen.has(key)) seen.set(key, item);
  }
  return [...seen.values()];
}

export function mergeReports(_doc: InputDocument, parts: Owner[], reports: PolicyReport[]): PolicyReport {
  if (reports.length === 0 || reports.length !== parts.length) throw new Error(`mergeReports: ${reports.length} reports for ${parts.length} parts`);
  if (reports.length === 1) return reports[0];
  const owned: PolicyFinding[] = [];
  const unowned: PolicyFinding[] = [];
  reports.forEach((report, k) => {
    for (const f of report.findings) {
      heapStep();
      if (parts[k].owns(f.resource)) owned.push(f);
      else if (!parts.some((p) => p.owns(f.resource))) unowned.push(f);
    }
  });
  const findings = [...owned, ...unique(unowned)];
  const first = reports[0];
  const by_severity = Object.fromEntries(Object.keys(first.summary.by_severity).map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  return {
    kind: first.kind,
    flavour: first.flavour,
    mode: first.mode,
    errors: unique(reports.flatMap((r) => r.errors)),
    notes: unique(reports.flatMap((r) => r.notes)),
    findings,
    waivers_used: [...new Set(findings.flatMap((f) => (f.waiver === undefined ? [] : [f.waiver.index])))].sort((a, b) => a - b),
    catalogue: first.catalogue,
    summary: {
      findings: findings.length,
      by_severity,
      waived: findings.filter((f) => f.waiver?.status === "active").length,
      providers: first.summary.providers,
    },
  };
}

// The machine-readable report. Its shape is docs/report.schema.json (a test validates every report
// against it); bump `version` on any incompatible change. Input is kept as it was, as data; only
// lone surrogates are replaced, so every string is strict JSON (escape-json.ts).
import { CheckResult } from "../model";
import { jsonSafe } from "./escape-json";
import { Chunks, joined } from "./chunks";
import { arrayHole, jsonChunks } from "./json-chunks";
import { runMode } from "./view";

export const JSON_REPORT_VERSION = 1;

/** The report with `findings` (the one list that grows with the plan) as given. */
function skeleton(result: CheckResult, toolVersion: string, findings: unknown): object {
  return jsonSafe({
    version: JSON_REPORT_VERSION,
    tool: { name: "govguard", version: toolVersion, bundle: result.bundle },
    settings: result.settings,
    findings,
    waivers: result.waivers,
    inputs: result.inputs,
    notes: result.notes,
    summary: result.summary,
    mode: runMode(result),
    ...(result.baseline === undefined ? {} : { baseline: result.baseline }),
  });
}

export function jsonReport(result: CheckResult, toolVersion: string): object {
  return skeleton(result, toolVersion, result.findings);
}

/** The report's text a finding at a time (json-chunks.ts). */
export function jsonReportChunks(result: CheckResult, toolVersion: string): Chunks {
  const hole = arrayHole();
  return jsonChunks(skeleton(result, toolVersion, hole.marker), hole, result.findings, (f) => f, jsonSafe);
}

export function renderJson(result: CheckResult, toolVersion: string): string {
  return joined(jsonReportChunks(result, toolVersion));
}

// The machine-readable report. Its shape is docs/report.schema.json (a test validates every report
// against it); bump `version` on any incompatible change. Input is kept as it was, as data; only
// lone surrogates are replaced, so every string is strict JSON (escape-json.ts).
import { CheckResult } from "../model";
import { jsonSafe } from "./escape-json";
import { runMode } from "./view";

export const JSON_REPORT_VERSION = 1;

export function jsonReport(result: CheckResult, toolVersion: string): object {
  return jsonSafe({
    version: JSON_REPORT_VERSION,
    tool: { name: "govguard", version: toolVersion, bundle: result.bundle },
    settings: result.settings,
    findings: result.findings,
    waivers: result.waivers,
    inputs: result.inputs,
    notes: result.notes,
    summary: result.summary,
    mode: runMode(result),
    ...(result.baseline === undefined ? {} : { baseline: result.baseline }),
  });
}

export function renderJson(result: CheckResult, toolVersion: string): string {
  return JSON.stringify(jsonReport(result, toolVersion), null, 2) + "\n";
}

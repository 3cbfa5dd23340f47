// The machine-readable report. Its shape is docs/report.schema.json (a test validates every report
// against it); bump `version` on any incompatible change.
import { CheckResult } from "../check";

export const JSON_REPORT_VERSION = 1;

export function jsonReport(result: CheckResult, toolVersion: string): object {
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: "govguard", version: toolVersion, bundle: result.bundle },
    settings: result.settings,
    findings: result.findings,
    inputs: result.inputs,
    notes: result.notes,
    summary: result.summary,
  };
}

export function renderJson(result: CheckResult, toolVersion: string): string {
  return JSON.stringify(jsonReport(result, toolVersion), null, 2) + "\n";
}

// The machine-readable report. Its shape is documented in README.md ("JSON output"); keep the
// two in step, and bump `version` on any incompatible change.
import { CheckResult } from "../check";

export const JSON_REPORT_VERSION = 1;

export function renderJson(result: CheckResult, toolVersion: string): string {
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: "govguard", version: toolVersion, bundle: result.bundle },
    findings: result.findings,
    inputs: result.inputs,
    notes: result.notes,
    summary: result.summary,
  };
  return JSON.stringify(report, null, 2) + "\n";
}

// What `govguard baseline` writes: one entry per finding of the run that no active waiver covers
// (a waived finding is the waiver's, and must fail again when the waiver expires), in report order.
// Every entry passes the same checks as on reading, so a baseline govguard writes is one it reads.
import type { BaselineEntry, CheckResult } from "../model";
import { displayPath } from "../report/paths";
import { BASELINE_VERSION, BaselineDocument, validateBaseline } from "./file";
import { fingerprint } from "./fingerprint";

export function baselineDocument(result: CheckResult, toolVersion: string, file: string): BaselineDocument {
  const entries = result.findings
    .filter((f) => f.waiver?.status !== "active")
    .map(
      (f): BaselineEntry => ({
        control: f.control,
        resource: f.resource,
        ...(f.attribute === undefined ? {} : { attribute: f.attribute }),
        input: displayPath(f.file),
        message: { zh: f.message.zh, en: f.message.en },
        fingerprint: fingerprint(f),
      }),
    );
  const doc: BaselineDocument = { govguard_baseline: BASELINE_VERSION, tool: { name: "govguard", version: toolVersion }, created: result.settings.today, entries };
  validateBaseline(file, doc);
  return doc;
}

export function renderBaseline(doc: BaselineDocument): string {
  return JSON.stringify(doc, null, 2) + "\n";
}

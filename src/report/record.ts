// The assessment record (Article 18 asks for yearly and pre-release security testing; this is the
// infrastructure part's evidence): what was checked, with digests of every input, the policy
// bundle and the configuration, when, and with what result.
//
// Digests are of the bytes as govguard read them for the run; no file is read again here, so the
// record certifies what was judged even if a file changes (or is overwritten) afterwards.
import { CheckResult, FileDigest } from "../model";
import { Chunks } from "./chunks";
import { arrayHole, jsonChunks } from "./json-chunks";
import { displayPath } from "./paths";
import { runMode } from "./view";

export const RECORD_VERSION = 1;

/** A file's digest as read, or nulls when this run holds none (a document built in memory). */
function certified(file: string, known: FileDigest | undefined): { file: string; sha256: string | null; bytes: number | null } {
  return { file: displayPath(file), sha256: known?.sha256 ?? null, bytes: known?.bytes ?? null };
}

/** The digest the run recorded for one of its settings files (govguard.yaml, waivers.yaml, the baseline). */
function settingDigest(result: CheckResult, file: string): FileDigest | undefined {
  return result.settingsDigests?.find((d) => d.file === file);
}

/** The record, with `findings` (the one list that grows with the plan) as given. */
function record(result: CheckResult, toolVersion: string, now: Date, findings: unknown): object {
  return {
    record_version: RECORD_VERSION,
    regulation: { zh: "互联网政务应用安全管理规定（2024）", en: "Regulations on Security Management of Internet Government Applications (2024)" },
    date: result.settings.today,
    generated_at: now.toISOString(),
    tool: { name: "govguard", version: toolVersion },
    bundle: result.bundle,
    configuration: result.settings.config ? certified(result.settings.config, settingDigest(result, result.settings.config)) : null,
    waivers: result.settings.waivers ? certified(result.settings.waivers, settingDigest(result, result.settings.waivers)) : null,
    // The accepted findings are part of the verdict: the record certifies which baseline accepted them.
    baseline: result.baseline
      ? {
          ...certified(result.baseline.file, settingDigest(result, result.baseline.file)),
          suppressed: result.baseline.suppressed,
          stale: result.baseline.stale.length,
        }
      : null,
    mode: runMode(result),
    inputs: result.inputs.map((i) => ({
      file: displayPath(i.file),
      kind: i.flavour,
      findings: i.findings,
      sources: i.sources.map((s) => certified(s, result.digests?.find((d) => d.file === s))),
    })),
    summary: result.summary,
    articles: {
      automated: result.articles.filter((a) => a.status === "automated").map((a) => a.article),
      manual: result.articles.filter((a) => a.status === "manual").map((a) => a.article),
      not_applicable: result.articles.filter((a) => a.status === "not_applicable").map((a) => a.article),
    },
    findings,
  };
}

/** A finding as the record lists it. */
function recordedFinding(f: CheckResult["findings"][number]): object {
  return {
    control: f.control,
    article: f.article,
    severity: f.severity,
    resource: f.resource,
    file: displayPath(f.file),
    failing: f.failing,
    ...(f.baselined ? { baselined: true } : {}),
    ...(f.waiver ? { waiver: f.waiver } : {}),
    message: f.message,
  };
}

export function assessmentRecord(result: CheckResult, toolVersion: string, now: Date = new Date()): object {
  return record(result, toolVersion, now, result.findings.map(recordedFinding));
}

/** The record's JSON text a finding at a time (json-chunks.ts), as the CLI writes it. */
export function assessmentRecordChunks(result: CheckResult, toolVersion: string, now: Date = new Date()): Chunks {
  const hole = arrayHole();
  return jsonChunks(record(result, toolVersion, now, hole.marker), hole, result.findings, recordedFinding);
}

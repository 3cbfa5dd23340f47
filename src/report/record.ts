// The assessment record (Article 18 asks for yearly and pre-release security testing; this is the
// infrastructure part's evidence): what was checked, with digests of every input, the policy
// bundle and the configuration, when, and with what result.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { CheckResult } from "../check";
import { displayPath } from "./paths";

export const RECORD_VERSION = 1;

function digest(file: string): { file: string; sha256: string; bytes: number } {
  const bytes = fs.readFileSync(file);
  return { file: displayPath(file), sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length };
}

export function assessmentRecord(result: CheckResult, toolVersion: string, now: Date = new Date()): object {
  return {
    record_version: RECORD_VERSION,
    regulation: { zh: "互联网政务应用安全管理规定（2024）", en: "Regulations on Security Management of Internet Government Applications (2024)" },
    date: result.settings.today,
    generated_at: now.toISOString(),
    tool: { name: "govguard", version: toolVersion },
    bundle: result.bundle,
    configuration: result.settings.config ? digest(result.settings.config) : null,
    waivers: result.settings.waivers ? digest(result.settings.waivers) : null,
    inputs: result.inputs.map((i) => ({ file: displayPath(i.file), kind: i.flavour, findings: i.findings, sources: i.sources.map(digest) })),
    summary: result.summary,
    articles: {
      automated: result.articles.filter((a) => a.status === "automated").map((a) => a.article),
      manual: result.articles.filter((a) => a.status === "manual").map((a) => a.article),
      not_applicable: result.articles.filter((a) => a.status === "not_applicable").map((a) => a.article),
    },
    findings: result.findings.map((f) => ({
      control: f.control,
      article: f.article,
      severity: f.severity,
      resource: f.resource,
      file: displayPath(f.file),
      failing: f.failing,
      ...(f.waiver ? { waiver: f.waiver } : {}),
      message: f.message,
    })),
  };
}

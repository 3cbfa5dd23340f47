// SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps): one rule per control with its help,
// one result per finding located on the .tf file and line (HCL input) or on the plan / cdk.tf.json
// entry. A waived finding carries an accepted external suppression, as SARIF viewers expect, and
// the run's properties list every waiver and the mode (root or module); the run's notes, the module
// note first, are notifications of its invocation. Input goes through escape-json.ts: strict JSON strings,
// visible-escaped where a viewer shows them to a person.
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { ControlMetadata, Severity } from "../model";
import { jsonSafe, jsonString, sarifMessage, sarifText } from "./escape-json";
import { markdownText } from "./escape-markdown";
import { Chunks, joined } from "./chunks";
import { arrayHole, jsonChunks } from "./json-chunks";
import { inline, Lang } from "./lang";
import { isEmptyUntrusted, Untrusted, untrustedJoin } from "./untrusted";
import { moduleNote } from "./run-text";
import { BaselineView, FindingView, renderer, ReportView, StaleEntryView, WaiverView } from "./view";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { critical: "error", high: "error", medium: "warning", low: "note" };

// GitHub orders code-scanning alerts by this CVSS-like score.
const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

function rule(control: ControlMetadata, lang: Lang): object {
  const decisions = control.decisions.map((d) => `- ${inline(d, lang)}`).join("\n");
  const help = [
    `${inline({ zh: "要求", en: "Requirement" }, lang)}: ${inline(control.requirement, lang)}`,
    `${inline({ zh: "修复", en: "Remediation" }, lang)}: ${inline(control.remediation, lang)}`,
  ].join("\n\n");
  const md = (text: string): string => markdownText(text);
  const helpMarkdown = [
    `${md(inline({ zh: "要求", en: "Requirement" }, lang))}: ${md(inline(control.requirement, lang))}`,
    `${md(inline({ zh: "修复", en: "Remediation" }, lang))}: ${md(inline(control.remediation, lang))}`,
    ...control.decisions.map((d) => `- ${md(inline(d, lang))}`),
  ];
  return {
    id: control.id,
    name: control.id.replace(".", "_"),
    shortDescription: { text: inline(control.title, lang) },
    fullDescription: { text: inline(control.requirement, lang) },
    help: {
      text: decisions ? `${help}\n\n${decisions}` : help,
      markdown: `**${md(inline(control.title, lang))}**\n\n${helpMarkdown.join("\n\n")}`,
    },
    defaultConfiguration: { level: LEVEL[control.severity] },
    properties: {
      tags: ["security", "compliance", `article-${control.article}`],
      "security-severity": SECURITY_SEVERITY[control.severity],
      articles: control.articles,
    },
  };
}

/** A path relative to the working directory (paths.ts, "../" outside it) against %SRCROOT%; one no relative path reaches as an absolute file URI. */
function artifact(file: Untrusted): { uri: string; uriBaseId?: string } {
  const shown = jsonString(file);
  if (!path.isAbsolute(shown)) return { uri: shown.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  return { uri: pathToFileURL(shown).href };
}

function result(f: FindingView, ruleIndex: number, lang: Lang, withBaseline: boolean): object {
  const waiver = f.waiver;
  return {
    ruleId: f.control,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: sarifMessage(untrustedJoin`${f.resource}: ${inline(f.message, lang)}`) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact(f.location.file),
          region: { startLine: f.location.line },
        },
        logicalLocations: [{ fullyQualifiedName: sarifText(f.resource), kind: "resource" }],
      },
    ],
    partialFingerprints: { "govguard/v1": `${f.control}|${jsonString(f.resource)}` },
    // SARIF's own comparison with a baseline (§3.27.24): only when the run had one.
    ...(withBaseline ? { baselineState: f.baselined ? "unchanged" : "new" } : {}),
    ...(waiver?.status === "active"
      ? { suppressions: [{ kind: "external", status: "accepted", justification: sarifText(isEmptyUntrusted(waiver.owner) ? waiver.reason : untrustedJoin`${waiver.reason} (${waiver.owner})`) }] }
      : {}),
    properties: { severity: f.severity, article: f.article, ...(f.attribute ? { attribute: sarifText(f.attribute) } : {}), ...(f.baselined ? { baselined: true } : {}) },
  };
}

/** A stale baseline entry as data, like the JSON report's. */
function staleProperty(e: StaleEntryView): object {
  return {
    control: jsonString(e.control),
    resource: jsonString(e.resource),
    ...(e.attribute === undefined ? {} : { attribute: jsonString(e.attribute) }),
    ...(e.input === undefined ? {} : { input: jsonString(e.input) }),
    message: { zh: jsonString(e.message.zh), en: jsonString(e.message.en) },
    fingerprint: jsonString(e.fingerprint),
  };
}

function baselineProperty(b: BaselineView): object {
  return { file: jsonString(b.file), suppressed: b.suppressed, stale: b.stale.map(staleProperty) };
}

/**
 * The run's notes as SARIF notifications (§3.20.21): the standard place for what a consumer
 * should know about the run rather than about one result, which SARIF viewers list with the run.
 * In module mode the first says which controls were left to the calling root, and what it must provide.
 */
function notifications(view: ReportView, lang: Lang): { toolExecutionNotifications?: object[] } {
  const notes = [
    ...(view.mode === "module" ? [{ id: "govguard/module-mode", text: sarifMessage(inline(moduleNote(view), lang)) }] : []),
    ...view.notes.map((n) => ({ id: "govguard/note", text: sarifMessage(inline(n, lang)) })),
  ];
  if (notes.length === 0) return {};
  return { toolExecutionNotifications: notes.map((n) => ({ level: "note", descriptor: { id: n.id }, message: { text: n.text } })) };
}

/** A waiver as data, like the JSON report's. */
function waiverProperty(w: WaiverView): object {
  return {
    index: w.index,
    control: jsonString(w.control),
    resource: jsonString(w.resource),
    reason: jsonString(w.reason),
    owner: jsonString(w.owner),
    expires: jsonString(w.expires),
    status: w.status,
    findings: w.findings,
    warnings: w.warnings.map((warning) => ({ zh: jsonString(warning.zh), en: jsonString(warning.en) })),
  };
}

/** The SARIF log's text a result at a time (json-chunks.ts). */
function sarifPieces(checked: ReportView, toolVersion: string, lang: Lang = "both"): Chunks {
  const index = new Map(checked.controls.map((c, i) => [c.id, i]));
  const hole = arrayHole();
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "govguard",
            version: toolVersion,
            semanticVersion: toolVersion,
            rules: checked.controls.map((c) => rule(c, lang)),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(process.cwd() + path.sep).href } },
        invocations: [{ executionSuccessful: true, ...notifications(checked, lang) }],
        results: hole.marker,
        properties: {
          bundle: checked.bundle,
          summary: checked.summary,
          waivers: checked.waivers.map(waiverProperty),
          mode: checked.mode,
          ...(checked.baseline === undefined ? {} : { baseline: baselineProperty(checked.baseline) }),
        },
      },
    ],
  };
  const resultOf = (f: FindingView): object => result(f, index.get(f.control) ?? 0, lang, checked.baseline !== undefined);
  return jsonChunks(jsonSafe(log), hole, checked.findings, resultOf, (f) => jsonSafe(resultOf(f)));
}

export const sarifChunks = renderer(sarifPieces);

export const renderSarif = renderer((checked, toolVersion: string, lang: Lang = "both"): string => joined(sarifPieces(checked, toolVersion, lang)));

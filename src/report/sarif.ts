// SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps): one rule per control with its help,
// one result per finding located on the .tf file and line (HCL input) or on the plan / cdk.tf.json
// entry. A waived finding carries an accepted external suppression, as SARIF viewers expect.
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { CheckResult, Finding } from "../check";
import { ControlMetadata, Severity } from "../engine/types";
import { inline, Lang } from "./lang";
import { displayPath } from "./paths";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { critical: "error", high: "error", medium: "warning", low: "note" };

// GitHub orders code-scanning alerts by this CVSS-like score.
const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

function rule(control: ControlMetadata, lang: Lang): object {
  const decisions = control.decisions.map((d) => `- ${inline(d, lang)}`).join("\n");
  const help = [
    `${inline({ zh: "要求", en: "Requirement" }, lang)}: ${inline(control.requirement, lang)}`,
    `${inline({ zh: "修复", en: "Remediation" }, lang)}: ${inline(control.remediation, lang)}`,
  ].join("\n\n");
  return {
    id: control.id,
    name: control.id.replace(".", "_"),
    shortDescription: { text: inline(control.title, lang) },
    fullDescription: { text: inline(control.requirement, lang) },
    help: {
      text: decisions ? `${help}\n\n${decisions}` : help,
      markdown: `**${inline(control.title, lang)}**\n\n${help}${decisions ? `\n\n${decisions}` : ""}`,
    },
    defaultConfiguration: { level: LEVEL[control.severity] },
    properties: {
      tags: ["security", "compliance", `article-${control.article}`],
      "security-severity": SECURITY_SEVERITY[control.severity],
      articles: control.articles,
    },
  };
}

/** A path below the working directory relative to %SRCROOT%; anything else as an absolute file URI. */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  const shown = displayPath(file);
  if (!path.isAbsolute(shown)) return { uri: shown.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  return { uri: pathToFileURL(shown).href };
}

function result(f: Finding, ruleIndex: number, lang: Lang): object {
  return {
    ruleId: f.control,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.resource}: ${inline(f.message, lang)}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact(f.location.file),
          region: { startLine: f.location.line },
        },
        logicalLocations: [{ fullyQualifiedName: f.resource, kind: "resource" }],
      },
    ],
    partialFingerprints: { "govguard/v1": `${f.control}|${f.resource}` },
    ...(f.waiver?.status === "active"
      ? { suppressions: [{ kind: "external", status: "accepted", justification: `${f.waiver.reason}${f.waiver.owner ? ` (${f.waiver.owner})` : ""}` }] }
      : {}),
    properties: { severity: f.severity, article: f.article, ...(f.attribute ? { attribute: f.attribute } : {}) },
  };
}

export function renderSarif(checked: CheckResult, toolVersion: string, lang: Lang = "both"): string {
  const index = new Map(checked.controls.map((c, i) => [c.id, i]));
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
        invocations: [{ executionSuccessful: true }],
        results: checked.findings.map((f) => result(f, index.get(f.control) ?? 0, lang)),
        properties: { bundle: checked.bundle, summary: checked.summary },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
